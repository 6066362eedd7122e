package io.eventinspector.bench;

import io.eventinspector.Services;
import io.eventinspector.api.ApiKeys;
import io.eventinspector.api.ApiServer;
import io.eventinspector.api.Role;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventIds;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Timestamps;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreUrl;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;

/**
 * Load on the HTTP API over loopback, with the store called directly as the raw baseline in the same run:
 * {@code GET /api/events?session_id=…} at 32 concurrent connections (requests/s, p50, p99) and
 * {@code POST /api/events} with batches of 500 (events/s). Fills the store to the wanted size first. The GET load
 * comes from wrk (Debian's package) when it is installed, else from Java's HttpClient in this JVM.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=io.eventinspector.bench.ApiBenchmark \
 *   -Dexec.args="STORE_URL EVENTS SECONDS"</pre>
 */
public final class ApiBenchmark {
    private static final int SESSIONS = 50;
    private static final int CONNECTIONS = 32;
    private static final int INGEST_CLIENTS = 4;
    private static final int INGEST_BATCH = 500;
    private static final String KEY = "bench-admin-key";
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    /** Part of every ingested id, so that a second run on the same store inserts instead of finding duplicates. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        StoreUrl url = StoreUrl.parse(args[0], Optional.empty(), Optional.empty());
        long events = Long.parseLong(args[1]);
        Duration measure = Duration.ofSeconds(Long.parseLong(args[2]));
        try (Database database = Database.open(url)) {
            fill(database.events(), events);
            Services services = new Services(new AppConfig(new Env(Map.of())), database, Clock.systemUTC());
            ApiServer server = new ApiServer(services, Optional.of(ApiKeys.of(List.of(new ApiKeys.Key(KEY,
                    Role.ADMIN))))).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + server.port();
                System.out.printf("store %s, %d events, %d sessions%n", url.redacted(), events, SESSIONS);
                // Every session of the store: the ones fill() made, or a demo store's (`generate`).
                List<String> sessions = database.dsl().selectDistinct(DSL.field(DSL.name("session_id"), String.class))
                        .from(DSL.table(DSL.name("events"))).fetch(0, String.class);
                queries(base, database.events(), sessions, measure);
                ingest(base, database.events(), measure);
            } finally {
                server.stop();
            }
        }
        System.exit(0);
    }

    private static void fill(EventStore store, long wanted) {
        long have = store.count(EventQuery.all());
        long spacingMillis = Duration.ofDays(30).toMillis() / Math.max(1, wanted);
        Random random = new Random(42);
        List<Event> batch = new ArrayList<>(10_000);
        for (long i = have; i < wanted; i++) {
            Instant at = START.plusMillis(i * spacingMillis);
            byte[] entropy = new byte[10];
            random.nextBytes(entropy);
            batch.add(new Event(EventIds.format(at.toEpochMilli(), entropy), "message.received",
                    session(i), "{\"from\":\"4915112345" + (i % 1000) + "\",\"body\":\"hello "
                    + i + "\"}", at));
            if (batch.size() == 10_000) {
                store.append(batch);
                batch.clear();
            }
        }
        store.append(batch);
    }

    private static void queries(String base, EventStore store, List<String> sessions, Duration measure)
            throws Exception {
        Duration warmUp = measure.dividedBy(2); // JIT, pool and page cache
        if (wrkInstalled()) {
            wrk(base, sessions, warmUp);
            System.out.printf("GET /api/events?session_id=… x%d (wrk, %d sessions):%n%s", CONNECTIONS,
                    sessions.size(), wrk(base, sessions, measure));
        } else {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Call get = () -> {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/events?session_id=" + sessions.get(ThreadLocalRandom.current()
                        .nextInt(sessions.size())))).header("X-API-Key", KEY).build(),
                        HttpResponse.BodyHandlers.discarding());
                check(response.statusCode());
            };
            run(CONNECTIONS, warmUp, get);
            System.out.printf("GET /api/events?session_id=… x%d (Java HttpClient; install wrk for a load"
                    + " generator that costs less CPU): %s%n", CONNECTIONS, run(CONNECTIONS, measure, get));
        }
        Load raw = run(CONNECTIONS, measure, () -> {
            EventQuery query = EventQuery.builder()
                    .sessionId(sessions.get(ThreadLocalRandom.current().nextInt(sessions.size()))).build();
            store.query(query);
            store.count(query);
        });
        System.out.printf("  baseline store.query+count x%d: %s%n", CONNECTIONS, raw);
    }

    private static boolean wrkInstalled() throws InterruptedException {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs wrk (a separate process, so the load generator's CPU is not the server's) and returns its report. */
    private static String wrk(String base, List<String> sessions, Duration duration) throws Exception {
        Path script = Files.createTempFile("api-get", ".lua");
        try {
            Files.writeString(script, "local sessions = {" + sessions.stream().map(id -> "\"" + id + "\"")
                    .collect(Collectors.joining(",")) + "}\n"
                    + "request = function()\n"
                    + "  return wrk.format(\"GET\", \"/api/events?session_id=\" .. sessions[math.random(#sessions)],"
                    + " {[\"X-API-Key\"] = \"" + KEY + "\"})\n"
                    + "end\n");
            Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + CONNECTIONS, "-d" + duration.toSeconds() + "s",
                    "--latency", "-s", script.toString(), base).redirectErrorStream(true).start();
            String report = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0 || report.contains("Non-2xx")) {
                throw new IllegalStateException("wrk failed:\n" + report);
            }
            return report;
        } finally {
            Files.delete(script);
        }
    }

    private static void ingest(String base, EventStore store, Duration measure) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong sequence = new AtomicLong();
        Load http = run(INGEST_CLIENTS, measure, () -> {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/events"))
                    .header("X-API-Key", KEY).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(ndjsonBatch(sequence))).build(),
                    HttpResponse.BodyHandlers.ofString());
            check(response.statusCode());
        });
        Load raw = run(INGEST_CLIENTS, measure, () -> store.append(batch(sequence)));
        System.out.printf("POST /api/events (NDJSON, %d events per request) x%d: %.0f events/s, %s%n",
                INGEST_BATCH, INGEST_CLIENTS, http.perSecond() * INGEST_BATCH, http);
        System.out.printf("  baseline store.append(%d) x%d: %.0f events/s%n", INGEST_BATCH, INGEST_CLIENTS,
                raw.perSecond() * INGEST_BATCH);
    }

    private static List<Event> batch(AtomicLong sequence) {
        List<Event> events = new ArrayList<>(INGEST_BATCH);
        Instant now = Instant.now();
        for (int i = 0; i < INGEST_BATCH; i++) {
            long n = sequence.incrementAndGet();
            events.add(new Event("bench_" + RUN + "_" + n, "message.sent", session(n),
                    "{\"to\":\"4915112345\",\"body\":\"reply " + n + "\"}", now));
        }
        return events;
    }

    private static String ndjsonBatch(AtomicLong sequence) {
        StringBuilder body = new StringBuilder(INGEST_BATCH * 160);
        String now = Timestamps.format(Instant.now());
        for (int i = 0; i < INGEST_BATCH; i++) {
            long n = sequence.incrementAndGet();
            body.append("{\"id\":\"bench_").append(RUN).append('_').append(n)
                    .append("\",\"type\":\"message.sent\",\"session_id\":\"").append(session(n))
                    .append("\",\"data\":{\"to\":\"4915112345\",\"body\":\"reply ").append(n)
                    .append("\"},\"timestamp\":\"").append(now).append("\"}\n");
        }
        return body.toString();
    }

    /** {@code session-00} … {@code session-49}. */
    private static String session(long n) {
        return String.format("session-%02d", n % SESSIONS);
    }

    private static void check(int status) {
        if (status != 200) {
            throw new IllegalStateException("HTTP " + status);
        }
    }

    interface Call {
        void run() throws Exception;
    }

    /** Throughput and latency percentiles of a closed-loop run. */
    record Load(long calls, Duration elapsed, long p50Nanos, long p99Nanos) {
        double perSecond() {
            return calls / (elapsed.toNanos() / 1e9);
        }

        @Override
        public String toString() {
            return String.format("%.0f req/s, p50 %.1f ms, p99 %.1f ms (%d calls in %ds)", perSecond(),
                    p50Nanos / 1e6, p99Nanos / 1e6, calls, elapsed.toSeconds());
        }
    }

    /** {@code threads} callers in a closed loop for {@code duration}, each timing every call. */
    private static Load run(int threads, Duration duration, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    call.run();
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - before;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Load(merged.length, elapsed, percentile(merged, 0.50), percentile(merged, 0.99));
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
