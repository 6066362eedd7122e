package io.eventinspector.ui.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What the daily cleanup of the open store will do, for messages about imported events: the retention, when it
 * runs next, and whether the user paused it.
 */
public record CleanupOutlook(int retentionDays, Optional<Instant> nextRun, boolean paused) {
    /** Events older than this are past the retention now. */
    public Instant cutoff(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(retentionDays));
    }

    /** The sentence for an import that stored {@code older} events already past the retention; empty for none. */
    public String aboutImported(long older) {
        if (older == 0) {
            return "";
        }
        String which = older + (older == 1 ? " imported event is" : " imported events are") + " older than the "
                + retentionDays + "-day retention";
        if (paused) {
            return which + "; the daily cleanup of this store is paused, so they are kept until you resume it "
                    + "(Tools › Retention…)";
        }
        return which + " and will be deleted by the next daily cleanup ("
                + nextRun.map(RetentionScheduling::formatInstant).orElse("when it runs")
                + "), which asks first: choose \"Keep them\" then, or set the retention to 0 days (Tools › Retention…)";
    }
}
