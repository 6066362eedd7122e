package io.eventinspector.bench;

import static io.eventinspector.ui.HeadlessWindow.onFx;

import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.HeadlessWindow;
import io.eventinspector.ui.shell.AppContext;
import io.eventinspector.ui.events.EventTableViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;

/**
 * The desktop's filter and memory goals on a large store, headless (Monocle, software rendering). Make the store
 * with {@code generate --events 1000000}, then
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=io.eventinspector.bench.DesktopBenchmark
 * -Dexec.args=/path/events.db}.
 */
public final class DesktopBenchmark {
    private static final String[] TYPES = {"message.sent", "message.read", "presence.update", "message.delivered",
        "session.connected", "message.received"};
    /** Changes slower than this are printed one by one: the goal is p95 <= 100 ms. */
    private static final long SLOW_CHANGE_MS = 100;

    private DesktopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessWindow.useHeadlessToolkit();
        StoreUrl url = StoreUrl.sqlite(Path.of(args[0]));
        CountDownLatch firstPage = new CountDownLatch(1);
        // Retention off: the window starts the daily cleanup, which would delete the store's oldest events
        // (generated up to a fixed end date) in the middle of the measurement.
        try (HeadlessWindow window = HeadlessWindow.start(url, Map.of("WHATSAPP_EVENTS_RETENTION_DAYS", "0"), 3,
                context -> context.table().rows().addListener((ListChangeListener<Object>) change -> firstPage
                        .countDown()))) {
            measure(window.context(), firstPage);
        }
    }

    private static void measure(AppContext context, CountDownLatch firstPage) throws Exception {
        // Launch -> first page is measured through the real launcher instead (jpackage/window-time.sh): here
        // the JVM's start, the class-data archive and the early store open would all be missing.
        firstPage.await(120, TimeUnit.SECONDS);

        List<Long> latencies = new ArrayList<>();
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            String type = TYPES[i % TYPES.length];
            String session = i % 2 == 0 ? "" : sessionOf(context);
            long millis = filterChange(context, type, session);
            latencies.add(millis);
            if (millis > SLOW_CHANGE_MS) {
                // The table's own query time tells a slow query from a wait for a pool thread or the FX thread.
                System.out.printf("  slow change %2d: type %s, session '%s': %d ms, page query %d ms%n", i, type,
                        session, millis, context.table().queryMillis());
            }
        }
        long changesCpuMs = (processCpuNanos() - cpuBefore) / 1_000_000;
        long changesWallMs = (System.nanoTime() - wallBefore) / 1_000_000;
        Collections.sort(latencies);
        System.out.printf("filter change -> table updated (excluding the 250 ms typing debounce): p50 %d ms, "
                + "p95 %d ms, max %d ms over %d changes (%d ms wall, %d ms process CPU)%n",
                latencies.get(latencies.size() / 2), latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1),
                latencies.get(latencies.size() - 1), latencies.size(), changesWallMs, changesCpuMs);

        onFx(() -> {
            context.filter().clear();
            context.table().reload();
        });
        // Not just 200 rows: the last filter change showed 200 too, and a loadMore while the reload still runs
        // is ignored, so the scroll below would wait for rows that never come.
        waitFor(() -> !context.table().loadingProperty().get()
                && context.table().rows().size() == EventTableViewModel.PAGE_SIZE);
        long scrollStart = System.nanoTime();
        while (true) {
            int before = context.table().rows().size();
            if (before >= 100_000) {
                break;
            }
            onFx(() -> context.table().loadMore());
            waitFor(() -> context.table().rows().size() > before);
        }
        long scrollMs = (System.nanoTime() - scrollStart) / 1_000_000;
        System.gc();
        Thread.sleep(500);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        System.out.printf("scrolled to %,d rows in %d ms (%d pages); heap used after GC: %d MB%n",
                context.table().rows().size(), scrollMs, context.table().rows().size() / EventTableViewModel.PAGE_SIZE,
                usedMb);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String sessionOf(AppContext context) throws Exception {
        CompletableFuture<String> session = new CompletableFuture<>();
        Platform.runLater(() -> session.complete(context.table().rows().isEmpty() ? ""
                : context.table().rows().get(0).sessionId()));
        return session.get(10, TimeUnit.SECONDS);
    }

    /** Sets the filter and reloads (what the debounce timer does), then waits for the table's rows to change. */
    private static long filterChange(AppContext context, String type, String session) throws Exception {
        CountDownLatch updated = new CountDownLatch(1);
        ListChangeListener<Object> listener = change -> updated.countDown();
        long[] start = new long[1];
        onFx(() -> {
            context.table().rows().addListener(listener);
            start[0] = System.nanoTime();
            context.filter().selectedTypes().setAll(type);
            context.filter().sessionIdProperty().set(session);
            context.table().reload();
        });
        if (!updated.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the table did not update within 60 s");
        }
        long millis = (System.nanoTime() - start[0]) / 1_000_000;
        onFx(() -> context.table().rows().removeListener(listener));
        return millis;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        HeadlessWindow.waitUntil(condition, 120, 5);
    }
}
