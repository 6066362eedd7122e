package io.eventinspector.retention;

import io.eventinspector.event.ValidationException;
import io.eventinspector.store.EventStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deleting events older than a retention period: the one use-case behind the scheduler, {@code cleanup} on the
 * command line, the API and the desktop's "Run cleanup now". One lock makes sure two cleanups never run at once;
 * a second caller is refused with {@link CleanupBusyException} instead of queueing behind a long deletion.
 */
public final class EventCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(EventCleanup.class);

    private final EventStore store;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<CleanupListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Optional<CleanupRun> lastRun = Optional.empty();

    public EventCleanup(EventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Events with a timestamp before this instant are outside a window of {@code retentionDays} days. */
    public Instant cutoff(int retentionDays) {
        requireValid(retentionDays);
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(retentionDays));
    }

    /** The dry run: how many events a cleanup with this retention would delete now; 0 days deletes nothing. */
    public long countDeletable(int retentionDays) {
        requireValid(retentionDays);
        return retentionDays == 0 ? 0 : store.countOlderThan(cutoff(retentionDays));
    }

    /**
     * Deletes every event older than {@code retentionDays} days in short batches, reporting the running total to
     * {@code progress}; 0 days deletes nothing. A failure is logged, recorded as the last run and rethrown.
     *
     * @throws CleanupBusyException when another cleanup is running
     */
    public CleanupRun run(int retentionDays, CleanupRun.Trigger trigger, LongConsumer progress) {
        requireValid(retentionDays);
        Instant startedAt = clock.instant();
        if (retentionDays == 0) {
            return new CleanupRun(startedAt, trigger, 0, Instant.MIN, CleanupRun.Outcome.SUCCEEDED, 0,
                    Duration.ZERO, Optional.empty());
        }
        if (!lock.tryLock()) {
            throw new CleanupBusyException();
        }
        Attempt attempt;
        try {
            attempt = deleteLocked(retentionDays, trigger, progress, startedAt);
            lastRun = Optional.of(attempt.run());
        } finally {
            lock.unlock();
        }
        // Told after unlocking, so a listener reading isRunning() sees the cleanup as finished.
        listeners.forEach(listener -> listener.cleanupFinished(attempt.run()));
        if (attempt.failure() != null) {
            throw attempt.failure();
        }
        return attempt.run();
    }

    /** Whether a cleanup is deleting right now. */
    public boolean isRunning() {
        return lock.isLocked();
    }

    public Optional<CleanupRun> lastRun() {
        return lastRun;
    }

    public void addListener(CleanupListener listener) {
        listeners.add(listener);
    }

    public void removeListener(CleanupListener listener) {
        listeners.remove(listener);
    }

    private Attempt deleteLocked(int retentionDays, CleanupRun.Trigger trigger, LongConsumer progress,
                                    Instant startedAt) {
        Instant cutoff = cutoff(retentionDays);
        LOG.info("🧹 Starting event cleanup (retention: {} days)...", retentionDays);
        listeners.forEach(listener -> listener.cleanupStarted(trigger, retentionDays));
        long started = System.nanoTime();
        long[] deletedSoFar = {0};
        try {
            long deleted = store.deleteOlderThan(cutoff, total -> {
                deletedSoFar[0] = total;
                progress.accept(total);
            });
            Duration duration = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("✅ Event cleanup completed: deleted {} events (duration: {}ms)", deleted, duration.toMillis());
            return new Attempt(new CleanupRun(startedAt, trigger, retentionDays, cutoff,
                    CleanupRun.Outcome.SUCCEEDED, deleted, duration, Optional.empty()), null);
        } catch (RuntimeException e) {
            Duration duration = Duration.ofNanos(System.nanoTime() - started);
            LOG.warn("⚠️  Event cleanup failed: {} (deleted {} events before the failure, duration: {}ms)",
                    e.getMessage(), deletedSoFar[0], duration.toMillis(), e);
            return new Attempt(new CleanupRun(startedAt, trigger, retentionDays, cutoff, CleanupRun.Outcome.FAILED,
                    deletedSoFar[0], duration, Optional.of(e.getMessage() == null ? e.toString() : e.getMessage())), e);
        }
    }

    /** A finished run and, when it failed, the failure to rethrow once the lock is released. */
    private record Attempt(CleanupRun run, RuntimeException failure) {
    }

    private static void requireValid(int retentionDays) {
        RetentionSettings.retentionDaysProblem(retentionDays).ifPresent(problem -> {
            throw new ValidationException(RetentionSettings.RETENTION_DAYS, problem);
        });
    }
}
