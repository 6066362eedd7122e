package io.eventinspector.replay;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits between tries and for the pace; tests pass one that only records, so they need no wall-clock sleeps. */
@FunctionalInterface
public interface Sleeper {
    /** Waits for {@code duration} or until {@code wake} opens (the replay was cancelled), whichever comes first. */
    void sleep(Duration duration, CountDownLatch wake) throws InterruptedException;

    static Sleeper system() {
        return (duration, wake) -> wake.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    }
}
