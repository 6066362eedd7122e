package io.eventinspector.retention;

/** Told when a cleanup (scheduled or manual) starts and finishes; called on the thread that runs it. */
public interface CleanupListener {
    void cleanupStarted(CleanupRun.Trigger trigger, int retentionDays);

    void cleanupFinished(CleanupRun run);
}
