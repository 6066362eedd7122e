package io.eventinspector.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One finished cleanup, scheduled or manual.
 *
 * @param startedAt     when it started
 * @param trigger       who started it
 * @param retentionDays the retention it applied
 * @param cutoff        events with a timestamp before this were deleted
 * @param outcome       whether it finished
 * @param deleted       how many events it deleted (on failure: how many before it failed)
 * @param duration      how long it took
 * @param error         why it failed, for people
 */
public record CleanupRun(Instant startedAt, Trigger trigger, int retentionDays, Instant cutoff, Outcome outcome,
                         long deleted, Duration duration, Optional<String> error) {
    public enum Trigger { SCHEDULED, MANUAL }

    public enum Outcome { SUCCEEDED, FAILED }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
