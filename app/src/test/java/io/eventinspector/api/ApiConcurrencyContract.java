package io.eventinspector.api;

import static io.eventinspector.api.ApiHarness.READ_KEY;
import static io.eventinspector.api.ApiHarness.WRITE_KEY;
import static io.eventinspector.api.ApiHarness.ids;
import static io.eventinspector.api.ApiHarness.json;
import static io.eventinspector.api.ApiHarness.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.api.ApiHarness.Answer;
import io.eventinspector.event.Timestamps;
import io.eventinspector.store.Database;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Four writers ingesting over HTTP, four readers paging over HTTP and a retention cleanup, all at once. After
 * they finish every ingested event inside the retention window is stored exactly once.
 */
abstract class ApiConcurrencyContract {
    private static final int WRITERS = 4;
    private static final int READERS = 4;
    private static final int BATCHES_PER_WRITER = 10;
    private static final int EVENTS_PER_BATCH = 50;
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant CUTOFF = NOW.minus(1, ChronoUnit.DAYS);

    protected abstract Database open();

    @Test
    void writersReadersAndCleanupTogetherKeepEveryEventInsideTheWindowExactlyOnce() throws Exception {
        try (ApiHarness api = ApiHarness.withKeys(open())) {
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS + 1);
            AtomicBoolean writing = new AtomicBoolean(true);
            Map<String, Boolean> ingested = new ConcurrentHashMap<>();
            Semaphore batchesStored = new Semaphore(0);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.add(pool.submit(() -> write(api, writer, ingested, batchesStored)));
                }
                List<Future<Integer>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    readers.add(pool.submit(() -> readWhile(api, writing)));
                }
                Future<Long> cleanup = pool.submit(cleanWhile(api, writing, batchesStored));
                for (Future<?> writer : writers) {
                    writer.get(120, TimeUnit.SECONDS);
                }
                writing.set(false);
                for (Future<Integer> reader : readers) {
                    assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
                }
                cleanup.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }

            List<String> expected = ingested.entrySet().stream().filter(Map.Entry::getValue)
                    .map(Map.Entry::getKey).sorted().toList();
            List<String> stored = pageAll(api).stream()
                    .filter(id -> ingested.getOrDefault(id, false)).sorted().toList();
            assertThat(expected).hasSize(WRITERS * BATCHES_PER_WRITER * EVENTS_PER_BATCH / 2);
            assertThat(stored).isEqualTo(expected);
        }
    }

    /** Sends batches in which every other event is older than the retention window. */
    private static Void write(ApiHarness api, int writer, Map<String, Boolean> ingested, Semaphore batchesStored) {
        for (int batch = 0; batch < BATCHES_PER_WRITER; batch++) {
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < EVENTS_PER_BATCH; i++) {
                boolean inWindow = i % 2 == 0;
                String id = "w" + writer + ".b" + batch + ".e" + i;
                Instant at = inWindow ? NOW.minusSeconds(writer * 1000L + batch * 50L + i)
                        : CUTOFF.minus(1, ChronoUnit.HOURS).minusSeconds(i);
                body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id)
                        .append("\",\"type\":\"message.sent\",\"session_id\":\"writer-").append(writer)
                        .append("\",\"data\":{\"i\":").append(i).append("},\"timestamp\":\"")
                        .append(Timestamps.format(at)).append("\"}");
                ingested.put(id, inWindow);
            }
            Answer answer = api.post("/api/events", body.append(']').toString(), json(WRITE_KEY));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.data().get("accepted").asLong()).isEqualTo(EVENTS_PER_BATCH);
            batchesStored.release();
        }
        return null;
    }

    /** Pages through the whole store with cursors until the writers are done; returns the pages read. */
    private static int readWhile(ApiHarness api, AtomicBoolean writing) {
        int pages = 0;
        do {
            String cursor = null;
            do {
                Answer page = api.get("/api/events?limit=100" + (cursor == null ? "" : "&cursor=" + cursor),
                        key(READ_KEY));
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                List<String> timestamps = new ArrayList<>();
                page.data().get("events").forEach(event -> timestamps.add(event.get("timestamp").asText()));
                List<String> newestFirst = new ArrayList<>(timestamps);
                newestFirst.sort(Collections.reverseOrder());
                assertThat(timestamps).isEqualTo(newestFirst);
                pages++;
                cursor = page.data().get("next_cursor").isNull() ? null : page.data().get("next_cursor").asText();
            } while (cursor != null);
        } while (writing.get());
        return pages;
    }

    /**
     * Cleans up after every stored batch while the writers run: as often as a real store would ever see, without
     * a tight loop that holds SQLite's single write lock nearly all the time and starves the writers.
     */
    private static Callable<Long> cleanWhile(ApiHarness api, AtomicBoolean writing, Semaphore batchesStored) {
        return () -> {
            long deleted = 0;
            while (writing.get()) {
                if (batchesStored.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    deleted += api.services().events().deleteOlderThan(CUTOFF);
                }
            }
            return deleted;
        };
    }

    private static List<String> pageAll(ApiHarness api) {
        List<String> all = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String cursor = null;
        do {
            Answer page = api.get("/api/events?limit=1000" + (cursor == null ? "" : "&cursor=" + cursor),
                    key(READ_KEY));
            ids(page).forEach(id -> seen.merge(id, 1, Integer::sum));
            all.addAll(ids(page));
            cursor = page.data().get("next_cursor").isNull() ? null : page.data().get("next_cursor").asText();
        } while (cursor != null);
        assertThat(seen.values()).allMatch(count -> count == 1);
        return all;
    }
}
