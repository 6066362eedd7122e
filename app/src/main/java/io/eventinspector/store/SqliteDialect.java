package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import io.eventinspector.event.Event;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;

/**
 * SQLite: every time column is INTEGER epoch milliseconds UTC (smaller, faster indexes than ISO text, and one
 * representation so comparisons never mix integers with text); WAL with a large page cache; incremental
 * auto-vacuum so a retention run can give space back. See docs/decisions/0002-sqlite-timestamps.md.
 */
final class SqliteDialect implements StoreDialect {
    /** 256 MiB of page cache per connection (negative = KiB), far above SQLite's 2 MB default. */
    private static final String CACHE_SIZE_KIB = "-262144";
    /** Pages (4 KiB) freed per incremental-vacuum step: 2 MiB, a short write even on a loaded machine. */
    private static final int VACUUM_STEP_PAGES = 500;
    /** The string and number leaves of {@code e.data} joined by spaces: what {@code events_fts} indexes (V2). */
    private static final String PAYLOAD_WORDS = "(SELECT group_concat(value, ' ') FROM json_tree(e.data)"
            + " WHERE type IN ('text', 'integer', 'real'))";
    /** The WAL is truncated to this size when it restarts, so a large deletion's WAL does not stay on disk. */
    private static final String WAL_KEPT_BYTES = String.valueOf(64L << 20);

    @Override
    public StoreKind kind() {
        return StoreKind.SQLITE;
    }

    @Override
    public SQLDialect sqlDialect() {
        return SQLDialect.SQLITE;
    }

    @Override
    public String migrations() {
        return "classpath:db/migration/sqlite";
    }

    @Override
    public String latestMigration() {
        return "9";
    }

    @Override
    public DataType<Instant> instantType() {
        return SQLDataType.BIGINT.asConvertedDataType(
                Converter.ofNullable(Long.class, Instant.class, Instant::ofEpochMilli, Instant::toEpochMilli));
    }

    @Override
    public DataType<String> jsonType() {
        return SQLDataType.CLOB;
    }

    @Override
    public void configurePool(HikariConfig config, StoreUrl url) {
        config.setMaximumPoolSize(4);
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("cache_size", CACHE_SIZE_KIB);
        config.addDataSourceProperty("busy_timeout", "10000");
        config.addDataSourceProperty("temp_store", "MEMORY");
        config.addDataSourceProperty("journal_size_limit", WAL_KEPT_BYTES);
        // Write transactions take the write lock when they begin. A deferred BEGIN can fail with
        // SQLITE_BUSY_SNAPSHOT under concurrent writers and a cleanup, which no busy timeout waits out.
        // Reads never open a transaction on SQLite (see streamsOnlyInTransaction), so they are not held up.
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        url.file().ifPresent(SqliteDialect::createWithIncrementalVacuum);
    }

    /**
     * sqlite-jdbc has no {@code auto_vacuum} connection property, and the mode can only be chosen before the file
     * switches to WAL; so a new file is created here with it, before the pool opens it in WAL mode. (A file
     * created without it keeps auto_vacuum NONE: only a full VACUUM can change that.)
     */
    private static void createWithIncrementalVacuum(Path file) {
        if (Files.exists(file)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA auto_vacuum = INCREMENTAL");
            statement.executeQuery("PRAGMA journal_mode = WAL").close();
        } catch (SQLException e) {
            throw new StoreException("cannot create SQLite database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int deleteBatch(DSLContext dsl, EventTable table, Instant cutoff, int batchSize) {
        var rowid = field(name("rowid"), Long.class);
        return dsl.deleteFrom(table.table)
                .where(rowid.in(select(rowid).from(table.table).where(table.olderThan(cutoff)).limit(batchSize)))
                .execute();
    }

    @Override
    public void afterDeleteBatch(DSLContext dsl) {
        // Without a checkpoint between batches the WAL grows by every deleted page (1.5 GB per 300k events).
        dsl.fetch("PRAGMA wal_checkpoint(PASSIVE)");
    }

    /**
     * Gives a few MiB of freed pages back to the file system and checkpoints, so the WAL does not grow by every
     * moved page. No blocking checkpoint at the end: a TRUNCATE checkpoint holds new writers back until every
     * reader has caught up (seconds under a steady reader); the WAL is cut back to {@link #WAL_KEPT_BYTES} when
     * it next restarts instead.
     */
    @Override
    public boolean reclaimSpaceStep(DSLContext dsl) {
        return dsl.connectionResult(connection -> {
            try (Statement statement = connection.createStatement()) {
                long free = freePages(statement);
                if (free == 0) {
                    return false;
                }
                // executeUpdate steps the pragma to the end; execute()/jOOQ's fetch free a single page.
                statement.executeUpdate("PRAGMA incremental_vacuum(" + VACUUM_STEP_PAGES + ")");
                statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)").close();
                long left = freePages(statement);
                return left > 0 && left < free; // auto_vacuum NONE frees nothing: stop instead of spinning
            }
        });
    }

    @Override
    public boolean singleWriter() {
        return true;
    }

    private static long freePages(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA freelist_count")) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    @Override
    public PayloadSearch payloadSearch(EventTable table) {
        return new Fts5PayloadSearch();
    }

    /** Each append indexes the events it inserted, in its own transaction (see insertIgnoringDuplicates). */
    @Override
    public Optional<SearchIndexer> searchIndexer(DSLContext dsl, WriteGate writeGate) {
        return Optional.empty();
    }

    @Override
    public Field<Instant> bucketStart(Field<Instant> timestamp, Duration width) {
        // Integer arithmetic on epoch millis, so the whole bucket computation stays inside SQLite's VM. Floored
        // (SQLite's % truncates toward zero) like the hourly counts, so events before 1970 land in the same bucket.
        return field("({0} - ({0} % {1} + {1}) % {1})", instantType(), timestamp, inline(width.toMillis()));
    }

    @Override
    public Field<Long> epochMillis(Field<Instant> time) {
        return field("{0}", SQLDataType.BIGINT, time); // stored as epoch milliseconds already
    }

    @Override
    public boolean recordsHourlyCountChanges() {
        return false; // one writer at a time: the triggers of migration V5 update the counts row by row
    }

    @Override
    public void foldHourlyCounts(DSLContext dsl) {
        // Nothing recorded to fold: the counts are always up to date.
    }

    /** An interrupted thread's read stops instead of running to the end (a superseded desktop query). */
    @Override
    public Optional<ExecuteListener> executeListener() {
        return Optional.of(new InterruptibleSqliteReads());
    }

    @Override
    public GatewaySchema gatewaySchema() {
        return new SqliteGatewaySchema();
    }

    @Override
    public boolean streamsOnlyInTransaction() {
        return false;
    }

    @Override
    public void preferIndexLookups(DSLContext tx) {
        // Nothing to do: SQLite joins by nested loops over indexes anyway.
    }

    /**
     * One prepared single-row INSERT bound once per event: SQLite allows few bind variables per statement, so a
     * multi-row INSERT would be rendered with inlined values and parsed again every time. jOOQ renders it; the
     * 10,000 binds of an import batch go straight to JDBC, skipping jOOQ's per-row bind wrappers (the import
     * benchmark's no-index baseline binds the same way). Each row's update count says whether it was inserted.
     * The inserted events are then added to the payload index with one statement (see {@link #indexInsertedAfter}).
     */
    @Override
    public BitSet insertIgnoringDuplicates(DSLContext tx, EventTable table, List<Event> events, Instant createdAt) {
        long lastRowidBefore = tx.select(field("coalesce(max(rowid), 0)", SQLDataType.BIGINT)).from(table.table)
                .fetchSingle().value1();
        String sql = tx.render(tx.insertInto(table.table, table.id, table.type, table.sessionId, table.data,
                        table.timestamp, table.createdAt)
                .values((String) null, null, null, null, null, null)
                .onConflictDoNothing());
        BitSet inserted = tx.connectionResult(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Event event : events) {
                    insert.setString(1, event.id());
                    insert.setString(2, event.type());
                    insert.setString(3, event.sessionId());
                    insert.setString(4, event.dataJson());
                    insert.setLong(5, event.timestamp().toEpochMilli());
                    insert.setLong(6, createdAt.toEpochMilli());
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                BitSet positions = new BitSet(counts.length);
                for (int i = 0; i < counts.length; i++) {
                    positions.set(i, counts[i] > 0);
                }
                return positions;
            }
        });
        if (!inserted.isEmpty()) {
            indexInsertedAfter(tx, lastRowidBefore);
        }
        return inserted;
    }

    /**
     * The same prepared single-row INSERT bound per row as for events, for the same reason, in key order: the rows
     * of an append land all over the key (message ids are random), and in order consecutive inserts touch
     * neighbouring pages (10% less time on 1M events).
     */
    @Override
    public void insertMessageRows(DSLContext tx, List<MessageIndexRow> rows) {
        List<MessageIndexRow> inKeyOrder = rows.stream().sorted(MessageIndexRow.KEY_ORDER).toList();
        tx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO message_events"
                    + " (message_id, session_id, event_id, type, timestamp) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")) {
                for (MessageIndexRow row : inKeyOrder) {
                    insert.setString(1, row.messageId());
                    insert.setString(2, row.sessionId());
                    insert.setString(3, row.eventId());
                    insert.setString(4, row.type());
                    insert.setLong(5, row.timestamp().toEpochMilli());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    @Override
    public void holdOffEventWrites(DSLContext tx) {
        // Nothing to do: the store's write transactions begin IMMEDIATE, holding SQLite's one write lock.
    }

    /**
     * Adds the events with a rowid above {@code lastRowidBefore} to {@code events_fts} in one statement. The
     * transaction holds SQLite's write lock, so those are exactly the events it inserted: a new row's rowid is
     * one above the largest in the table. One statement lets FTS5 collect all their words in memory and write
     * one segment; a row-at-a-time insert (the V2 trigger) made it write a segment per event, because FTS5
     * flushes at every statement savepoint (docs/decisions/0005-deferred-search-index.md).
     */
    private static void indexInsertedAfter(DSLContext tx, long lastRowidBefore) {
        tx.execute("INSERT INTO events_fts (rowid, words) SELECT e.rowid, " + PAYLOAD_WORDS
                + " FROM events e WHERE e.rowid > {0}", val(lastRowidBefore));
    }
}
