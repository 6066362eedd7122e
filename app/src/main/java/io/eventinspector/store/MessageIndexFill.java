package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.when;

import io.eventinspector.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes the messages of the events stored before the message index existed, when a store is first opened by a
 * version that has it (migration V9 marks a store without message events as done). The events are read in id
 * order, {@value #BATCH} at a time; each batch is read, parsed and indexed in one short write transaction through
 * the {@link WriteGate} that also records the last id done in {@code message_index_fill}, so a fill that is
 * killed resumes after the last committed batch. Rows already there are skipped (events appended meanwhile by
 * this version are indexed by their append), so resuming neither doubles nor loses a row. Progress goes to the
 * log every {@value #LOG_EVERY_EVENTS} events or {@value #LOG_EVERY_SECONDS} seconds.
 */
final class MessageIndexFill {
    private static final Logger LOG = LoggerFactory.getLogger(MessageIndexFill.class);
    /** Events per transaction: a few tens of milliseconds of a write lock, and few round trips. */
    static final int BATCH = 5_000;
    private static final long LOG_EVERY_EVENTS = 100_000;
    private static final long LOG_EVERY_SECONDS = 5;

    private static final Table<Record> STATE = table(name("message_index_fill"));
    private static final Field<String> LAST_ID = field(name("last_id"), SQLDataType.VARCHAR(255));
    private static final Field<Boolean> DONE = field(name("done"), SQLDataType.BOOLEAN);

    private final DSLContext dsl;
    private final StoreDialect dialect;
    private final EventTable t;
    private final WriteGate writeGate;
    /** The store, for the log: {@code events.db (SQLite)}. */
    private final String store;
    private final int batchSize;

    MessageIndexFill(DSLContext dsl, StoreDialect dialect, EventTable table, WriteGate writeGate, String store,
                     int batchSize) {
        this.dsl = dsl;
        this.dialect = dialect;
        this.t = table;
        this.writeGate = writeGate;
        this.store = store;
        this.batchSize = batchSize;
    }

    /** Whether the fill is done, without doing any of it. */
    boolean isDone() {
        return dsl.select(DONE).from(STATE).fetchSingle().value1();
    }

    /** Indexes every event the fill has not reached yet, batch by batch, logging progress, and marks it done. */
    void run() {
        String lastId = dsl.select(LAST_ID).from(STATE).fetchSingle().value1();
        long total = dsl.fetchCount(t.table, t.id.gt(lastId));
        LOG.info("Indexing messages in {}: {} events to read{}", store, number(total),
                lastId.isEmpty() ? "" : " (resuming where an interrupted run stopped)");
        long started = System.nanoTime();
        long lastLogged = started;
        long read = 0;
        long rows = 0;
        long readAtLastLog = 0;
        Batch batch;
        do {
            batch = indexNextBatch();
            read += batch.events();
            rows += batch.rows();
            long now = System.nanoTime();
            if (read - readAtLastLog >= LOG_EVERY_EVENTS || now - lastLogged >= LOG_EVERY_SECONDS * 1_000_000_000L) {
                LOG.info("Indexing messages in {}: {} of {} events", store, number(read), number(Math.max(read,
                        total)));
                lastLogged = now;
                readAtLastLog = read;
            }
        } while (batch.events() == batchSize);
        LOG.info("Indexed messages in {}: {} events read, {} index rows, in {} s", store, number(read),
                number(rows), String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
    }

    /**
     * Indexes the next batch after the saved position in one write transaction and saves the new position (and
     * done, after the last batch); returns what it read.
     */
    Batch indexNextBatch() {
        return writeGate.write(() -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            dialect.holdOffEventWrites(tx);
            String after = tx.select(LAST_ID).from(STATE).fetchSingle().value1();
            // Only the payloads of message events are parsed; the others are not even sent.
            Field<String> payload = when(t.type.startsWith(MessageIndexRow.INDEXED_PREFIX), t.payloadText);
            List<Record5<String, String, String, Instant, String>> events = tx
                    .select(t.id, t.type, t.sessionId, t.timestamp, payload)
                    .from(t.table)
                    .where(t.id.gt(after))
                    .orderBy(t.id)
                    .limit(batchSize)
                    .fetch();
            List<MessageIndexRow> rows = new ArrayList<>();
            for (var event : events) {
                String data = event.value5();
                rows.addAll(MessageIndexRow.of(new Event(event.value1(), event.value2(), event.value3(),
                        data == null ? "null" : data, event.value4())));
            }
            if (!rows.isEmpty()) {
                dialect.insertMessageRows(tx, rows);
            }
            String lastId = events.isEmpty() ? after : events.get(events.size() - 1).value1();
            tx.update(STATE).set(LAST_ID, lastId).set(DONE, events.size() < batchSize).execute();
            return new Batch(events.size(), rows.size());
        }));
    }

    /** What one batch read: events, and index rows written for them. */
    record Batch(int events, int rows) {
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
