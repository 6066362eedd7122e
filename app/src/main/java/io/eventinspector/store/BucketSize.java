package io.eventinspector.store;

import java.time.Duration;

/** The width of a histogram bucket; {@link #forSpan} picks one that gives a readable number of bars. */
public enum BucketSize {
    MINUTE(Duration.ofMinutes(1)), HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1));

    private final Duration width;

    BucketSize(Duration width) {
        this.width = width;
    }

    public Duration width() {
        return width;
    }

    /** Minutes up to 6 hours (≤ 360 bars), hours up to 7 days (≤ 168 bars), days beyond. */
    public static BucketSize forSpan(Duration span) {
        if (span.compareTo(Duration.ofHours(6)) <= 0) {
            return MINUTE;
        }
        return span.compareTo(Duration.ofDays(7)) <= 0 ? HOUR : DAY;
    }
}
