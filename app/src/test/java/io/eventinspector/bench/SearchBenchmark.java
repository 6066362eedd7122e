package io.eventinspector.bench;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.export.EventExporter;
import io.eventinspector.export.ExportFormat;
import io.eventinspector.store.BucketSize;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreKind;
import io.eventinspector.store.StoreUrl;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import io.eventinspector.store.DirectHistograms;

/**
 * Payload search, histogram and export on N events (default 1M), compared with raw SQL in the same run.
 * <pre>
 * mvn -B -o -q test-compile exec:java -Dexec.mainClass=io.eventinspector.bench.SearchBenchmark \
 *     -Dexec.args="load sqlite 1000000"       # import with and without the index, then search and histogram
 * MAVEN_OPTS=-Xmx128m mvn -B -o -q exec:java -Dexec.mainClass=io.eventinspector.bench.SearchBenchmark \
 *     -Dexec.args="export sqlite"             # export every event of the loaded store to nowhere
 * mvn … -Dexec.args="search sqlite"            # search, histogram and suggestions again on the loaded store
 * </pre>
 * {@code postgres} instead of {@code sqlite} uses schemas of the local test server (EVENT_INSPECTOR_TEST_PG_URL).
 */
public final class SearchBenchmark {
    private static final Path SQLITE_FOLDER = Path.of(System.getProperty("java.io.tmpdir"), "event-inspector-bench");
    private static final int BATCH = 10_000;
    private static final int RUNS = 20;
    /** Fewer runs for the slow month-wide histograms: p95 of 10 is their slowest run. */
    private static final int SLOW_RUNS = 10;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        StoreKind kind = args[1].startsWith("s") ? StoreKind.SQLITE : StoreKind.POSTGRESQL;
        if (mode.equals("export")) {
            export(kind);
        } else if (mode.equals("search")) {
            try (Database database = Database.open(url(kind, "indexed"))) {
                search(database, database.events(), true);
                histogram(database);
                suggestions(database.events());
            }
        } else {
            load(kind, args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000);
        }
    }

    private static void load(StoreKind kind, int total) throws Exception {
        SearchBenchData data = new SearchBenchData(total);
        System.out.printf("%s, %,d events%n", kind.displayName(), total);
        reset(kind, "noindex");
        reset(kind, "indexed");
        try (Database plain = Database.open(url(kind, "noindex"));
             Database indexed = Database.open(url(kind, "indexed"))) {
            // Indexing is timed on its own below; in production it starts once the import has gone quiet.
            indexed.stopSearchIndexer();
            double[] rates = importRates(kind, data, plain, indexed);
            System.out.printf("import without index  %,10.0f events/s%n", rates[0]);
            System.out.printf("import with index     %,10.0f events/s  (%.0f%% of without)%n", rates[1],
                    100 * rates[1] / rates[0]);
            EventStore store = indexed.events();
            if (kind == StoreKind.POSTGRESQL) {
                indexed.dsl().execute("ANALYZE events");
                System.out.println("searches before the indexer ran (every event pending):");
                search(indexed, store, false);
                long start = System.nanoTime();
                long moved = indexed.indexPendingSearchNow();
                System.out.printf("indexer caught up: %,d events in %.1f s (%,.0f events/s)%n", moved,
                        (System.nanoTime() - start) / 1e9, moved / ((System.nanoTime() - start) / 1e9));
                indexed.dsl().execute("ANALYZE");
            }
            System.out.println("size " + size(indexed));
            search(indexed, store, true);
            histogram(indexed);
            suggestions(store);
        }
    }

    /**
     * Imports every event in batches of 10k (what the importer commits) into a store without the index and one
     * with it, alternating batch by batch so the load of a shared machine hits both alike. Returns events per
     * second without and with the index. Without the index: on PostgreSQL the store with its pending-marking
     * trigger dropped; on SQLite, where the store's append itself indexes, the same prepared INSERT bound per
     * event in one IMMEDIATE transaction over plain JDBC (no jOOQ either, so the ratio is if anything understated).
     */
    private static double[] importRates(StoreKind kind, SearchBenchData data, Database plain, Database indexed)
            throws Exception {
        if (kind == StoreKind.POSTGRESQL) {
            plain.dsl().execute("DROP TRIGGER events_search_after_insert ON events");
        }
        long[] nanos = new long[2];
        EventStore plainStore = plain.events();
        EventStore indexedStore = indexed.events();
        for (int from = 0, round = 0; from < data.total(); from += BATCH, round++) {
            var batch = data.slice(from, Math.min(data.total(), from + BATCH));
            for (int i = 0; i < 2; i++) {
                int which = (round + i) % 2;
                long start = System.nanoTime();
                if (which == 1) {
                    indexedStore.append(batch);
                } else if (kind == StoreKind.POSTGRESQL) {
                    plainStore.append(batch);
                } else {
                    rawSqliteAppend(plain, batch);
                }
                nanos[which] += System.nanoTime() - start;
            }
        }
        return new double[] {data.total() / (nanos[0] / 1e9), data.total() / (nanos[1] / 1e9)};
    }

    private static void rawSqliteAppend(Database database, List<Event> batch) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO events (id, type, session_id,"
                     + " data, timestamp, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            connection.setAutoCommit(false);
            long now = System.currentTimeMillis();
            for (Event event : batch) {
                insert.setString(1, event.id());
                insert.setString(2, event.type());
                insert.setString(3, event.sessionId());
                insert.setString(4, event.dataJson());
                insert.setLong(5, event.timestamp().toEpochMilli());
                insert.setLong(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    private static void search(Database database, EventStore store, boolean withRaw) throws Exception {
        String like = database.kind() == StoreKind.SQLITE ? "data LIKE ?" : "data::text LIKE ?";
        String rawSql = "SELECT id, type, session_id, data, timestamp FROM events WHERE %s " + like
                + " ORDER BY timestamp DESC, id DESC LIMIT 101";
        record Case(String name, String word, String type) {
        }
        for (Case c : List.of(new Case("rare word", SearchBenchData.RARE_WORD, null),
                new Case("common word + type", SearchBenchData.COMMON_WORD, "message.sent"),
                new Case("absent word", SearchBenchData.ABSENT_WORD, null))) {
            EventQuery query = EventQuery.builder().text(c.word()).type(c.type()).limit(100).build();
            int found = store.query(query).events().size();
            double[] indexed = time(withRaw ? RUNS : SLOW_RUNS, () -> store.query(query).events().size());
            if (!withRaw) {
                System.out.printf("search %-20s %3d hits  p50 %8.2f ms  p95 %8.2f ms%n", c.name(), found, indexed[0],
                        indexed[1]);
                continue;
            }
            String sql = String.format(rawSql, c.type() == null ? "" : "type = ? AND ");
            double[] raw = time(() -> rawLike(database, sql, c.word(), c.type()));
            System.out.printf("search %-20s %3d hits  p50 %8.2f ms  p95 %8.2f ms   | raw LIKE p50 %8.2f ms  "
                    + "p95 %8.2f ms%n", c.name(), found, indexed[0], indexed[1], raw[0], raw[1]);
        }
    }

    private static String size(Database database) throws SQLException {
        if (database.kind() == StoreKind.SQLITE) {
            return String.format("%,d MB file (%,d MB without the index)",
                    database.url().file().orElseThrow().toFile().length() >> 20,
                    SQLITE_FOLDER.resolve("noindex.db").toFile().length() >> 20);
        }
        return database.dsl().fetchValue("SELECT 'table ' || pg_size_pretty(pg_table_size('events')) || ', words"
                + " table ' || pg_size_pretty(pg_table_size('events_search')) || ' + GIN '"
                + " || pg_size_pretty(pg_relation_size('idx_events_search_words')) || ', events indexes '"
                + " || pg_size_pretty(pg_indexes_size('events'))").toString();
    }

    private static int rawLike(Database database, String sql, String word, String type) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (type != null) {
                statement.setString(index++, type);
            }
            statement.setString(index, "%" + word + "%");
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    /**
     * Each histogram from the hourly counts and, as the baseline, counted from the events (the path before V5
     * and still a gateway's), timed alternately run by run so both see the same machine load.
     */
    private static void histogram(Database database) throws Exception {
        EventStore store = database.events();
        EventStore direct = DirectHistograms.of(database);
        EventQuery month = EventQuery.builder().since(SearchBenchData.START)
                .until(SearchBenchData.START.plus(SearchBenchData.SPAN)).build();
        EventQuery unaligned = month.toBuilder().since(SearchBenchData.START.plusSeconds(17 * 60 + 23))
                .until(SearchBenchData.START.plus(SearchBenchData.SPAN).minusSeconds(13 * 60 + 7)).build();
        for (var c : List.of(
                new Object[] {"30 days, auto (day)", month, Optional.<BucketSize>empty()},
                new Object[] {"30 days, hour", month, Optional.of(BucketSize.HOUR)},
                new Object[] {"30 days unaligned", unaligned, Optional.<BucketSize>empty()},
                new Object[] {"30 days, type filter", month.toBuilder().type("message.read").build(),
                        Optional.<BucketSize>empty()},
                new Object[] {"30 days, one session", month.toBuilder().sessionId("session-07").build(),
                        Optional.<BucketSize>empty()})) {
            @SuppressWarnings("unchecked")
            Optional<BucketSize> size = (Optional<BucketSize>) c[2];
            EventQuery query = (EventQuery) c[1];
            long total = store.histogram(query, size).total();
            if (total != direct.histogram(query, size).total()) {
                throw new IllegalStateException("hourly counts and events disagree for " + c[0]);
            }
            double[][] times = timeAlternately(SLOW_RUNS, () -> store.histogram(query, size).buckets().size(),
                    () -> direct.histogram(query, size).buckets().size());
            System.out.printf("histogram %-22s %,9d events  p50 %8.2f ms  p95 %8.2f ms   | from events p50 %8.2f ms"
                    + "  p95 %8.2f ms%n", c[0], total, times[0][0], times[0][1], times[1][0], times[1][1]);
        }
    }

    /** p50 and p95 of {@link #time(int, Callable)} for two variants, run in turns after 3 warm-up runs each. */
    private static double[][] timeAlternately(int runs, Callable<Integer> first, Callable<Integer> second)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            first.call();
            second.call();
        }
        double[][] millis = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            millis[0][i] = millis(first);
            millis[1][i] = millis(second);
        }
        return new double[][] {percentiles(millis[0]), percentiles(millis[1])};
    }

    private static double millis(Callable<Integer> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double[] percentiles(double[] millis) {
        Arrays.sort(millis);
        return new double[] {millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.95) - 1]};
    }

    private static void suggestions(EventStore store) throws Exception {
        double[] sessions = time(() -> store.sessionIds("session-", 20).size());
        double[] types = time(() -> store.typeCounts(EventQuery.builder().sessionId("session-07").build()).size());
        System.out.printf("suggest session ids (20)        p50 %8.2f ms  p95 %8.2f ms%n", sessions[0], sessions[1]);
        System.out.printf("type counts, one session        p50 %8.2f ms  p95 %8.2f ms%n", types[0], types[1]);
    }

    private static double[] time(Callable<Integer> work) throws Exception {
        return time(RUNS, work);
    }

    /** p50 and p95 in milliseconds of {@code runs} runs after 3 warm-up runs. */
    private static double[] time(int runs, Callable<Integer> work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.call();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1]};
    }

    private static void export(StoreKind kind) throws IOException {
        try (Database database = Database.open(url(kind, "indexed"))) {
            CountingNullStream out = new CountingNullStream();
            long start = System.nanoTime();
            long events = new EventExporter(database.events()).export(EventQuery.all(), ExportFormat.NDJSON, out);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakHeap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peakHeap += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "%s export ndjson: %,d events, %,d MB in %.1f s (%,.0f events/s); "
                            + "max heap %d MB, peak heap used %d MB%n", kind.displayName(), events,
                    out.bytes >> 20, seconds, events / seconds, Runtime.getRuntime().maxMemory() >> 20,
                    peakHeap >> 20);
        }
    }

    private static StoreUrl url(StoreKind kind, String name) {
        if (kind == StoreKind.SQLITE) {
            return StoreUrl.sqlite(SQLITE_FOLDER.resolve(name + ".db"));
        }
        String base = pgBase();
        return StoreUrl.parse(base + (base.contains("?") ? "&" : "?") + "currentSchema=bench_search_" + name,
                Optional.empty(), Optional.empty());
    }

    private static String pgBase() {
        String configured = System.getenv("EVENT_INSPECTOR_TEST_PG_URL");
        return configured == null || configured.isBlank()
                ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres" : configured;
    }

    private static void reset(StoreKind kind, String name) throws IOException, SQLException {
        if (kind == StoreKind.SQLITE) {
            Files.createDirectories(SQLITE_FOLDER);
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(SQLITE_FOLDER.resolve(name + ".db" + suffix));
            }
            return;
        }
        try (Connection connection = DriverManager.getConnection(pgBase());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS bench_search_" + name + " CASCADE");
        }
    }

    /** Counts what the exporter writes and throws it away, so only the store and the writer are measured. */
    private static final class CountingNullStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
