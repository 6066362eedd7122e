package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import com.zaxxer.hikari.HikariConfig;
import io.eventinspector.event.EventJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import io.eventinspector.event.Event;
import java.sql.PreparedStatement;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.jooq.Converter;
import org.jooq.InsertValuesStep6;
import org.jooq.Record;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;

/**
 * PostgreSQL: {@code timestamptz} for time, {@code JSONB} for data (read back compact: JSONB prints spaces and
 * orders keys its own way, so the text is normalised once on the way out); autovacuum does the housekeeping.
 */
final class PostgresDialect implements StoreDialect {
    /** Rows per INSERT: 6,000 bind values, well under PostgreSQL's 65,535. */
    private static final int ROWS_PER_INSERT = 1_000;

    @Override
    public StoreKind kind() {
        return StoreKind.POSTGRESQL;
    }

    @Override
    public SQLDialect sqlDialect() {
        return SQLDialect.POSTGRES;
    }

    @Override
    public String migrations() {
        return "classpath:db/migration/postgresql";
    }

    @Override
    public String latestMigration() {
        return "9";
    }

    @Override
    public DataType<Instant> instantType() {
        return SQLDataType.INSTANT;
    }

    @Override
    public DataType<String> jsonType() {
        return SQLDataType.JSONB.asConvertedDataType(
                Converter.ofNullable(JSONB.class, String.class, jsonb -> EventJson.compactText(jsonb.data()), JSONB::jsonb));
    }

    @Override
    public void configurePool(HikariConfig config, StoreUrl url) {
        config.setMaximumPoolSize(8);
        // JIT compilation pays off for long analytical queries, not for pages: a search page whose per-row
        // subqueries inflate the cost estimate took 181 ms with JIT and 18 ms without (200k events).
        config.addDataSourceProperty("options", "-c jit=off");
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
    }

    @Override
    public int deleteBatch(DSLContext dsl, EventTable table, Instant cutoff, int batchSize) {
        return dsl.deleteFrom(table.table)
                .where(table.id.in(select(table.id).from(table.table)
                        .where(table.olderThan(cutoff)).limit(batchSize)))
                .execute();
    }

    @Override
    public void afterDeleteBatch(DSLContext dsl) {
        // PostgreSQL's MVCC never blocks readers on deletes; nothing to do between batches.
    }

    @Override
    public boolean reclaimSpaceStep(DSLContext dsl) {
        return false; // autovacuum reclaims the dead rows
    }

    @Override
    public boolean singleWriter() {
        return false;
    }

    @Override
    public PayloadSearch payloadSearch(EventTable table) {
        return new TsvectorPayloadSearch(table.id, table.data);
    }

    @Override
    public Optional<SearchIndexer> searchIndexer(DSLContext dsl, WriteGate writeGate) {
        return Optional.of(new SearchIndexer(limit -> writeGate.write(() -> dsl.transactionResult(
                configuration -> indexPending(configuration.dsl(), limit))), Clock.systemUTC()));
    }

    /**
     * Moves up to {@code limit} events from {@code events_search_pending} into {@code events_search}; returns how
     * many pending entries it took (those of deleted events are just dropped). SKIP LOCKED lets two processes
     * index side by side. FOR KEY SHARE waits for a retention delete of the same event and then leaves it out,
     * instead of failing the foreign key.
     */
    private static int indexPending(DSLContext tx, int limit) {
        return tx.fetchSingle("WITH taken AS (DELETE FROM events_search_pending WHERE event_id IN"
                + " (SELECT event_id FROM events_search_pending LIMIT {0} FOR UPDATE SKIP LOCKED) RETURNING event_id),"
                + " live AS (SELECT e.id, e.data FROM events e JOIN taken t ON e.id = t.event_id FOR KEY SHARE OF e),"
                + " indexed AS (INSERT INTO events_search (event_id, words)"
                + " SELECT id, event_payload_words(data) FROM live"
                + " ON CONFLICT (event_id) DO UPDATE SET words = excluded.words RETURNING 1)"
                + " SELECT (SELECT count(*) FROM taken), (SELECT count(*) FROM indexed)", val(limit))
                .get(0, Integer.class);
    }

    @Override
    public Field<Instant> bucketStart(Field<Instant> timestamp, Duration width) {
        return field("date_bin(cast({0} as interval), {1}, timestamptz '1970-01-01 00:00:00+00')", instantType(),
                inline(width.toMillis() + " milliseconds"), timestamp);
    }

    @Override
    public Field<Long> epochMillis(Field<Instant> time) {
        // extract(epoch) is numeric, exact: times have millisecond precision.
        return field("cast(extract(epoch from {0}) * 1000 as bigint)", SQLDataType.BIGINT, time);
    }

    @Override
    public boolean recordsHourlyCountChanges() {
        return true;
    }

    /**
     * Moves every recorded change into the counts and deletes the rows that fell to zero. One folder at a time
     * per schema (a transaction-level advisory lock; whoever finds it taken skips, the holder or the next writer
     * folds): the counts are then only ever locked by one transaction and no two folds can deadlock. Writers
     * never wait for a fold, they only insert changes.
     */
    @Override
    public void foldHourlyCounts(DSLContext dsl) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Boolean locked = tx.fetchValue(field("pg_try_advisory_xact_lock(hashtext(current_schema()"
                    + " || '.hourly_count_changes'))", Boolean.class));
            if (!Boolean.TRUE.equals(locked)) {
                return;
            }
            int moved = tx.execute("WITH moved AS (DELETE FROM hourly_count_changes"
                    + "   RETURNING hour_start, type, session_id, event_count),"
                    + " per_type AS (INSERT INTO hourly_type_counts AS c (hour_start, type, event_count)"
                    + "   SELECT hour_start, type, sum(event_count) FROM moved GROUP BY 1, 2"
                    + "   ON CONFLICT (hour_start, type)"
                    + "   DO UPDATE SET event_count = c.event_count + excluded.event_count)"
                    + " INSERT INTO hourly_session_counts AS c (session_id, hour_start, type, event_count)"
                    + " SELECT session_id, hour_start, type, sum(event_count) FROM moved GROUP BY 1, 2, 3"
                    + " ON CONFLICT (session_id, hour_start, type)"
                    + " DO UPDATE SET event_count = c.event_count + excluded.event_count");
            if (moved > 0) {
                tx.execute("DELETE FROM hourly_type_counts WHERE event_count = 0");
                tx.execute("DELETE FROM hourly_session_counts WHERE event_count = 0");
            }
        });
    }

    /** Nothing to watch: a cancelled desktop query's statement runs to the end on the server (see SqliteDialect). */
    @Override
    public Optional<ExecuteListener> executeListener() {
        return Optional.empty();
    }

    @Override
    public GatewaySchema gatewaySchema() {
        return new PostgresGatewaySchema();
    }

    @Override
    public boolean streamsOnlyInTransaction() {
        return true;
    }

    /**
     * A week of one session's messages, each joined to its few index rows: with hash joins allowed PostgreSQL
     * scanned the session's whole index (48k rows on 200k events, 47 ms) to hash it for 7k messages; by lookups
     * it reads 7k short key ranges. SET LOCAL ends with the transaction.
     */
    @Override
    public void preferIndexLookups(DSLContext tx) {
        tx.execute("SET LOCAL enable_hashjoin = off");
        tx.execute("SET LOCAL enable_mergejoin = off");
    }

    /**
     * Multi-row INSERTs of {@value #ROWS_PER_INSERT} rows: one round trip each, well under the bind limit. Each
     * returns the ids it inserted; within a statement the first of a repeated id is the one inserted.
     */
    @Override
    public BitSet insertIgnoringDuplicates(DSLContext tx, EventTable table, List<Event> events, Instant createdAt) {
        BitSet inserted = new BitSet(events.size());
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            List<Event> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT));
            InsertValuesStep6<Record, String, String, String, String, Instant, Instant> insert =
                    tx.insertInto(table.table, table.id, table.type, table.sessionId, table.data, table.timestamp,
                            table.createdAt);
            for (Event event : chunk) {
                insert = insert.values(event.id(), event.type(), event.sessionId(), event.dataJson(),
                        event.timestamp(), createdAt);
            }
            Set<String> ids = new HashSet<>(insert.onConflictDoNothing().returningResult(table.id).fetch(table.id));
            for (int i = 0; i < chunk.size(); i++) {
                if (ids.remove(chunk.get(i).id())) {
                    inserted.set(from + i);
                }
            }
        }
        return inserted;
    }

    /**
     * One INSERT of every row, bound as five arrays (unnest turns them back into rows): no bind limit, one round
     * trip, and nothing rendered per row. Times travel as epoch microseconds, exact.
     */
    @Override
    public void insertMessageRows(DSLContext tx, List<MessageIndexRow> rows) {
        int size = rows.size();
        String[] messageIds = new String[size];
        String[] sessionIds = new String[size];
        String[] eventIds = new String[size];
        String[] types = new String[size];
        // Microseconds, PostgreSQL's precision: the retention trigger finds a row by its event's exact time.
        Long[] micros = new Long[size];
        for (int i = 0; i < size; i++) {
            MessageIndexRow row = rows.get(i);
            messageIds[i] = row.messageId();
            sessionIds[i] = row.sessionId();
            eventIds[i] = row.eventId();
            types[i] = row.type();
            micros[i] = ChronoUnit.MICROS.between(Instant.EPOCH, row.timestamp());
        }
        tx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO message_events"
                    + " (message_id, session_id, event_id, type, timestamp)"
                    + " SELECT m, s, e, t, timestamptz 'epoch' + us * interval '1 microsecond'"
                    + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[]) AS r (m, s, e, t, us)"
                    + " ON CONFLICT DO NOTHING")) {
                insert.setArray(1, connection.createArrayOf("text", messageIds));
                insert.setArray(2, connection.createArrayOf("text", sessionIds));
                insert.setArray(3, connection.createArrayOf("text", eventIds));
                insert.setArray(4, connection.createArrayOf("text", types));
                insert.setArray(5, connection.createArrayOf("bigint", micros));
                insert.executeUpdate();
            }
        });
    }

    /**
     * SHARE mode conflicts with the lock every INSERT and DELETE takes, and with nothing readers take: events are
     * neither added nor deleted while the fill reads a batch and writes its rows, and nobody waits longer than
     * that batch. Taken first in the transaction, before any other lock, so it cannot close a wait cycle.
     */
    @Override
    public void holdOffEventWrites(DSLContext tx) {
        tx.execute("LOCK TABLE events IN SHARE MODE");
    }
}
