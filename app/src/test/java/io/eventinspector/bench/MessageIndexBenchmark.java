package io.eventinspector.bench;

import io.eventinspector.demo.DemoDataGenerator;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreKind;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.store.UnindexedAppends;
import io.eventinspector.testing.TestDatabases;
import io.eventinspector.trace.MessageTraces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The message index (issue 17) on a demo store of N events (default 1M; 5 sessions over 30 days, as
 * StoreBenchmark), one database per run:
 * <ol type="a">
 * <li>ingest in batches of 10k (what the importer commits), each appended to a store that keeps the index and
 *     to one that does not, alternating which goes first. The baseline is the same store code on the same schema
 *     with the index switched off ({@code UnindexedAppends}: no ids parsed, no index rows written);</li>
 * <li>the first open of an existing store filling its index: the baseline store, its fill state set back to
 *     "never filled", opened again (what an upgraded store's first open does; V9 itself only creates tables);</li>
 * <li>a message's events, with and without its session, against the raw indexed lookup in the same run (the
 *     index joined to the events, over plain JDBC on one held connection), after a JIT warm-up;</li>
 * <li>the per-message summaries and orphan receipts the delivery health is counted from: the busiest session
 *     over 7 days at random starts, and the whole store over its 30 days.</li>
 * </ol>
 * Run from the project folder:
 * <pre>
 * mvn -B -q -o test-compile exec:java -Dexec.mainClass=io.eventinspector.bench.MessageIndexBenchmark \
 *     -Dexec.args="sqlite 1000000"
 * </pre>
 * {@code postgres} instead of {@code sqlite} uses fresh schemas of the local test server
 * ({@code EVENT_INSPECTOR_TEST_PG_URL}); files and schemas are removed at the end.
 */
public final class MessageIndexBenchmark {
    private static final Instant END = Instant.parse("2026-02-03T12:00:00Z");
    private static final int DAYS = 30;
    private static final int SESSIONS = 5;
    /** What the importer commits at once. */
    private static final int BATCH = 10_000;
    private static final int LOOKUPS = 500;
    /**
     * Lookups run before timing: the store's path (jOOQ) runs at its steady speed only once the JIT has compiled
     * it, after a few thousand calls (0.58 ms p50 after 3 warm-up calls, 0.13 ms after 20,000 on 20k events).
     */
    private static final int LOOKUP_WARM_UP = 5_000;
    private static final int HEALTH_RUNS = 20;
    private static final int WHOLE_STORE_RUNS = 3;

    private final StoreKind kind;
    private final int events;
    private final List<String> cleanup = new ArrayList<>();
    private Path folder;

    private MessageIndexBenchmark(StoreKind kind, int events) {
        this.kind = kind;
        this.events = events;
    }

    public static void main(String[] args) throws Exception {
        StoreKind kind = args.length > 0 && args[0].startsWith("p") ? StoreKind.POSTGRESQL : StoreKind.SQLITE;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        new MessageIndexBenchmark(kind, events).run();
    }

    private void run() throws Exception {
        folder = Files.createTempDirectory("message-index-bench");
        try {
            StoreUrl indexedUrl = freshUrl("indexed");
            StoreUrl plainUrl = freshUrl("plain");
            System.out.printf(Locale.ROOT, "%s, %,d demo events, %d sessions over %d days%n", kind.displayName(),
                    events, SESSIONS, DAYS);
            try (Database indexed = Database.open(indexedUrl); Database plain = Database.open(plainUrl)) {
                // Payload search indexing is not what is measured; on PostgreSQL it would run between batches.
                indexed.stopSearchIndexer();
                plain.stopSearchIndexer();
                ingest(indexed.events(), UnindexedAppends.of(plain));
            }
            fill(plainUrl);
            try (Database database = Database.open(indexedUrl)) {
                database.stopSearchIndexer();
                if (kind == StoreKind.POSTGRESQL) {
                    database.dsl().execute("VACUUM ANALYZE");
                }
                lookups(database);
                String busiest = busiestSession(database);
                summaries(database.events(), busiest);
                health(new MessageTraces(database.events()), busiest);
            }
        } finally {
            for (String url : cleanup) {
                TestDatabases.dropSchema(url);
            }
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    /** (a) Alternating which store goes first, so the load of a shared machine hits both alike. */
    private void ingest(EventStore indexed, EventStore plain) {
        long[] nanos = new long[2];
        List<Event> batch = new ArrayList<>(BATCH);
        int round = 0;
        for (Event event : new DemoDataGenerator(new DemoDataGenerator.Settings(events, SESSIONS, DAYS, 42, END))) {
            batch.add(event);
            if (batch.size() == BATCH) {
                appendBoth(batch, round++, indexed, plain, nanos);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            appendBoth(batch, round, indexed, plain, nanos);
        }
        double without = events / (nanos[0] / 1e9);
        double with = events / (nanos[1] / 1e9);
        System.out.printf(Locale.ROOT, "(a) ingest without the index %,10.0f events/s%n", without);
        System.out.printf(Locale.ROOT, "    ingest with the index    %,10.0f events/s  (%.0f%% of without)%n", with,
                100 * with / without);
    }

    private static void appendBoth(List<Event> batch, int round, EventStore indexed, EventStore plain,
                                   long[] nanos) {
        for (int i = 0; i < 2; i++) {
            int which = (round + i) % 2;
            long started = System.nanoTime();
            (which == 1 ? indexed : plain).append(batch);
            nanos[which] += System.nanoTime() - started;
        }
    }

    /** (b) The store ingested without the index, marked as never filled, opened: what an upgrade's first open does. */
    private void fill(StoreUrl url) throws Exception {
        try (Database database = Database.open(url)) {
            database.stopSearchIndexer();
            database.dsl().execute("UPDATE message_index_fill SET last_id = '', done = " + sqlFalse());
        }
        long started = System.nanoTime();
        long rows;
        try (Database database = Database.open(url)) {
            double seconds = (System.nanoTime() - started) / 1e9;
            rows = database.dsl().fetchCount(database.dsl().selectFrom("message_events"));
            System.out.printf(Locale.ROOT, "(b) first open filling the index: %.1f s (%,d rows, %,.0f events/s)%n",
                    seconds, rows, events / seconds);
        }
    }

    private String sqlFalse() {
        return kind == StoreKind.SQLITE ? "0" : "false";
    }

    /** (c) A message's events through the store and by the raw indexed SQL, in turns, with and without a session. */
    private void lookups(Database database) throws Exception {
        EventStore store = database.events();
        List<String[]> messages = sampleMessages(database);
        String raw = "SELECT e.id, e.type, e.session_id, e.data, e.timestamp FROM message_events m"
                + " JOIN events e ON e.id = m.event_id WHERE m.message_id = ?%s ORDER BY e.timestamp, e.id";
        try (Connection connection = database.dataSource().getConnection()) {
            for (boolean withSession : List.of(false, true)) {
                String sql = String.format(raw, withSession ? " AND m.session_id = ?" : "");
                double[][] times = timeAlternately(LOOKUP_WARM_UP, LOOKUPS,
                        i -> store.messageEvents(messages.get(i)[0],
                                withSession ? Optional.of(messages.get(i)[1]) : Optional.empty()).size(),
                        i -> rawLookup(connection, sql, messages.get(i), withSession));
                System.out.printf(Locale.ROOT, "(c) message events%-16s p50 %6.2f ms  p95 %6.2f ms   | raw SQL"
                                + " p50 %6.2f ms  p95 %6.2f ms  (p95 %.2f× raw)%n", withSession ? ", one session" : "",
                        times[0][0], times[0][1], times[1][0], times[1][1], times[0][1] / times[1][1]);
            }
            // The whole trace (status, delays, anomalies: the session's newest event and connection events too).
            MessageTraces traces = new MessageTraces(store);
            String sql = String.format(raw, " AND m.session_id = ?");
            double[][] times = timeAlternately(LOOKUP_WARM_UP, LOOKUPS,
                    i -> traces.trace(messages.get(i)[0], Optional.of(messages.get(i)[1]),
                            MessageTraces.DEFAULT_STUCK_AFTER).map(trace -> trace.events().size()).orElse(0),
                    i -> rawLookup(connection, sql, messages.get(i), true));
            System.out.printf(Locale.ROOT, "(e) trace, one session        p50 %6.2f ms  p95 %6.2f ms   | raw SQL"
                            + " p50 %6.2f ms  p95 %6.2f ms  (p95 %.2f× raw)%n",
                    times[0][0], times[0][1], times[1][0], times[1][1], times[0][1] / times[1][1]);
        }
    }

    /** Message ids with their session, picked evenly from the index's rows (receipts too: each has a message). */
    private List<String[]> sampleMessages(Database database) {
        var dsl = database.dsl();
        int every = Math.max(1, dsl.fetchCount(dsl.selectFrom("message_events")) / LOOKUPS);
        List<String[]> picked = new ArrayList<>();
        int position = 0;
        try (var rows = dsl.resultQuery("SELECT message_id, session_id FROM message_events").fetchLazy()) {
            for (var row : rows) {
                if (position++ % every == 0 && picked.size() < LOOKUPS) {
                    picked.add(new String[] {row.get(0, String.class), row.get(1, String.class)});
                }
            }
        }
        return picked;
    }

    private int rawLookup(Connection connection, String sql, String[] message, boolean withSession)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, message[0]);
            if (withSession) {
                statement.setString(2, message[1]);
            }
            List<Event> found = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Instant time = kind == StoreKind.SQLITE ? Instant.ofEpochMilli(result.getLong(5))
                            : result.getObject(5, Timestamp.class).toInstant();
                    found.add(new Event(result.getString(1), result.getString(2), result.getString(3),
                            result.getString(4), time));
                }
            }
            return found.size();
        }
    }

    /**
     * (d) The per-message summaries and the orphan receipts (what the delivery health reads from the store): one
     * session over 7 days at random starts (the busiest session, the worst case), and the whole store over 30 days.
     */
    private void summaries(EventStore store, String busiest) throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        List<EventQuery> weeks = new ArrayList<>();
        for (int i = 0; i < HEALTH_RUNS; i++) {
            Instant since = END.minus(Duration.ofDays(DAYS)).plusSeconds(random.nextLong(Duration.ofDays(DAYS - 7)
                    .toSeconds()));
            weeks.add(EventQuery.builder().sessionId(busiest).since(since).until(since.plus(Duration.ofDays(7)))
                    .build());
        }
        long[] found = new long[HEALTH_RUNS];
        double[] weekSummaries = time(HEALTH_RUNS, i -> {
            found[i] = store.forEachMessageSummary(weeks.get(i), summary -> { });
            return (int) found[i];
        });
        double[] weekOrphans = time(HEALTH_RUNS, i -> (int) store.forEachOrphan(weeks.get(i), orphan -> { }));
        double[] week = time(HEALTH_RUNS, i -> (int) (store.forEachMessageSummary(weeks.get(i), summary -> { })
                + store.forEachOrphan(weeks.get(i), orphan -> { })));
        System.out.printf(Locale.ROOT, "(d) %s over 7 days (%,d messages on average): summaries p50 %.1f ms p95 %.1f"
                        + " ms, orphans p50 %.1f ms p95 %.1f ms, both p50 %.1f ms p95 %.1f ms%n", busiest,
                Arrays.stream(found).sum() / HEALTH_RUNS, weekSummaries[0], weekSummaries[1], weekOrphans[0],
                weekOrphans[1], week[0], week[1]);
        EventQuery month = EventQuery.builder().since(END.minus(Duration.ofDays(DAYS))).until(END).build();
        long[] messages = new long[1];
        long[] orphans = new long[1];
        double[] summaries = time(WHOLE_STORE_RUNS, i -> (int) (messages[0] = store.forEachMessageSummary(month,
                summary -> { })));
        double[] orphanRuns = time(WHOLE_STORE_RUNS, i -> (int) (orphans[0] = store.forEachOrphan(month,
                orphan -> { })));
        System.out.printf(Locale.ROOT, "    whole store over 30 days (%,d messages, %,d with orphan receipts):"
                        + " summaries p50 %.1f ms max %.1f ms, orphans p50 %.1f ms max %.1f ms%n", messages[0],
                orphans[0], summaries[0], summaries[1], orphanRuns[0], orphanRuns[1]);
    }

    /** (f) The delivery health as the front ends ask for it: the same week and month windows as (d). */
    private void health(MessageTraces traces, String busiest) throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        List<EventQuery> weeks = new ArrayList<>();
        for (int i = 0; i < HEALTH_RUNS; i++) {
            Instant since = END.minus(Duration.ofDays(DAYS)).plusSeconds(random.nextLong(Duration.ofDays(DAYS - 7)
                    .toSeconds()));
            weeks.add(EventQuery.builder().sessionId(busiest).since(since).until(since.plus(Duration.ofDays(7)))
                    .build());
        }
        double[] week = time(HEALTH_RUNS, i -> (int) traces.health(weeks.get(i), MessageTraces.DEFAULT_STUCK_AFTER,
                seen -> { }).outgoing());
        EventQuery month = EventQuery.builder().since(END.minus(Duration.ofDays(DAYS))).until(END).build();
        long[] outgoing = new long[1];
        double[] whole = time(WHOLE_STORE_RUNS, i -> (int) (outgoing[0] = traces.health(month,
                MessageTraces.DEFAULT_STUCK_AFTER, seen -> { }).outgoing()));
        System.out.printf(Locale.ROOT, "(f) health of %s over 7 days p50 %.1f ms p95 %.1f ms; whole store over 30 days"
                + " (%,d outgoing) p50 %.1f ms max %.1f ms%n", busiest, week[0], week[1], outgoing[0], whole[0],
                whole[1]);
    }

    private static String busiestSession(Database database) {
        return database.dsl().fetchValue("SELECT session_id FROM message_events GROUP BY session_id"
                + " ORDER BY count(*) DESC LIMIT 1").toString();
    }

    @FunctionalInterface
    private interface Run {
        int call(int sample) throws Exception;
    }

    /** p50 and p95 of {@code runs} runs of each, in turns, after {@code warmUp} runs each (samples reused). */
    private static double[][] timeAlternately(int warmUp, int runs, Run first, Run second) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            first.call(i % runs);
            second.call(i % runs);
        }
        double[][] millis = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            millis[0][i] = millis(first, i);
            millis[1][i] = millis(second, i);
        }
        return new double[][] {percentiles(millis[0]), percentiles(millis[1])};
    }

    /** p50 and p95 (for few runs: the slowest) of {@code runs} runs after one warm-up run. */
    private static double[] time(int runs, Run work) throws Exception {
        work.call(0);
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = millis(work, i);
        }
        return percentiles(millis);
    }

    private static double millis(Run work, int sample) throws Exception {
        long started = System.nanoTime();
        work.call(sample);
        return (System.nanoTime() - started) / 1e6;
    }

    private static double[] percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[(sorted.length - 1) / 2], sorted[(int) Math.ceil(0.95 * (sorted.length - 1))]};
    }

    private StoreUrl freshUrl(String name) {
        if (kind == StoreKind.SQLITE) {
            return StoreUrl.sqlite(folder.resolve(name + ".db"));
        }
        String url = TestDatabases.freshPostgresUrl();
        cleanup.add(url);
        return StoreUrl.parse(url, Optional.empty(), Optional.empty());
    }
}
