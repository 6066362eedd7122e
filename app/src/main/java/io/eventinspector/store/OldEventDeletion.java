package io.eventinspector.store;

import java.time.Instant;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention's deletion: the events older than a cutoff in short batches, each its own write, then the freed space
 * reclaimed a step at a time, so neither holds a waiting writer for long.
 */
final class OldEventDeletion {
    private static final Logger LOG = LoggerFactory.getLogger(OldEventDeletion.class);
    /**
     * Rows per delete batch: short enough that a waiting writer is never held for long. Each deleted row also
     * updates five indexes and, on SQLite, the FTS5 payload index; 10,000 rows held the write lock for seconds
     * on a loaded machine (docs/benchmarks.md, Retention).
     */
    private static final int DELETE_BATCH = 500;

    private final DSLContext dsl;
    private final StoreDialect dialect;
    private final EventTable t;
    private final WriteGate writeGate;
    /** Run after each batch that deleted events, to fold the hourly count changes it recorded. */
    private final Runnable foldHourlyCounts;

    OldEventDeletion(DSLContext dsl, StoreDialect dialect, EventTable table, WriteGate writeGate,
                     Runnable foldHourlyCounts) {
        this.dsl = dsl;
        this.dialect = dialect;
        this.t = table;
        this.writeGate = writeGate;
        this.foldHourlyCounts = foldHourlyCounts;
    }

    /** Deletes the events with a readable time before {@code cutoff}; {@code progress} hears the running total. */
    long deleteOlderThan(Instant cutoff, LongConsumer progress) {
        long total = 0;
        int deleted;
        do {
            deleted = writeGate.write(() -> dialect.deleteBatch(dsl, t, cutoff, DELETE_BATCH));
            total += deleted;
            if (deleted > 0) {
                dialect.afterDeleteBatch(dsl);
                foldHourlyCounts.run();
                progress.accept(total);
            }
        } while (deleted == DELETE_BATCH);
        if (total > 0) {
            reclaimSpace();
        }
        return total;
    }

    private void reclaimSpace() {
        long started = System.nanoTime();
        int steps = 0;
        while (writeGate.write(() -> dialect.reclaimSpaceStep(dsl))) {
            steps++;
        }
        LOG.debug("Reclaimed space after a deletion in {} steps ({} ms)", steps,
                (System.nanoTime() - started) / 1_000_000);
    }
}
