package io.eventinspector.api;

import static io.eventinspector.api.ApiHarness.READ_KEY;
import static io.eventinspector.api.ApiHarness.WRITE_KEY;
import static io.eventinspector.api.ApiHarness.json;
import static io.eventinspector.api.ApiHarness.key;
import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.api.ApiHarness.Answer;
import io.eventinspector.event.Event;
import io.eventinspector.testing.TestDatabases;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, points 5 and 17: clients that read or send slowly (or not at all) neither take the server down nor
 * hold a thread or a database connection for longer than the documented limits.
 */
class ApiSlowClientTest {
    /** Far more than the socket buffers of both ends hold, so a reader that stops stalls the export. */
    private static final int EVENTS = 12_000;

    @TempDir
    Path folder;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private ApiHarness server(ApiOptions options) {
        ApiHarness api = new ApiHarness(TestDatabases.sqlite(folder), Map.of("WHATSAPP_API_KEYS_MAP",
                ApiHarness.KEYS_MAP), true, options);
        opened.add(api);
        return api;
    }

    private static void seed(ApiHarness api) {
        String payload = "{\"body\":\"" + "x".repeat(1000) + "\"}";
        List<Event> events = new ArrayList<>(EVENTS);
        Instant start = Instant.parse("2026-02-01T00:00:00Z");
        for (int i = 0; i < EVENTS; i++) {
            events.add(event("evt_" + i, "message.sent", "s1", start.plusSeconds(i).toString(), payload));
        }
        api.services().events().append(events);
    }

    /** An export request whose client then reads nothing. */
    private RawHttp stalledExport(ApiHarness api) {
        RawHttp reader = RawHttp.connect(api.port(), 4096);
        opened.add(reader);
        reader.write("GET /api/events/export HTTP/1.1\r\nHost: 127.0.0.1:" + api.port() + "\r\nX-API-Key: "
                + READ_KEY + "\r\n\r\n");
        return reader;
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> done, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        T last = probe.get();
        while (!done.test(last) && System.nanoTime() < end) {
            last = probe.get();
        }
        return last;
    }

    private static Answer export(ApiHarness api) {
        return api.get("/api/events/export?session_id=s1", key(READ_KEY));
    }

    @Test
    void stalledExportReadersLeaveListsIngestsAndReadyAnswering() {
        ApiHarness api = server(ApiOptions.defaults());
        seed(api);
        // As many stalled readers as SQLite has pooled connections: before, they held all of them.
        for (int i = 0; i < 4; i++) {
            stalledExport(api);
        }

        Answer refused = await(() -> export(api), answer -> answer.status() == 429, Duration.ofSeconds(30));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("TOO_MANY_EXPORTS");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(refused.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(api.get("/ready").status()).isEqualTo(200);
        assertThat(api.get("/api/events?limit=5", key(READ_KEY)).status()).isEqualTo(200);
        assertThat(api.get("/api/events/stats", key(READ_KEY)).status()).isEqualTo(200);
        assertThat(api.post("/api/events", """
                {"type":"message.sent","session_id":"s2","timestamp":"2026-03-01T00:00:00Z"}""",
                json(WRITE_KEY)).status()).isEqualTo(200);
    }

    @Test
    void aStalledExportReaderIsCutOffByTheIdleTimeoutAndItsSlotFreed() {
        Duration idle = Duration.ofSeconds(2);
        ApiHarness api = server(ApiOptions.defaults().withIdleTimeout(idle).withMaxConcurrentExports(1));
        seed(api);
        stalledExport(api);
        Answer busy = await(() -> export(api), answer -> answer.status() == 429, Duration.ofSeconds(30));
        assertThat(busy.status()).isEqualTo(429);
        long stalled = System.nanoTime();

        Answer freed = await(() -> export(api), answer -> answer.status() == 200, Duration.ofSeconds(30));

        long heldMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stalled);
        System.out.println("a stalled export reader held its slot for " + heldMillis + " ms after the export "
                + "stalled, idle timeout " + idle.toMillis() + " ms");
        assertThat(freed.status()).isEqualTo(200);
        assertThat(freed.body().lines().count()).isEqualTo(EVENTS);
        assertThat(heldMillis).isLessThan(idle.toMillis() + 5_000);
    }

    @Test
    void aTrickledBodyIsCutOffInsteadOfHoldingAThread() {
        ApiHarness api = server(ApiOptions.defaults());
        RawHttp sender = RawHttp.connect(api.port());
        opened.add(sender);
        sender.write("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + api.port() + "\r\nX-API-Key: " + WRITE_KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[");
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        opened.add(trickle::shutdownNow);
        // The hostile client: one byte every 100 ms, never a pause long enough for an idle timeout.
        trickle.scheduleAtFixedRate(() -> {
            try {
                sender.write(" ");
            } catch (UncheckedIOException e) {
                trickle.shutdown(); // the server hung up, as it should
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();

        RawHttp.Response answer = sender.response(Duration.ofSeconds(20));

        long cutMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.println("a body trickled at 10 B/s was cut off after " + cutMillis + " ms: " + answer);
        assertThat(answer).as("the server answered or hung up within 20 s").isNotNull();
        if (answer.status() != 0) {
            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("Idle timeout");
        }
        assertThat(api.get("/health").status()).isEqualTo(200);
    }

    @Test
    void aBodyThatStopsArrivingIsCutOffByTheIdleTimeout() {
        Duration idle = Duration.ofSeconds(2);
        ApiHarness api = server(ApiOptions.defaults().withIdleTimeout(idle));
        RawHttp sender = RawHttp.connect(api.port());
        opened.add(sender);
        sender.write("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + api.port() + "\r\nX-API-Key: " + WRITE_KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n[{\"type\":");
        long start = System.nanoTime();

        RawHttp.Response answer = sender.response(Duration.ofSeconds(10));

        long cutMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.println("a body that stopped arriving was cut off after " + cutMillis + " ms");
        assertThat(answer).as("the server answered or hung up within 10 s").isNotNull();
        if (answer.status() != 0) {
            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.errorCode()).isEqualTo("REQUEST_TIMEOUT");
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("Idle timeout");
        }
    }
}
