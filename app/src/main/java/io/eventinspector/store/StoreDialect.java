package io.eventinspector.store;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;
import io.eventinspector.event.Event;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.SQLDialect;

/** What differs between SQLite and PostgreSQL, kept in one small strategy per database instead of if-chains. */
interface StoreDialect {
    StoreKind kind();

    SQLDialect sqlDialect();

    /** Flyway location of this database's migrations. */
    String migrations();

    /** The version of the newest of {@link #migrations()}: a store whose history ends there needs no migration. */
    String latestMigration();

    /** How an instant is stored in every time column. */
    DataType<Instant> instantType();

    /** How the JSON payload is stored; the Java side is always compact JSON text. */
    DataType<String> jsonType();

    void configurePool(HikariConfig config, StoreUrl url);

    /** Deletes at most {@code batchSize} events older than {@code cutoff}; returns how many it deleted. */
    int deleteBatch(DSLContext dsl, EventTable table, Instant cutoff, int batchSize);

    /** Housekeeping between delete batches, such as letting SQLite checkpoint its write-ahead log. */
    void afterDeleteBatch(DSLContext dsl);

    /**
     * One step of giving the pages a deletion freed back to the file system; true while more steps would free
     * more. Each step is its own short write, so writers waiting for the lock get in between steps.
     */
    boolean reclaimSpaceStep(DSLContext dsl);

    /** True when the database allows one writer at a time (SQLite), so this process queues its writers fairly. */
    boolean singleWriter();

    /** How the {@code text} filter is matched against the events table of this database. */
    PayloadSearch payloadSearch(EventTable table);

    /**
     * The background indexer for a database whose inserts only mark events for the search index (PostgreSQL),
     * not yet started; empty where an append indexes its events itself (SQLite).
     */
    Optional<SearchIndexer> searchIndexer(DSLContext dsl, WriteGate writeGate);

    /** The start of the {@code width}-wide bucket (aligned to the Unix epoch, so days start at 00:00 UTC). */
    Field<Instant> bucketStart(Field<Instant> timestamp, Duration width);

    /** The instant as epoch milliseconds, so a large result is read as plain longs. */
    Field<Long> epochMillis(Field<Instant> time);

    /**
     * True when writers record signed changes of the hourly counts ({@code hourly_count_changes}) that readers
     * add and {@link #foldHourlyCounts} folds in; false when triggers update the counts directly.
     */
    boolean recordsHourlyCountChanges();

    /**
     * Folds the recorded hourly count changes into the counts in a short transaction of its own (nothing to do
     * where triggers update the counts directly). Safe to call from any number of writers at once.
     */
    void foldHourlyCounts(DSLContext dsl);

    /** Watches every statement the store's jOOQ context runs, where the database needs that (SQLite). */
    Optional<ExecuteListener> executeListener();

    /** How a gateway's own events table in this kind of database is recognised, opened and read. */
    GatewaySchema gatewaySchema();

    static StoreDialect of(StoreKind kind) {
        return kind == StoreKind.SQLITE ? new SqliteDialect() : new PostgresDialect();
    }

    /**
     * Makes the rest of the caller's transaction join tables by index lookups, where the planner may otherwise
     * hash a whole table: for a query that looks a few thousand messages up among millions (PostgreSQL, which
     * estimates the lookups too dear; SQLite always nests loops).
     */
    void preferIndexLookups(DSLContext tx);

    /**
     * Whether a lazily read result needs a transaction: PostgreSQL only streams with a fetch size inside one;
     * SQLite steps through its result anyway, and a transaction there would block writers for the whole read.
     */
    boolean streamsOnlyInTransaction();

    /**
     * Inserts the events, skipping any whose id is already stored (or repeated in the list: the first is kept),
     * and returns the positions in {@code events} of those inserted. Runs inside the caller's transaction.
     */
    BitSet insertIgnoringDuplicates(DSLContext tx, EventTable table, List<Event> events, Instant createdAt);

    /** Inserts rows into the message index, skipping any already there. Runs inside the caller's transaction. */
    void insertMessageRows(DSLContext tx, List<MessageIndexRow> rows);

    /**
     * Makes other transactions wait with inserting and deleting events until the caller's ends, where they do not
     * already (SQLite's write transactions run one at a time): the message index fill reads events and writes
     * their rows in one such transaction, so a concurrent deletion cannot miss rows written for its events.
     */
    void holdOffEventWrites(DSLContext tx);
}
