package io.eventinspector.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

/**
 * What the retention job is doing, as one immutable snapshot for the desktop status and the API's readiness.
 *
 * @param enabled         whether event persistence is on
 * @param retentionDays   days kept, 0 = forever
 * @param cleanupTime     the daily UTC cleanup time
 * @param cleanupInterval how often the scheduler checks
 * @param running         whether the scheduler is started
 * @param cleaning        whether a cleanup (scheduled or manual) is deleting right now
 * @param nextRun         when the next cleanup is planned; empty when none will run (retention 0, stopped)
 * @param lastRun         the last finished cleanup, scheduled or manual
 */
public record RetentionState(boolean enabled, int retentionDays, LocalTime cleanupTime, Duration cleanupInterval,
                             boolean running, boolean cleaning, Optional<Instant> nextRun,
                             Optional<CleanupRun> lastRun) {
}
