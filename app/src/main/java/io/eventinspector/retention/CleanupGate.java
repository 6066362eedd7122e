package io.eventinspector.retention;

import java.time.Instant;

/**
 * Asked by the {@link CleanupScheduler} before a scheduled cleanup deletes anything. The scheduler's thread waits
 * for the answer, so no scheduled run starts before it; a refused run is not counted as done and the next check
 * asks again. The desktop asks its user here before deleting history imported since its last cleanup.
 */
@FunctionalInterface
public interface CleanupGate {
    /** Lets every run through: {@code serve} and the command line, where nobody is there to ask. */
    CleanupGate OPEN = cutoff -> true;

    /** Whether the scheduled cleanup about to delete the events older than {@code cutoff} may run. */
    boolean mayDelete(Instant cutoff);
}
