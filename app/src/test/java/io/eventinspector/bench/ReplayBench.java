package io.eventinspector.bench;

import com.sun.net.httpserver.HttpServer;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.replay.JooqReplayHistory;
import io.eventinspector.replay.ReplayControl;
import io.eventinspector.replay.ReplayInitiator;
import io.eventinspector.replay.ReplayRequest;
import io.eventinspector.replay.ReplayResult;
import io.eventinspector.replay.ReplayService;
import io.eventinspector.replay.ReplaySettings;
import io.eventinspector.replay.SignatureStyle;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * 1000 events replayed with Standard Webhooks signing to a receiver on loopback, end to end (select from
 * SQLite, sign, POST, record every attempt in the history). The baseline, in the same run: the same 1000
 * bodies POSTed unsigned by a bare HttpClient loop, i.e. what the receiver and loopback alone cost.
 *
 * <p>{@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=io.eventinspector.bench.ReplayBench}
 */
public final class ReplayBench {
    private static final int EVENTS = 1000;
    private static final int RUNS = 7;

    private ReplayBench() {
    }

    public static void main(String[] args) throws Exception {
        AtomicLong received = new AtomicLong();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        var receiverThreads = Executors.newFixedThreadPool(2);
        receiver.setExecutor(receiverThreads);
        receiver.start();
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        Path folder = Files.createTempDirectory("replay-bench");
        try (Database database = Database.open(StoreUrl.sqlite(folder.resolve("events.db")))) {
            List<Event> events = events();
            database.events().append(events);
            ReplaySettings settings = ReplaySettings.defaults(Optional.of(url))
                    .withSigning("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", SignatureStyle.STANDARD);
            ReplayService service = ReplayService.create(database.events(), new JooqReplayHistory(database),
                    settings, Clock.systemUTC());
            ReplayRequest request = ReplayRequest.of("bench-session", null, null, null, false, null);
            HttpClient bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<byte[]> bodies = events.stream().map(e -> EventJson.toJson(e).getBytes(StandardCharsets.UTF_8))
                    .toList();

            List<Long> replayMs = new ArrayList<>();
            List<Long> baselineMs = new ArrayList<>();
            List<Long> replayCpuMs = new ArrayList<>();
            List<Long> baselineCpuMs = new ArrayList<>();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int run = 0; run <= RUNS; run++) {
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                for (byte[] body : bodies) {
                    bare.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                long baseline = (System.nanoTime() - start) / 1_000_000;
                long baselineCpu = (os.getProcessCpuTime() - cpu) / 1_000_000;
                cpu = os.getProcessCpuTime();
                start = System.nanoTime();
                ReplayResult result = service.replay(request, ReplayInitiator.cli(), ReplayControl.none());
                long replay = (System.nanoTime() - start) / 1_000_000;
                long replayCpu = (os.getProcessCpuTime() - cpu) / 1_000_000;
                if (result.eventsReplayed() != EVENTS) {
                    throw new IllegalStateException("expected " + EVENTS + " replayed: " + result.message());
                }
                if (run > 0) {
                    // Run 0 warms up the JIT, the connection and SQLite's cache.
                    baselineMs.add(baseline);
                    replayMs.add(replay);
                    baselineCpuMs.add(baselineCpu);
                    replayCpuMs.add(replayCpu);
                }
            }
            System.out.printf("replay of %d signed events, %d runs: median %d ms, min %d ms, max %d ms%n", EVENTS,
                    RUNS, median(replayMs), Collections.min(replayMs), Collections.max(replayMs));
            System.out.printf("baseline (bare HttpClient, unsigned, no store): median %d ms, min %d ms, max %d ms%n",
                    median(baselineMs), Collections.min(baselineMs), Collections.max(baselineMs));
            // CPU time of the whole process (sender, receiver, SQLite) is what a quiet machine would need at most.
            System.out.printf("process CPU per run: replay median %d ms, baseline median %d ms%n",
                    median(replayCpuMs), median(baselineCpuMs));
            System.out.printf("requests received: %d%n", received.get());
        } finally {
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    /** Realistic gateway events: a message payload of about 400 bytes each, one second apart. */
    private static List<Event> events() {
        Instant base = Instant.parse("2026-02-03T10:00:00Z");
        return IntStream.range(0, EVENTS).mapToObj(i -> new Event(String.format("evt_bench_%05d", i),
                i % 2 == 0 ? "message.sent" : "message.delivered", "bench-session",
                "{\"message_id\":\"wamid.HBgMNDkxNzYxMjM0NTY3FQIAERgSM0E" + i + "\",\"from\":\"4917612345678@s.whatsapp.net\","
                        + "\"to\":\"4915112345678@s.whatsapp.net\",\"type\":\"text\",\"text\":{\"body\":\"Hello, this "
                        + "is message number " + i + " of the replay benchmark with some realistic length\"},"
                        + "\"status\":\"sent\",\"push_name\":\"Support Bench\",\"is_group\":false,"
                        + "\"timestamp\":" + (1770112800L + i) + ",\"metadata\":{\"retry\":0,\"device\":\"web\"}}",
                base.plusSeconds(i))).toList();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
