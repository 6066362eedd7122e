package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SearchIndexerTest {
    private final MutableClock clock = new MutableClock("2026-02-03T10:00:00Z");

    @Test
    void aRunIsDueOnceAppendsHaveBeenQuietOrAtTheLatestAfterTheMaximumDelay() {
        SearchIndexer indexer = new SearchIndexer(limit -> 0, clock);
        Instant opened = clock.instant();
        assertThat(indexer.untilDue(opened)).as("a store just opened may hold a backlog").contains(SearchIndexer.QUIET);

        clock.set("2026-02-03T10:00:00.500Z");
        indexer.appended();
        assertThat(indexer.untilDue(clock.instant())).contains(SearchIndexer.QUIET);
        assertThat(indexer.untilDue(Instant.parse("2026-02-03T10:00:01.500Z"))).contains(Duration.ZERO);

        for (int millis = 1_000; millis <= 29_500; millis += 500) {
            clock.set(opened.plusMillis(millis).toString());
            indexer.appended();
        }
        assertThat(indexer.untilDue(clock.instant())).as("never quiet: due 30 s after the first append")
                .contains(Duration.ofMillis(500));
    }

    @Test
    void indexNowTakesChunksUntilTheBacklogIsEmpty() {
        List<Integer> limits = new ArrayList<>();
        int[] answers = {SearchIndexer.CHUNK, SearchIndexer.CHUNK, 5};
        SearchIndexer indexer = new SearchIndexer(limit -> {
            limits.add(limit);
            return answers[limits.size() - 1];
        }, clock);

        assertThat(indexer.indexNow()).isEqualTo(2L * SearchIndexer.CHUNK + 5);
        assertThat(limits).containsOnly(SearchIndexer.CHUNK).hasSize(3);
    }

    @Test
    void theBackgroundThreadIndexesAfterAnAppendAndStopsWhenClosed() throws Exception {
        Semaphore runs = new Semaphore(0);
        SearchIndexer indexer = new SearchIndexer(limit -> {
            runs.release();
            return 0;
        }, Clock.systemUTC());
        indexer.start();
        try {
            assertThat(runs.tryAcquire(20, TimeUnit.SECONDS)).as("the backlog of a store just opened").isTrue();
            indexer.appended();
            assertThat(runs.tryAcquire(20, TimeUnit.SECONDS)).as("after an append went quiet").isTrue();
        } finally {
            indexer.close();
        }
        indexer.appended();
        assertThat(runs.tryAcquire(SearchIndexer.QUIET.toMillis() * 3, TimeUnit.MILLISECONDS))
                .as("no run after close").isFalse();
    }
}
