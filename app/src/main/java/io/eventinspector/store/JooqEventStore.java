package io.eventinspector.store;

import static org.jooq.impl.DSL.row;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.EventType;
import io.eventinspector.event.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link EventStore} over jOOQ; the same code runs on both databases, the dialect covers the differences. */
final class JooqEventStore implements EventStore {
    private static final Logger LOG = LoggerFactory.getLogger(JooqEventStore.class);
    /** Rows per round trip when streaming: enough to amortise the trip, small enough for a constant heap. */
    static final int STREAM_FETCH_SIZE = 1_000;

    private final DSLContext dsl;
    private final EventStoreSetup setup;
    private final StoreDialect dialect;
    private final EventTable t;
    private final EventRows rows;
    private final EventTotals totals;
    private final VolumeHistogram histograms;
    private final OldEventDeletion deletion;
    private final MessageIndexQueries messages;
    private final MessageAggregates aggregates;
    private final Clock clock = Clock.systemUTC();

    JooqEventStore(DSLContext dsl, EventStoreSetup setup) {
        this.dsl = dsl;
        this.setup = setup;
        this.dialect = setup.dialect();
        this.t = setup.table();
        this.rows = new EventRows(dsl, t, setup.search());
        this.totals = new EventTotals(dsl, t, setup.hourlyCounts());
        this.histograms = new VolumeHistogram(dsl, dialect, t, setup.hourlyCounts());
        this.deletion = new OldEventDeletion(dsl, dialect, t, setup.writeGate(), this::foldHourlyCounts);
        this.messages = new MessageIndexQueries(dsl, dialect, t, rows);
        this.aggregates = new MessageAggregates(dsl, dialect, t, rows, totals);
    }

    @Override
    public AppendResult append(List<Event> events) {
        setup.access().requireAppend();
        if (events.isEmpty()) {
            return AppendResult.NONE;
        }
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // The message ids are read on another core while this one inserts the events: on SQLite, where a writer
        // holds the only write lock, parsing ~2 µs per event would otherwise add to the insert's time.
        CompletableFuture<List<List<MessageIndexRow>>> messageRows = setup.messageIndex().kept()
                ? CompletableFuture.supplyAsync(() -> MessageIndexRow.perEvent(events))
                : CompletableFuture.completedFuture(List.of());
        AppendResult result = guard("append events", () -> setup.writeGate().write(() -> dsl.transactionResult(tx -> {
            BitSet inserted = dialect.insertIgnoringDuplicates(tx.dsl(), t, events, createdAt);
            // Only the events really inserted: a duplicate's rows are those of the event already stored.
            List<MessageIndexRow> indexed = MessageIndexRow.ofInserted(messageRows.join(), inserted);
            if (!indexed.isEmpty()) {
                dialect.insertMessageRows(tx.dsl(), indexed);
            }
            return new AppendResult(inserted.cardinality(), events.size() - inserted.cardinality());
        })));
        if (result.inserted() > 0) {
            foldHourlyCounts();
            setup.appended().run();
        }
        return result;
    }

    /**
     * Folds the hourly count changes the last write recorded (where the database records them). The events are
     * committed by then and readers add unfolded changes, so a failed fold loses nothing: the next one moves them.
     */
    private void foldHourlyCounts() {
        if (setup.hourlyCounts().isEmpty()) {
            return;
        }
        try {
            dialect.foldHourlyCounts(dsl);
        } catch (DataAccessException e) {
            LOG.warn("Could not fold the hourly event counts in {}; the next write retries",
                    setup.info().displayName(), e);
        }
    }

    @Override
    public Optional<Event> get(String id) {
        return guard("get event " + id, () -> dsl.select(rows.columns()).from(t.table).where(t.id.eq(id))
                .fetchOptional(rows::toEvent));
    }

    @Override
    public Page query(EventQuery query) {
        Condition where = rows.filters(query);
        if (query.cursor().isPresent()) {
            Cursor cursor = query.cursor().get();
            where = where.and(row(t.timestamp, t.id).lt(cursor.timestamp(), cursor.id()));
        }
        Condition condition = where;
        List<Event> found = guard("query events", () -> dsl.select(rows.columns()).from(t.table).where(condition)
                .orderBy(t.timestamp.desc(), t.id.desc())
                .limit(query.limit() + 1)
                .offset(query.offset())
                .fetch(rows::toEvent));
        if (found.size() <= query.limit()) {
            return new Page(found, Optional.empty());
        }
        List<Event> page = found.subList(0, query.limit());
        return new Page(page, Optional.of(page.get(page.size() - 1).position()));
    }

    @Override
    public long count(EventQuery query) {
        return guard("count events", () -> totals.count(query, rows::filters));
    }

    @Override
    public long deleteOlderThan(Instant cutoff, LongConsumer progress) {
        setup.access().requireDelete();
        return guard("delete old events", () -> deletion.deleteOlderThan(cutoff, progress));
    }

    @Override
    public long countOlderThan(Instant cutoff) {
        return guard("count old events", () -> dsl.selectCount().from(t.table).where(t.olderThan(cutoff))
                .fetchOne(0, Long.class));
    }

    @Override
    public long countOlderThan(Instant cutoff, Instant storedAfter) {
        return guard("count old events stored lately", () -> dsl.selectCount().from(t.table)
                .where(t.olderThan(cutoff)).and(t.createdAt.gt(storedAfter)).fetchOne(0, Long.class));
    }

    @Override
    public StoreStats stats() {
        return guard("read statistics", () -> {
            // From the hourly counts where the store has them: a count per type over 1M events took ~1.5 s.
            Map<String, Long> perType = totals.perType(EventQuery.all(), rows::filters);
            var range = histograms.timeRange(EventQuery.all(), t.timeReadable);
            long total = perType.values().stream().mapToLong(Long::longValue).sum();
            return new StoreStats(total, perType, Optional.ofNullable(range.value1()),
                    Optional.ofNullable(range.value2()));
        });
    }

    @Override
    public Histogram histogram(EventQuery query, Optional<BucketSize> size) {
        // Only events with a readable time have a bucket to be counted in.
        return guard("count events per time bucket",
                () -> histograms.compute(query, q -> rows.filters(q).and(t.timeReadable), size));
    }

    @Override
    public List<String> sessionIds(String prefix, int limit) {
        return distinctSessionIds("suggest session ids", prefix, Math.max(0, Math.min(limit, MAX_SUGGESTIONS)));
    }

    @Override
    public List<String> allSessionIds() {
        return distinctSessionIds("list session ids", "", MAX_SESSIONS);
    }

    private List<String> distinctSessionIds(String action, String prefix, int wanted) {
        return guard(action, () -> SessionIdScan.distinct(dsl, prefix, wanted));
    }

    @Override
    public List<TypeCount> typeCounts(EventQuery query) {
        return guard("count events per type", () -> {
            Map<String, Long> counts = new TreeMap<>(totals.perType(query, rows::filters));
            List<TypeCount> result = new ArrayList<>();
            for (String known : EventType.KNOWN) {
                result.add(new TypeCount(known, Optional.ofNullable(counts.remove(known)).orElse(0L), true));
            }
            counts.forEach((type, count) -> result.add(new TypeCount(type, count, false)));
            return result;
        });
    }

    @Override
    public List<Event> tail(EventQuery query, Cursor position, int limit) {
        Condition where = rows.filters(query).and(row(t.timestamp, t.id).gt(position.timestamp(), position.id()));
        return guard("read new events", () -> dsl.select(rows.columns()).from(t.table).where(where)
                .orderBy(t.timestamp.asc(), t.id.asc())
                .limit(limit)
                .fetch(rows::toEvent));
    }

    @Override
    public long forEach(EventQuery query, Consumer<Event> action) {
        Condition where = query.cursor()
                .map(cursor -> rows.filters(query).and(row(t.timestamp, t.id).lt(cursor.timestamp(), cursor.id())))
                .orElseGet(() -> rows.filters(query));
        // One query read through a database cursor; keyset pages would repeat the search per page.
        if (dialect.streamsOnlyInTransaction()) {
            return guard("read events", () -> dsl.transactionResult(configuration ->
                    stream(configuration.dsl(), where, action)));
        }
        return guard("read events", () -> stream(dsl, where, action));
    }

    private long stream(DSLContext context, Condition where, Consumer<Event> action) {
        long passed = 0;
        try (org.jooq.Cursor<Record> read = context.select(rows.columns()).from(t.table).where(where)
                .orderBy(t.timestamp.desc(), t.id.desc())
                .fetchSize(STREAM_FETCH_SIZE)
                .fetchLazy()) {
            for (Record row : read) {
                action.accept(rows.toEvent(row));
                passed++;
            }
        }
        return passed;
    }

    @Override
    public <T> T inTransaction(Function<EventStore, T> work) {
        return guard("run a transaction", () -> setup.writeGate().write(() -> dsl.transactionResult(configuration ->
                work.apply(new JooqEventStore(configuration.dsl(), setup)))));
    }

    @Override
    public StoreInfo info() {
        return setup.info();
    }

    /** Turns a database failure into a {@link StoreException} that says what was being done and where. */
    private <T> T guard(String what, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw new StoreException("cannot " + what + " in " + setup.info().displayName() + ": "
                    + Database.rootMessage(e), e);
        }
    }

    @Override
    public boolean hasMessageIndex() {
        return setup.messageIndex().readable();
    }

    @Override
    public List<Event> messageEvents(String messageId, Optional<String> sessionId) {
        if (!hasMessageIndex()) {
            return List.of();
        }
        return guard("read the events of message " + messageId, () -> messages.messageEvents(messageId, sessionId,
                MAX_MESSAGE_EVENTS));
    }

    @Override
    public long forEachMessageSummary(EventQuery query, Consumer<MessageSummary> action) {
        if (!hasMessageIndex()) {
            return 0;
        }
        return guard("summarise messages", () -> aggregates.forEachSummary(query, action));
    }

    @Override
    public long forEachOrphan(EventQuery query, Consumer<OrphanReceipts> action) {
        if (!hasMessageIndex()) {
            return 0;
        }
        return guard("find receipts without their message", () -> aggregates.forEachOrphan(query, action));
    }
}
