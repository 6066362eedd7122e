package io.eventinspector.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves events that an insert only marked as pending into the payload-search index, on one daemon thread per
 * open store (PostgreSQL; docs/decisions/0005-deferred-search-index.md). It waits until appends have been quiet
 * for {@link #QUIET}, so a bulk import does not share the cores with indexing, but never longer than
 * {@link #MAX_DELAY} after the first unindexed append, so a store that never goes quiet keeps its backlog (which
 * every search reads) small. Each step is a short transaction of at most {@link #CHUNK} events. Once appends
 * resume, a run stops after {@link #BUDGET}, so a long import shares at most a tenth of its time with indexing.
 */
final class SearchIndexer implements AutoCloseable {
    static final Duration QUIET = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    static final int CHUNK = 2_000;
    static final Duration BUDGET = MAX_DELAY.dividedBy(10);
    /** How long closing waits for a running step; the pool's close then aborts its connection. */
    private static final long CLOSE_WAIT_MILLIS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);

    private final IntUnaryOperator step;
    private final Clock clock;
    private final Object lock = new Object();
    private Instant firstUnindexed;
    private Instant lastAppend;
    private boolean closed;
    private Thread thread;

    /**
     * {@code step} indexes at most the given number of pending events in one transaction and returns how many
     * pending entries it took. A store just opened may hold a backlog from a previous run, so it counts as
     * appended to now.
     */
    SearchIndexer(IntUnaryOperator step, Clock clock) {
        this.step = step;
        this.clock = clock;
        this.firstUnindexed = clock.instant();
        this.lastAppend = firstUnindexed;
    }

    /** Starts the background thread. */
    void start() {
        thread = new Thread(this::run, "search-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Called after every append that inserted events. */
    void appended() {
        synchronized (lock) {
            Instant now = clock.instant();
            if (firstUnindexed == null) {
                firstUnindexed = now;
            }
            lastAppend = now;
            lock.notifyAll();
        }
    }

    /** How long until the next run is due at {@code now} (zero or less: due); empty when nothing is pending. */
    Optional<Duration> untilDue(Instant now) {
        synchronized (lock) {
            if (firstUnindexed == null) {
                return Optional.empty();
            }
            Instant due = lastAppend.plus(QUIET);
            Instant latest = firstUnindexed.plus(MAX_DELAY);
            return Optional.of(Duration.between(now, due.isBefore(latest) ? due : latest));
        }
    }

    /** Indexes everything pending now, chunk by chunk; returns how many pending entries it took. */
    long indexNow() {
        long total = 0;
        int taken;
        do {
            taken = step.applyAsInt(CHUNK);
            total += taken;
        } while (taken == CHUNK);
        return total;
    }

    /** Like {@link #indexNow()}, but stops once appends have resumed and {@code deadline} has passed. */
    private long indexUntilAppendsResume(long deadline) {
        long total = 0;
        int taken;
        do {
            taken = step.applyAsInt(CHUNK);
            total += taken;
        } while (taken == CHUNK && !isClosed() && !(appendedSinceClaim() && System.nanoTime() - deadline > 0));
        return total;
    }

    private boolean appendedSinceClaim() {
        synchronized (lock) {
            return lastAppend != null;
        }
    }

    private void run() {
        while (awaitDue()) {
            try {
                long started = System.nanoTime();
                long indexed = indexUntilAppendsResume(System.nanoTime() + BUDGET.toNanos());
                LOG.debug("Indexed {} pending events for search in {} ms", indexed,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                if (isClosed()) {
                    return;
                }
                LOG.warn("Indexing pending events for search failed; retrying after the next quiet period", e);
                appended();
            }
        }
    }

    /** Waits until a run is due and claims it; false once closed. */
    private boolean awaitDue() {
        synchronized (lock) {
            while (!closed) {
                Optional<Duration> wait = untilDue(clock.instant());
                if (wait.isPresent() && wait.get().compareTo(Duration.ZERO) <= 0) {
                    firstUnindexed = null;
                    lastAppend = null;
                    return true;
                }
                try {
                    lock.wait(wait.map(d -> Math.max(1, d.toMillis())).orElse(0L));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        if (thread != null) {
            try {
                thread.join(CLOSE_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
