package io.eventinspector.retention;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Page;
import io.eventinspector.store.AppendResult;
import io.eventinspector.store.BucketSize;
import io.eventinspector.store.Histogram;
import io.eventinspector.store.TypeCount;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.MessageSummary;
import io.eventinspector.store.OrphanReceipts;
import io.eventinspector.store.StoreException;
import io.eventinspector.store.StoreInfo;
import io.eventinspector.store.StoreStats;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/** A store that records each deletion's cutoff, can fail the next deletions, or hold a deletion until released. */
final class FakeStore implements EventStore {
    final List<Instant> deletions = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile long deletedPerRun = 7;
    volatile CountDownLatch entered;
    volatile CountDownLatch release;

    @Override
    public long deleteOlderThan(Instant cutoff, LongConsumer progress) {
        deletions.add(cutoff);
        if (entered != null) {
            entered.countDown();
            await(release);
        }
        if (failuresLeft.getAndDecrement() > 0) {
            throw new StoreException("cannot delete old events in test.db (SQLite): disk I/O error");
        }
        progress.accept(deletedPerRun);
        return deletedPerRun;
    }

    @Override
    public long countOlderThan(Instant cutoff) {
        return deletedPerRun;
    }

    @Override
    public long countOlderThan(Instant cutoff, Instant storedAfter) {
        return deletedPerRun;
    }

    /** Makes the next deletion wait inside the store until {@link #release} is counted down. */
    void holdNextDeletion() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not reached within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public AppendResult append(List<Event> events) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Event> get(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page query(EventQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(EventQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StoreStats stats() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Histogram histogram(EventQuery query, Optional<BucketSize> size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> sessionIds(String prefix, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TypeCount> typeCounts(EventQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Event> tail(EventQuery query, Cursor position, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long forEach(EventQuery query, Consumer<Event> action) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T inTransaction(Function<EventStore, T> work) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StoreInfo info() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasMessageIndex() {
        return false;
    }

    @Override
    public List<Event> messageEvents(String messageId, Optional<String> sessionId) {
        return List.of();
    }

    @Override
    public long forEachMessageSummary(EventQuery query, Consumer<MessageSummary> action) {
        return 0;
    }

    @Override
    public long forEachOrphan(EventQuery query, Consumer<OrphanReceipts> action) {
        return 0;
    }

    @Override
    public List<String> allSessionIds() {
        return List.of();
    }
}
