package io.eventinspector.bench;

import io.eventinspector.demo.DemoDataGenerator;
import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventImporter;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreKind;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.TestDatabases;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;

/**
 * Ingest and query figures of the store against raw JDBC on the same schema, measured in one run so the ratio
 * holds on a noisy machine. Run from the project folder:
 *
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.mainClass=io.eventinspector.bench.StoreBenchmark \
 *     -Dexec.args="--events 1000000"</pre>
 *
 * Options: {@code --events N} (default 1,000,000), {@code --samples K} timed runs per query (default 200),
 * {@code --skip-pg}. PostgreSQL comes from {@code EVENT_INSPECTOR_TEST_PG_URL} (default the local server);
 * each database gets a fresh schema or file, removed at the end.
 */
public final class StoreBenchmark {
    private static final Instant END = Instant.parse("2026-02-03T12:00:00Z");
    private static final int DAYS = 30;
    private static final int SESSIONS = 5;
    private static final int PAGE = 100;
    private static final int RAW_BATCH = 10_000;
    private static final List<String> TYPES = List.of("message.received", "message.sent", "message.delivered",
            "presence.update", "message.reaction");
    private static final String COLUMNS = "id, type, session_id, data, timestamp";
    private static final String ORDER = " ORDER BY timestamp DESC, id DESC LIMIT ? OFFSET ?";

    private final int events;
    private final int samples;
    private final Path work;
    private final List<String> sampleIds = new ArrayList<>();
    private final List<String> sessions = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();
    private final EventJson json = new EventJson(Clock.systemUTC());

    private StoreBenchmark(int events, int samples, Path work) {
        this.events = events;
        this.samples = samples;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int events = 1_000_000;
        int samples = 200;
        boolean postgres = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--samples" -> samples = Integer.parseInt(args[++i]);
                case "--skip-pg" -> postgres = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("store-bench");
        try {
            new StoreBenchmark(events, samples, work).run(postgres);
        } finally {
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    private void run(boolean postgres) throws Exception {
        Path ndjson = generate();
        warmUp(ndjson);
        report.append("\n### Ingest (").append(events).append(" events, ")
                .append(Files.size(ndjson) / events).append(" bytes per NDJSON line)\n\n")
                .append("| database | path | events/s | vs raw batched |\n| --- | --- | ---: | ---: |\n");
        List<String[]> queryRows = new ArrayList<>();

        Path sqliteFile = work.resolve("store.db");
        double sqliteStore = ingestThroughStore(StoreUrl.sqlite(sqliteFile), ndjson);
        double sqliteRaw;
        Path rawFile = work.resolve("raw.db");
        try (Database raw = Database.open(StoreUrl.sqlite(rawFile));
             Connection connection = raw.dataSource().getConnection()) {
            sqliteRaw = rawBatchedInsert(connection, ndjson, "?");
        }
        deleteSqlite(rawFile);
        ingestRow("SQLite", "store: import (EventImporter, 10k batches)", sqliteStore, sqliteRaw);
        ingestRow("SQLite", "raw JDBC: prepared batch, 10k-row transactions", sqliteRaw, sqliteRaw);
        try (Database database = Database.open(StoreUrl.sqlite(sqliteFile))) {
            queryRows.addAll(queries(database));
        }
        deleteSqlite(sqliteFile);

        if (postgres) {
            String storeUrl = TestDatabases.freshPostgresUrl();
            String rawUrl = TestDatabases.freshPostgresUrl();
            String copyUrl = TestDatabases.freshPostgresUrl();
            try {
                double pgStore = ingestThroughStore(parse(storeUrl), ndjson);
                double pgRaw = pgRaw(rawUrl, ndjson, false);
                double pgCopy = pgRaw(copyUrl, ndjson, true);
                ingestRow("PostgreSQL", "store: import (EventImporter, 10k batches)", pgStore, pgRaw);
                ingestRow("PostgreSQL", "raw JDBC: batched inserts (reWriteBatchedInserts), 10k-row transactions",
                        pgRaw, pgRaw);
                ingestRow("PostgreSQL", "raw JDBC: COPY via CopyManager, 10k rows each", pgCopy, pgRaw);
                TestDatabases.dropSchema(rawUrl);
                TestDatabases.dropSchema(copyUrl);
                try (Database database = Database.open(parse(storeUrl))) {
                    try (Connection c = database.dataSource().getConnection()) {
                        c.createStatement().execute("ANALYZE events");
                    }
                    queryRows.addAll(queries(database));
                }
            } finally {
                TestDatabases.dropSchema(storeUrl);
                TestDatabases.dropSchema(rawUrl);
                TestDatabases.dropSchema(copyUrl);
            }
        }

        report.append("\n### Queries (ms; ").append(samples).append(" timed runs each, store and raw interleaved, ")
                .append("page size ").append(PAGE).append(")\n\n")
                .append("| database | query | store p50 | store p95 | raw p50 | raw p95 | p95 store/raw |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (String[] row : queryRows) {
            report.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        System.out.println(report);
    }

    private static StoreUrl parse(String url) {
        return StoreUrl.parse(url, Optional.empty(), Optional.empty());
    }

    private Path generate() throws IOException {
        Path file = work.resolve("events.ndjson");
        int every = Math.max(1, events / 2_000);
        long started = System.nanoTime();
        int i = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Event event : new DemoDataGenerator(new DemoDataGenerator.Settings(events, SESSIONS, DAYS, 42, END))) {
                if (i++ % every == 0) {
                    sampleIds.add(event.id());
                }
                if (!sessions.contains(event.sessionId())) {
                    sessions.add(event.sessionId());
                }
                out.write(EventJson.toJson(event));
                out.write('\n');
            }
        }
        log("generated %d events in %.1f s", events, seconds(started));
        return file;
    }

    /** Runs both ingest paths once on the first events, so neither measured run pays for a cold JIT. */
    private void warmUp(Path ndjson) throws IOException, SQLException {
        Path sample = work.resolve("warmup.ndjson");
        try (var lines = Files.lines(ndjson)) {
            Files.write(sample, lines.limit(Math.min(20_000, events)).toList());
        }
        Path first = work.resolve("warmup-store.db");
        Path second = work.resolve("warmup-raw.db");
        ingestThroughStore(StoreUrl.sqlite(first), sample);
        try (Database raw = Database.open(StoreUrl.sqlite(second));
             Connection connection = raw.dataSource().getConnection()) {
            rawBatchedInsert(connection, sample, "?");
        }
        deleteSqlite(first);
        deleteSqlite(second);
        Files.delete(sample);
    }

    private double ingestThroughStore(StoreUrl url, Path ndjson) throws IOException {
        try (Database database = Database.open(url); InputStream in = Files.newInputStream(ndjson)) {
            long started = System.nanoTime();
            var summary = new EventImporter(database.events(), json).importFrom(in, false, new EventImporter.Listener() { });
            double rate = summary.imported() / seconds(started);
            log("%s store import: %s, %.0f events/s", url.kind().displayName(), summary.line(), rate);
            return rate;
        }
    }

    /** Raw JDBC: the same parsing, then one prepared INSERT batched and committed every 10,000 rows. */
    private double rawBatchedInsert(Connection connection, Path ndjson, String dataParameter)
            throws IOException, SQLException {
        boolean sqlite = connection.getMetaData().getURL().startsWith("jdbc:sqlite:");
        connection.setAutoCommit(false);
        long started = System.nanoTime();
        long inserted = 0;
        try (BufferedReader reader = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO events (id, type, session_id, data, "
                     + "timestamp, created_at) VALUES (?, ?, ?, " + dataParameter + ", ?, ?)")) {
            String line;
            int pending = 0;
            while ((line = reader.readLine()) != null) {
                Event event = json.parse(line);
                insert.setString(1, event.id());
                insert.setString(2, event.type());
                insert.setString(3, event.sessionId());
                insert.setString(4, event.dataJson());
                if (sqlite) {
                    insert.setLong(5, event.timestamp().toEpochMilli());
                    insert.setLong(6, System.currentTimeMillis());
                } else {
                    insert.setTimestamp(5, Timestamp.from(event.timestamp()));
                    insert.setTimestamp(6, Timestamp.from(Instant.now()));
                }
                insert.addBatch();
                if (++pending == RAW_BATCH) {
                    inserted += sum(insert.executeBatch());
                    connection.commit();
                    pending = 0;
                }
            }
            inserted += sum(insert.executeBatch());
            connection.commit();
        }
        double rate = inserted / seconds(started);
        log("raw batched insert: %d rows, %.0f events/s", inserted, rate);
        return rate;
    }

    private double pgRaw(String url, Path ndjson, boolean copy) throws IOException, SQLException {
        try (Database schema = Database.open(parse(url))) {
            log("prepared %s", schema.where());
        }
        try (Connection connection = DriverManager.getConnection(url + "&reWriteBatchedInserts=true")) {
            return copy ? copy(connection, ndjson) : rawBatchedInsert(connection, ndjson, "CAST(? AS jsonb)");
        }
    }

    /** Raw COPY in CSV form, one COPY of 10,000 rows per transaction. */
    private double copy(Connection connection, Path ndjson) throws IOException, SQLException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = "COPY events (id, type, session_id, data, timestamp, created_at) FROM STDIN (FORMAT csv)";
        long started = System.nanoTime();
        long inserted = 0;
        StringBuilder csv = new StringBuilder(RAW_BATCH * 900);
        int pending = 0;
        try (BufferedReader reader = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                Event event = json.parse(line);
                csv.append(csv(event.id())).append(',').append(csv(event.type())).append(',')
                        .append(csv(event.sessionId())).append(',').append(csv(event.dataJson())).append(',')
                        .append(event.timestamp()).append(',').append(Instant.now()).append('\n');
                if (++pending == RAW_BATCH) {
                    inserted += copy.copyIn(sql, new StringReader(csv.toString()));
                    csv.setLength(0);
                    pending = 0;
                }
            }
            if (pending > 0) {
                inserted += copy.copyIn(sql, new StringReader(csv.toString()));
            }
        }
        double rate = inserted / seconds(started);
        log("raw COPY: %d rows, %.0f events/s", inserted, rate);
        return rate;
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private void ingestRow(String database, String path, double rate, double raw) {
        report.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.0f%% |%n", database, path, rate,
                100 * rate / raw));
    }

    /** One timed operation, given the sample number so store and raw run with the same parameters. */
    @FunctionalInterface
    private interface Operation {
        void run(int sample) throws Exception;
    }

    private List<String[]> queries(Database database) throws Exception {
        EventStore store = database.events();
        boolean sqlite = database.kind() == StoreKind.SQLITE;
        String name = database.kind().displayName();
        List<String[]> rows = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(1);
        int count = samples;
        String[] ids = pick(random, count, sampleIds);
        String[] sessionIds = pick(random, count, sessions);
        String[] types = pick(random, count, TYPES);
        Instant start = END.minus(Duration.ofDays(DAYS));
        Instant[] since = new Instant[count];
        for (int i = 0; i < count; i++) {
            since[i] = start.plusSeconds(random.nextLong(Duration.ofDays(DAYS - 7).toSeconds()));
        }
        int deep = Math.min(500_000, events / 2);
        List<Event> around = store.query(EventQuery.builder().limit(1000).offset(deep - 500).build()).events();
        Cursor[] cursors = new Cursor[count];
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            int k = random.nextInt(around.size());
            cursors[i] = around.get(k).position();
            offsets[i] = deep - 500 + k + 1;
        }

        try (Connection raw = database.dataSource().getConnection()) {
            rows.add(measure(name, "get by id", count,
                    i -> store.get(ids[i]).orElseThrow(),
                    i -> rawQuery(raw, "SELECT " + COLUMNS + " FROM events WHERE id = ?", sqlite, ids[i])));
            rows.add(measure(name, "session page", count,
                    i -> store.query(EventQuery.builder().sessionId(sessionIds[i]).limit(PAGE).build()),
                    i -> rawQuery(raw, "SELECT " + COLUMNS + " FROM events WHERE session_id = ?" + ORDER, sqlite,
                            sessionIds[i], PAGE + 1, 0)));
            rows.add(measure(name, "type + 7-day range page", count,
                    i -> store.query(EventQuery.builder().type(types[i]).since(since[i])
                            .until(since[i].plus(Duration.ofDays(7))).limit(PAGE).build()),
                    i -> rawQuery(raw, "SELECT " + COLUMNS + " FROM events WHERE type = ? AND timestamp >= ? "
                            + "AND timestamp <= ?" + ORDER, sqlite, types[i], since[i],
                            since[i].plus(Duration.ofDays(7)), PAGE + 1, 0)));
            rows.add(measure(name, "page " + (deep / PAGE) + " via cursor", count,
                    i -> store.query(EventQuery.builder().cursor(cursors[i]).limit(PAGE).build()),
                    i -> rawQuery(raw, "SELECT " + COLUMNS + " FROM events WHERE (timestamp, id) < (?, ?)" + ORDER,
                            sqlite, cursors[i].timestamp(), cursors[i].id(), PAGE + 1, 0)));
            int offsetSamples = Math.max(10, count / 10);
            rows.add(measure(name, "page " + (deep / PAGE) + " via offset", offsetSamples,
                    i -> store.query(EventQuery.builder().offset(offsets[i]).limit(PAGE).build()),
                    i -> rawQuery(raw, "SELECT " + COLUMNS + " FROM events" + ORDER, sqlite, PAGE + 1, offsets[i])));
            rows.add(measure(name, "count with a type filter", count,
                    i -> store.count(EventQuery.builder().type(types[i]).build()),
                    i -> rawCount(raw, types[i])));
        }
        return rows;
    }

    private static String[] pick(SplittableRandom random, int count, List<String> values) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = values.get(random.nextInt(values.size()));
        }
        return out;
    }

    private String[] measure(String database, String query, int count, Operation store, Operation raw)
            throws Exception {
        int warmup = Math.min(20, count);
        for (int i = 0; i < warmup; i++) {
            store.run(i);
            raw.run(i);
        }
        double[] storeMs = new double[count];
        double[] rawMs = new double[count];
        for (int i = 0; i < count; i++) {
            // Alternate who goes first, so neither always finds the pages the other just read.
            if (i % 2 == 0) {
                storeMs[i] = time(store, i);
                rawMs[i] = time(raw, i);
            } else {
                rawMs[i] = time(raw, i);
                storeMs[i] = time(store, i);
            }
        }
        double[] s = percentiles(storeMs);
        double[] r = percentiles(rawMs);
        log("%s %s: store p50 %.2f p95 %.2f, raw p50 %.2f p95 %.2f", database, query, s[0], s[1], r[0], r[1]);
        return new String[] {database, query, ms(s[0]), ms(s[1]), ms(r[0]), ms(r[1]),
                String.format(Locale.ROOT, "%.2f×", s[1] / r[1])};
    }

    private static double time(Operation operation, int sample) throws Exception {
        long started = System.nanoTime();
        operation.run(sample);
        return (System.nanoTime() - started) / 1e6;
    }

    private static double[] percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[(int) Math.floor(0.50 * (sorted.length - 1))],
            sorted[(int) Math.ceil(0.95 * (sorted.length - 1))]};
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.0f", value);
    }

    /** Runs the SQL and reads every row into an {@link Event}, as the store does. */
    private static List<Event> rawQuery(Connection connection, String sql, boolean sqlite, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int p = 0; p < parameters.length; p++) {
                Object value = parameters[p];
                if (value instanceof Instant instant) {
                    if (sqlite) {
                        statement.setLong(p + 1, instant.toEpochMilli());
                    } else {
                        statement.setTimestamp(p + 1, Timestamp.from(instant));
                    }
                } else {
                    statement.setObject(p + 1, value);
                }
            }
            List<Event> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Instant timestamp = sqlite ? Instant.ofEpochMilli(result.getLong(5))
                            : result.getTimestamp(5).toInstant();
                    rows.add(new Event(result.getString(1), result.getString(2), result.getString(3),
                            result.getString(4), timestamp));
                }
            }
            return rows;
        }
    }

    private static long rawCount(Connection connection, String type) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM events WHERE type = ?")) {
            statement.setString(1, type);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int count : counts) {
            total += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
        }
        return total;
    }

    private static void deleteSqlite(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }
}
