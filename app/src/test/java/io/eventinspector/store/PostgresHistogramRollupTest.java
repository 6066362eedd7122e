package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.sum;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.testing.PostgresSchemas;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresHistogramRollupTest extends HistogramRollupContract {
    private static final int WRITERS = 4;

    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected StoreUrl freshUrl() {
        return StoreUrl.parse(schemas.freshUrl(), Optional.empty(), Optional.empty());
    }

    /**
     * Writers whose appends each span the same ten hours, half of them oldest first and half newest first, in
     * several INSERT statements each (over 1,000 rows), while a retention run deletes the oldest hours. Counter
     * rows locked statement by statement would be taken in opposite orders and deadlock; none of the writes may
     * fail, and the counts must come out exact.
     */
    @Test
    void concurrentAppendsAndDeletesNeitherDeadlockNorMiscount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        CyclicBarrier start = new CyclicBarrier(WRITERS + 1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                List<List<Event>> appends = new ArrayList<>();
                List<Event> events = events(w * 10_000, 7_500, w * 7L, 5);
                for (int a = 0; a < 3; a++) {
                    List<Event> append = new ArrayList<>();
                    for (int i = a; i < events.size(); i += 3) {
                        append.add(events.get(i));
                    }
                    if (w % 2 == 1) {
                        Collections.reverse(append);
                    }
                    appends.add(append);
                }
                work.add(pool.submit(() -> {
                    start.await();
                    appends.forEach(store::append);
                    return null;
                }));
            }
            Instant cutoff = START.plusSeconds(2 * 3600 + 123);
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 5; i++) {
                    store.deleteOlderThan(cutoff);
                }
                return null;
            }));
            for (Future<?> done : work) {
                done.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertSameAsCountedFromEvents();
        long remaining = store.count(EventQuery.all());
        assertThat(store.histogram(EventQuery.all(), Optional.of(BucketSize.HOUR)).total()).isEqualTo(remaining);

        database.dialect().foldHourlyCounts(database.dsl());
        var dsl = database.dsl();
        assertThat(dsl.fetchCount(dsl.selectFrom("hourly_count_changes"))).as("all changes folded").isZero();
        HourlyCounts c = new HourlyCounts(database.dialect());
        assertThat(dsl.select(sum(c.eventCount)).from(c.perType).fetchOne().value1()).isEqualByComparingTo(
                BigDecimal.valueOf(remaining));
        assertThat(dsl.select(sum(c.eventCount)).from(c.perSession).fetchOne().value1()).isEqualByComparingTo(
                BigDecimal.valueOf(remaining));
        assertThat(dsl.fetchCount(c.perType, c.eventCount.le(0L))).isZero();
        assertThat(dsl.fetchCount(c.perSession, c.eventCount.le(0L))).isZero();
    }
}
