package io.eventinspector.retention;

import io.eventinspector.event.ValidationException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How stored events are kept: whether persistence is on, how many days to keep (0 = forever), the UTC time of
 * day from which the daily cleanup may run, and how often the scheduler checks. Always valid once built.
 *
 * @param enabled         whether live ingest stores events (stored events stay browsable either way)
 * @param retentionDays   days to keep events, 0 keeps them forever
 * @param cleanupTime     UTC time of day at or after which the daily cleanup runs
 * @param cleanupInterval how often the scheduler checks whether a cleanup is due
 */
public record RetentionSettings(boolean enabled, int retentionDays, LocalTime cleanupTime,
                                Duration cleanupInterval) {
    public static final String RETENTION_DAYS = "retentionDays";
    public static final String CLEANUP_TIME = "cleanupTime";
    public static final String CLEANUP_INTERVAL = "cleanupInterval";
    /** A hundred years: more is a typo, and the cutoff must stay inside both databases' timestamp range. */
    public static final int MAX_RETENTION_DAYS = 36_500;

    public static final RetentionSettings DEFAULTS =
            new RetentionSettings(true, 30, LocalTime.of(2, 0), Duration.ofHours(1));

    public RetentionSettings {
        Map<String, String> problems = problems(retentionDays, cleanupTime, cleanupInterval);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw new ValidationException(first.getKey(), first.getValue());
        }
        cleanupTime = cleanupTime.withSecond(0).withNano(0);
    }

    /**
     * Every problem with these values, keyed by field name ({@link #RETENTION_DAYS}, {@link #CLEANUP_TIME},
     * {@link #CLEANUP_INTERVAL}) in field order; empty when they make valid settings. A settings form shows each
     * message next to its field.
     */
    public static Map<String, String> problems(int retentionDays, LocalTime cleanupTime, Duration cleanupInterval) {
        Map<String, String> problems = new LinkedHashMap<>();
        retentionDaysProblem(retentionDays).ifPresent(problem -> problems.put(RETENTION_DAYS, problem));
        if (cleanupTime == null) {
            problems.put(CLEANUP_TIME, "cleanup time is required (HH:MM, 24 h, UTC)");
        }
        if (cleanupInterval == null || cleanupInterval.isNegative() || cleanupInterval.isZero()) {
            problems.put(CLEANUP_INTERVAL, "cleanup interval must be greater than zero, not "
                    + (cleanupInterval == null ? "empty" : GoDurations.format(cleanupInterval)));
        }
        return problems;
    }

    static Optional<String> retentionDaysProblem(int retentionDays) {
        return retentionDays < 0 || retentionDays > MAX_RETENTION_DAYS
                ? Optional.of("retention days must be a whole number from 0 (keep forever) to " + MAX_RETENTION_DAYS
                        + ", not " + retentionDays)
                : Optional.empty();
    }

    /** Whether the scheduler ever deletes anything: 0 days means keep forever. */
    public boolean deletes() {
        return retentionDays > 0;
    }

    public RetentionSettings withEnabled(boolean value) {
        return new RetentionSettings(value, retentionDays, cleanupTime, cleanupInterval);
    }

    public RetentionSettings withRetentionDays(int value) {
        return new RetentionSettings(enabled, value, cleanupTime, cleanupInterval);
    }

    public RetentionSettings withCleanupTime(LocalTime value) {
        return new RetentionSettings(enabled, retentionDays, Objects.requireNonNull(value), cleanupInterval);
    }

    public RetentionSettings withCleanupInterval(Duration value) {
        return new RetentionSettings(enabled, retentionDays, cleanupTime, Objects.requireNonNull(value));
    }
}
