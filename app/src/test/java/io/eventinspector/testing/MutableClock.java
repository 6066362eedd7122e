package io.eventinspector.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand. Its zone is the machine's, like a system clock, so code reading the zone shows. */
public final class MutableClock extends Clock {
    private volatile Instant now;

    public MutableClock(String instant) {
        this.now = Instant.parse(instant);
    }

    public void set(String instant) {
        now = Instant.parse(instant);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests move one clock");
    }
}
