package io.eventinspector.retention;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Some retention settings chosen at one layer (saved user preferences, command-line flags); the ones left empty
 * keep the value of the layer below.
 */
public record RetentionOverrides(Optional<Boolean> enabled, Optional<Integer> retentionDays,
                                 Optional<LocalTime> cleanupTime, Optional<Duration> cleanupInterval) {
    public static final RetentionOverrides NONE =
            new RetentionOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public static RetentionOverrides retentionDays(int days) {
        return new RetentionOverrides(Optional.empty(), Optional.of(days), Optional.empty(), Optional.empty());
    }

    /** Every value of {@code settings}, for saving a whole settings form. */
    public static RetentionOverrides of(RetentionSettings settings) {
        return new RetentionOverrides(Optional.of(settings.enabled()), Optional.of(settings.retentionDays()),
                Optional.of(settings.cleanupTime()), Optional.of(settings.cleanupInterval()));
    }

    /** {@code base} with the values set here; validated like any settings. */
    public RetentionSettings applyTo(RetentionSettings base) {
        return new RetentionSettings(enabled.orElse(base.enabled()), retentionDays.orElse(base.retentionDays()),
                cleanupTime.orElse(base.cleanupTime()), cleanupInterval.orElse(base.cleanupInterval()));
    }
}
