package io.eventinspector.bench;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What migration V7's widened {@code idx_events_session_type} (session_id, type, timestamp) costs and gains
 * against the spec's (session_id, type), in one JVM on two SQLite stores that differ only in that index (the
 * "spec" store gets the narrow index back after migrating). Every measurement alternates between the two, so a
 * shared machine's load hits both alike: import (10k-event appends, as the importer commits), payload search
 * pages, and the page for one type in one session (the desktop's slow filter change). CPU time of the importing
 * thread is reported too.
 * <pre>
 * mvn -B -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=io.eventinspector.bench.SessionTypeIndexBenchmark -Dexec.args=1000000
 * </pre>
 */
public final class SessionTypeIndexBenchmark {
    private static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"), "event-inspector-index-ab");
    private static final int BATCH = 10_000;
    private static final int RUNS = 40;

    private SessionTypeIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        SearchBenchData data = new SearchBenchData(total);
        Files.createDirectories(FOLDER);
        for (String name : List.of("spec", "widened")) {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(FOLDER.resolve(name + ".db" + suffix));
            }
        }
        try (Database spec = Database.open(StoreUrl.sqlite(FOLDER.resolve("spec.db")));
             Database widened = Database.open(StoreUrl.sqlite(FOLDER.resolve("widened.db")))) {
            spec.dsl().execute("DROP INDEX idx_events_session_type");
            spec.dsl().execute("CREATE INDEX idx_events_session_type ON events (session_id, type)");
            EventStore[] stores = {spec.events(), widened.events()};
            long[] nanos = new long[2];
            long[] cpu = new long[2];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int from = 0, round = 0; from < total; from += BATCH, round++) {
                List<Event> batch = data.slice(from, Math.min(total, from + BATCH));
                for (int i = 0; i < 2; i++) {
                    int which = (round + i) % 2;
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    stores[which].append(batch);
                    nanos[which] += System.nanoTime() - start;
                    cpu[which] += threads.getCurrentThreadCpuTime() - cpuStart;
                }
            }
            System.out.printf("%,d events, batches of %,d, alternating%n", total, BATCH);
            System.out.printf("import  spec (session_id, type):            %,8.0f events/s, thread CPU %5.1f s%n",
                    total / (nanos[0] / 1e9), cpu[0] / 1e9);
            System.out.printf("import  widened (session_id, type, time):   %,8.0f events/s, thread CPU %5.1f s"
                    + "  (%.1f%% of spec)%n", total / (nanos[1] / 1e9), cpu[1] / 1e9, 100.0 * nanos[0] / nanos[1]);
            System.out.printf("file    spec %,d MB, widened %,d MB%n", FOLDER.resolve("spec.db").toFile().length() >> 20,
                    FOLDER.resolve("widened.db").toFile().length() >> 20);
            compare("search rare word", stores, EventQuery.builder().text(SearchBenchData.RARE_WORD).limit(100).build());
            compare("search common word + type", stores, EventQuery.builder().text(SearchBenchData.COMMON_WORD)
                    .type("message.sent").limit(100).build());
            compare("search absent word", stores, EventQuery.builder().text(SearchBenchData.ABSENT_WORD).limit(100)
                    .build());
            compare("page: one type, one session", stores, EventQuery.builder().sessionId("session-07")
                    .type("message.read").limit(200).build());
            compare("page: one type", stores, EventQuery.builder().type("message.read").limit(200).build());
            compare("page: one session", stores, EventQuery.builder().sessionId("session-07").limit(200).build());
        }
    }

    /** p50/p95 of the query's page on both stores, run in turns after 3 warm-up runs each. */
    private static void compare(String name, EventStore[] stores, EventQuery query) throws Exception {
        double[][] millis = new double[2][RUNS];
        for (int i = 0; i < 3; i++) {
            stores[0].query(query);
            stores[1].query(query);
        }
        for (int i = 0; i < RUNS; i++) {
            for (int j = 0; j < 2; j++) {
                int which = (i + j) % 2;
                millis[which][i] = millis(() -> stores[which].query(query).events().size());
            }
        }
        System.out.printf("%-28s spec p50 %7.2f ms p95 %7.2f ms | widened p50 %7.2f ms p95 %7.2f ms%n", name,
                percentile(millis[0], 0.5), percentile(millis[0], 0.95), percentile(millis[1], 0.5),
                percentile(millis[1], 0.95));
    }

    private static double millis(Callable<Integer> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * p) - 1];
    }
}
