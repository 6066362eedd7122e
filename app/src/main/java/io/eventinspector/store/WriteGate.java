package io.eventinspector.store;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Hands this process's write transactions to a database in arrival order. SQLite has one write lock and its busy
 * handler is not fair: a waiting writer sleeps up to 100 ms between tries and can miss every short gap a cleanup
 * leaves between its delete batches (an ingest waited 5.7 s; docs/benchmarks.md, Retention). A fair lock in front
 * of it lets each waiting writer in after the batch it queued behind. PostgreSQL locks rows, not the database, and
 * passes straight through.
 */
final class WriteGate {
    static final WriteGate NONE = new WriteGate(null);

    private final ReentrantLock lock;

    private WriteGate(ReentrantLock lock) {
        this.lock = lock;
    }

    static WriteGate fair() {
        return new WriteGate(new ReentrantLock(true));
    }

    <T> T write(Supplier<T> work) {
        if (lock == null) {
            return work.get();
        }
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
