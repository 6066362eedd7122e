package io.eventinspector.retention;

import java.time.Instant;
import java.util.Optional;

/**
 * What the desktop remembers between runs about each store's cleanups: when the last one started, so "stored
 * since then" can tell newly imported history from what was there, and whether the user paused the daily cleanup
 * to keep that history. Stores are named by their URL without credentials.
 */
public interface CleanupMarks {
    /** When the last successful cleanup of {@code store} started; empty when none is known. */
    Optional<Instant> lastCleanup(String store);

    void cleanedUp(String store, Instant startedAt);

    /** Whether the user chose to keep imported history, pausing the daily cleanup of {@code store}. */
    boolean paused(String store);

    void setPaused(String store, boolean paused);
}
