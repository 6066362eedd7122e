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
import java.util.Random;
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
     * Writers whose appends span the same hours in different orders, several INSERT statements each (over 1,000
     * rows), while a retention run deletes the oldest hours: none may fail (a deadlock would abort one) and the
     * counts must come out exact.
     */
    @Test
    void concurrentAppendsAndDeletesNeitherDeadlockNorMiscount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        CyclicBarrier start = new CyclicBarrier(WRITERS + 1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                List<Event> events = events(w * 10_000, 7_500, w * 7L, 5);
                Collections.shuffle(events, new Random(w));
                work.add(pool.submit(() -> {
                    start.await();
                    for (int from = 0; from < events.size(); from += 2_500) {
                        store.append(events.subList(from, from + 2_500));
                    }
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
