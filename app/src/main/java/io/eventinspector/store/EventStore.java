package io.eventinspector.store;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Page;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/** The one storage API, the same on SQLite and PostgreSQL. Implementations are thread-safe. */
public interface EventStore {
    /** Stores the events in one transaction; an id already stored is counted as a duplicate and never overwritten. */
    AppendResult append(List<Event> events);

    Optional<Event> get(String id);

    /** A page, newest first ({@code timestamp DESC, id DESC}); the cursor makes deep pages as cheap as the first. */
    Page query(EventQuery query);

    /** How many events match the query's filters; limit, offset and cursor are ignored. */
    long count(EventQuery query);

    /**
     * Deletes every event older than {@code cutoff} in short batches, so readers and writers never wait long;
     * {@code progress} receives the running total after each batch. Returns how many were deleted.
     */
    long deleteOlderThan(Instant cutoff, LongConsumer progress);

    default long deleteOlderThan(Instant cutoff) {
        return deleteOlderThan(cutoff, deleted -> { });
    }

    /** How many events {@link #deleteOlderThan} would delete. */
    long countOlderThan(Instant cutoff);

    /**
     * How many events older than {@code cutoff} were stored after {@code storedAfter} (the insertion time the
     * store stamps from the system clock): imported history a cleanup would delete.
     */
    long countOlderThan(Instant cutoff, Instant storedAfter);

    StoreStats stats();

    /**
     * Counts per time bucket and type of the events matching the query's filters, computed in the database.
     * Without a {@code size} it is chosen from the range (the query's since/until, else the matching events').
     */
    Histogram histogram(EventQuery query, Optional<BucketSize> size);

    /** Up to {@code limit} (at most {@value #MAX_SUGGESTIONS}) distinct session ids starting with {@code prefix}, sorted. */
    List<String> sessionIds(String prefix, int limit);

    int MAX_SUGGESTIONS = 20;

    /** Every distinct session id, sorted, at most {@value #MAX_SESSIONS} (one index probe per session). */
    List<String> allSessionIds();

    int MAX_SESSIONS = 10_000;

    /** Every known type, then every other type present, with how many events match the query's filters. */
    List<TypeCount> typeCounts(EventQuery query);

    /**
     * Up to {@code limit} events matching the query's filters that come after {@code position} in store order
     * ({@code (timestamp, id)} greater), oldest first: what arrived since a live view last looked.
     */
    List<Event> tail(EventQuery query, Cursor position, int limit);

    /**
     * Streams every event matching the query's filters, newest first, to {@code action} in constant memory
     * (a database cursor read in chunks; limit and offset are ignored, a cursor is where it starts). Returns how
     * many events were passed on.
     */
    long forEach(EventQuery query, Consumer<Event> action);

    /** Whether this store keeps the message index; a gateway's own (read-only) table has none. */
    boolean hasMessageIndex();

    /**
     * Every event of one message (the message event, its receipts, reactions and failures), oldest first, found
     * through the message index by (session, message id); in every session when none is given. At most
     * {@value #MAX_MESSAGE_EVENTS}. Empty on a store without the index.
     */
    List<Event> messageEvents(String messageId, Optional<String> sessionId);

    int MAX_MESSAGE_EVENTS = 1_000;

    /**
     * One summary per message whose message event ({@code message.sent}, {@code message.received}) matches the
     * query's filters, aggregated in the database and streamed in no particular order; limit, offset and cursor
     * are ignored. Receipts count whenever they came, also after the query's range. Returns how many; 0 on a
     * store without the index.
     */
    long forEachMessageSummary(EventQuery query, Consumer<MessageSummary> action);

    /**
     * The receipts and reactions matching the query's session and time range whose message event is not in the
     * store, one entry per message, streamed in no particular order. Returns how many messages; 0 on a store
     * without the index.
     */
    long forEachOrphan(EventQuery query, Consumer<OrphanReceipts> action);

    /** Runs {@code work} against a view of this store inside one transaction: all of it is committed or none. */
    <T> T inTransaction(Function<EventStore, T> work);

    /** What this store is, for titles and messages, e.g. {@code events.db (SQLite)}. */
    StoreInfo info();
}
