package io.eventinspector.bench;

import io.eventinspector.demo.DemoDataGenerator;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Page;
import io.eventinspector.retention.CleanupRun;
import io.eventinspector.retention.CleanupScheduler;
import io.eventinspector.retention.EventCleanup;
import io.eventinspector.retention.RetentionSettings;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreKind;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.MutableClock;
import io.eventinspector.testing.TestDatabases;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;

/**
 * Retention under load: N events from the demo generator over 100 days, a scheduled cleanup deleting those older
 * than 70 days (about 30%) while a reader pages through indexed queries and a writer ingests, on SQLite and PostgreSQL. Reports the
 * reader's and writer's waits during the deletion next to a baseline measured in the same run without it.
 *
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.mainClass=io.eventinspector.bench.RetentionBenchmark \
 *     -Dexec.args="1000000 sqlite postgres" [-Dbench.cache=/tmp/retention-1m.db]</pre>
 * With {@code bench.cache}, the generated SQLite store is kept in that file and copied from it on the next run.
 */
public final class RetentionBenchmark {
    private static final Instant NOW = Instant.parse("2026-03-10T02:30:00Z");
    private static final Duration SPAN = Duration.ofDays(100);
    private static final int RETENTION_DAYS = 70;
    private static final int SESSIONS = 50;
    /** Sessions and types seen while loading, for the reader's filtered pages. */
    private static final Set<String> SESSION_IDS = new TreeSet<>();
    private static final Set<String> TYPE_NAMES = new TreeSet<>();
    private static final Duration BASELINE = Duration.ofSeconds(10);
    /** Appends slower than this are printed with the time they ended, to line them up with the cleanup's log. */
    private static final Duration SLOW_APPEND = Duration.ofMillis(500);

    private RetentionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<String> kinds = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("sqlite", "postgres");
        for (String kind : kinds) {
            run(kind, count);
        }
    }

    private static void run(String kind, int count) throws Exception {
        Path folder = Files.createTempDirectory("retention-bench");
        Path file = folder.resolve("events.db");
        String pgUrl = kind.equals("postgres") ? TestDatabases.freshPostgresUrl() : null;
        StoreUrl url = pgUrl == null ? StoreUrl.sqlite(file) : StoreUrl.parse(pgUrl, Optional.empty(), Optional.empty());
        Optional<Path> cache = pgUrl == null ? Optional.ofNullable(System.getProperty("bench.cache")).map(Path::of)
                : Optional.empty();
        if (cache.isPresent() && Files.exists(cache.get())) {
            Files.copy(cache.get(), file);
        }
        try (Database database = Database.open(url)) {
            EventStore store = database.events();
            long loadStarted = System.nanoTime();
            if (cache.isPresent() && Files.exists(cache.get())) {
                remember(database);
            } else {
                load(database, count);
                if (cache.isPresent()) {
                    database.dsl().fetch("PRAGMA wal_checkpoint(TRUNCATE)");
                    Files.copy(file, cache.get());
                }
            }
            System.out.printf("%n== %s: %,d events loaded in %.1f s (%d sessions, %d types)%n", kind, count,
                    seconds(loadStarted), SESSION_IDS.size(), TYPE_NAMES.size());
            long fileBefore = size(file);

            Measured warmup = measure(database, file, Optional.empty()); // JIT and page cache, not reported
            Measured baseline = measure(database, file, Optional.empty());
            EventCleanup cleanup = new EventCleanup(store, new MutableClock(NOW.toString()));
            long expected = cleanup.countDeletable(RETENTION_DAYS);
            CleanupScheduler scheduler = new CleanupScheduler(cleanup,
                    RetentionSettings.DEFAULTS.withRetentionDays(RETENTION_DAYS), new MutableClock(NOW.toString()));
            Measured during = measure(database, file, Optional.of(scheduler));
            CleanupRun run = scheduler.state().lastRun().orElseThrow();

            long left = store.countOlderThan(run.cutoff());
            long total = store.count(EventQuery.all());
            boolean exact = run.succeeded() && run.deleted() == expected && left == 0
                    && total == count - expected + warmup.written + baseline.written + during.written;
            System.out.printf("deleted %,d (%.1f%%) of %,d expected in %,d ms; none older left: %s; total correct: %s%n",
                    run.deleted(), 100.0 * run.deleted() / count, expected, run.duration().toMillis(), left == 0, exact);
            report("baseline (no deletion, " + BASELINE.toSeconds() + " s)", baseline);
            report("during deletion", during);
            if (database.kind() == StoreKind.SQLITE) {
                System.out.printf("file before %s, after %s; WAL peak %s (baseline %s), after %s%n",
                        mib(fileBefore), mib(size(file)), mib(during.walPeak), mib(baseline.walPeak),
                        mib(size(wal(file))));
            }
        } finally {
            if (pgUrl != null) {
                TestDatabases.dropSchema(pgUrl);
            }
            try (var files = Files.list(folder)) {
                for (Path path : files.toList()) {
                    Files.deleteIfExists(path);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    /** SQLite loads through the store; PostgreSQL through COPY, which is the same data many times faster. */
    private static void load(Database database, int count) throws Exception {
        Iterator<Event> generated = new DemoDataGenerator(
                new DemoDataGenerator.Settings(count, SESSIONS, (int) SPAN.toDays(), 42, NOW)).iterator();
        int chunk = 20_000;
        if (database.kind() == StoreKind.SQLITE) {
            while (generated.hasNext()) {
                database.events().append(next(generated, chunk));
            }
            return;
        }
        try (Connection connection = database.dataSource().getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            while (generated.hasNext()) {
                StringBuilder rows = new StringBuilder();
                for (Event event : next(generated, chunk)) {
                    rows.append(event.id()).append('\t').append(event.type()).append('\t').append(event.sessionId())
                            .append('\t').append(event.dataJson().replace("\\", "\\\\")).append('\t')
                            .append(event.timestamp()).append('\n');
                }
                copy.copyIn("COPY events (id, type, session_id, data, timestamp) FROM STDIN",
                        new StringReader(rows.toString()));
            }
            connection.createStatement().execute("ANALYZE events");
        }
    }

    /** The sessions and types of a store copied from the cache, as {@link #load} would have seen them. */
    private static void remember(Database database) {
        SESSION_IDS.addAll(database.dsl().fetchValues("SELECT DISTINCT session_id FROM events").stream()
                .map(String::valueOf).toList());
        database.events().typeCounts(EventQuery.all()).forEach(typeCount -> TYPE_NAMES.add(typeCount.type()));
    }

    private static List<Event> next(Iterator<Event> generated, int chunk) {
        List<Event> events = new ArrayList<>(chunk);
        while (events.size() < chunk && generated.hasNext()) {
            Event event = generated.next();
            events.add(event);
            SESSION_IDS.add(event.sessionId());
            TYPE_NAMES.add(event.type());
        }
        return events;
    }

    private record Measured(List<Long> readerNanos, List<Long> writerNanos, long written, long walPeak) {
    }

    /**
     * Runs a reader (indexed page queries: a session's newest page, a type's page, then cursor pages of the
     * whole table) and a writer (100 events every 50 ms) either for the baseline time or while the scheduler's
     * check deletes.
     */
    private static Measured measure(Database database, Path file, Optional<CleanupScheduler> scheduler)
            throws InterruptedException {
        EventStore store = database.events();
        AtomicBoolean stop = new AtomicBoolean();
        List<Long> readerNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> writerNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicLong written = new AtomicLong();
        AtomicLong walPeak = new AtomicLong();
        List<String> sessions = List.copyOf(SESSION_IDS);
        List<String> types = List.copyOf(TYPE_NAMES);
        Thread reader = new Thread(() -> {
            int i = 0;
            Optional<io.eventinspector.event.Cursor> cursor = Optional.empty();
            while (!stop.get()) {
                EventQuery query = switch (i++ % 3) {
                    case 0 -> EventQuery.builder().sessionId(sessions.get(i % sessions.size())).limit(100).build();
                    case 1 -> EventQuery.builder().type(types.get(i % types.size())).limit(100).build();
                    default -> cursor.map(c -> EventQuery.builder().limit(100).build().withCursor(c))
                            .orElse(EventQuery.builder().limit(100).build());
                };
                long started = System.nanoTime();
                Page page = store.query(query);
                readerNanos.add(System.nanoTime() - started);
                if (i % 3 == 0) {
                    cursor = page.next();
                }
            }
        }, "bench-reader");
        Thread writer = new Thread(() -> {
            long n = 0;
            while (!stop.get()) {
                List<Event> events = new ArrayList<>(100);
                for (int k = 0; k < 100; k++, n++) {
                    events.add(new Event("live-" + Thread.currentThread().getId() + "-" + System.nanoTime() + "-" + k,
                            "message.received", "session-live", "{\"n\":" + n + "}", NOW.minusSeconds(60)));
                }
                long started = System.nanoTime();
                written.addAndGet(store.append(events).inserted());
                long waited = System.nanoTime() - started;
                writerNanos.add(waited);
                if (waited > SLOW_APPEND.toNanos()) {
                    System.out.printf("%s slow append: %d ms%n", Instant.now(), waited / 1_000_000);
                }
                pause(50);
            }
        }, "bench-writer");
        Thread walWatcher = new Thread(() -> {
            while (!stop.get()) {
                walPeak.accumulateAndGet(size(wal(file)), Math::max);
                pause(10);
            }
        }, "bench-wal");
        reader.start();
        writer.start();
        walWatcher.start();
        if (scheduler.isPresent()) {
            scheduler.get().check();
        } else {
            Thread.sleep(BASELINE.toMillis());
        }
        stop.set(true);
        reader.join();
        writer.join();
        walWatcher.join();
        return new Measured(List.copyOf(readerNanos), List.copyOf(writerNanos), written.get(), walPeak.get());
    }

    private static void report(String label, Measured measured) {
        System.out.printf("%-32s reader: %,d queries, p99 %.1f ms, max %.1f ms | writer: %,d appends, max %.1f ms%n",
                label, measured.readerNanos.size(), percentile(measured.readerNanos, 0.99),
                percentile(measured.readerNanos, 1.0), measured.writerNanos.size(),
                percentile(measured.writerNanos, 1.0));
    }

    private static double percentile(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    private static long size(Path path) {
        try {
            return Files.exists(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1024.0 / 1024.0);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
