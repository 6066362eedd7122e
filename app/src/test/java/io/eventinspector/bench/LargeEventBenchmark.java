package io.eventinspector.bench;

import static io.eventinspector.ui.HeadlessWindow.onFx;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.HeadlessWindow;
import io.eventinspector.ui.shell.AppContext;
import io.eventinspector.ui.events.DetailPaneProbe;
import io.eventinspector.ui.events.JsonLine;
import io.eventinspector.ui.events.LargeEvents;
import io.eventinspector.ui.events.Sizes;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * Issue 21's goals for large events, in the real window, headless (Monocle, software rendering): on a store of
 * 2,000 demo events plus events of 10 KB, 1 MB, 6 MB and 10 MiB ({@link LargeEvents}), selecting each shows the
 * top of its JSON within 500 ms, the JavaFX thread is never blocked for more than 100 ms in one go (the longest
 * gap between two pulses; the longest GC pause in the same time is printed beside it, since a pause stops that
 * thread too), and the heap after selecting all four stays under 512 MB.
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=io.eventinspector.bench.LargeEventBenchmark}.
 */
public final class LargeEventBenchmark {
    private static final int ROUNDS = 5;
    /** Pulses are watched this long after the JSON shows, to catch work that follows it (the tree, GC). */
    private static final long SETTLE_MS = 500;

    private LargeEventBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessWindow.useHeadlessToolkit();
        Path folder = Files.createTempDirectory("large-events");
        StoreUrl url = LargeEvents.store(folder.resolve("events.db"), 2_000);
        try (HeadlessWindow window = HeadlessWindow.start(url, Map.of("WHATSAPP_EVENTS_RETENTION_DAYS", "0"), 3,
                context -> { })) {
            measure(window.context());
        }
    }

    private static void measure(AppContext context) throws Exception {
        List<Event> large = LargeEvents.all();
        waitFor(() -> context.table().rows().containsAll(large) && json() != null);
        DetailPaneProbe probe = onFx(() -> new DetailPaneProbe(table(), json()));
        Event ordinary = onFx(() -> context.table().rows().get(large.size()));

        List<Long> worstBlocks = new ArrayList<>();
        GcPauses gc = new GcPauses();
        for (Event event : large) {
            List<Long> shown = new ArrayList<>();
            long blocked = 0;
            long longestGc = 0;
            for (int round = 0; round < ROUNDS; round++) {
                probe.selectAndTime(ordinary, 60);
                Thread.sleep(SETTLE_MS);
                onFx(probe::start);
                gc.reset();
                shown.add(probe.selectAndTime(event, 60));
                Thread.sleep(SETTLE_MS);
                blocked = Math.max(blocked, onFx(() -> {
                    probe.stop();
                    return probe.longestBlockMillis();
                }));
                longestGc = Math.max(longestGc, gc.longestMillis());
            }
            worstBlocks.add(blocked);
            Collections.sort(shown);
            System.out.printf("%-16s %8s: top shown p50 %d ms, max %d ms over %d selections; UI thread blocked at "
                    + "most %d ms (longest GC pause meanwhile %d ms)%n", event.id(),
                    Sizes.format(EventJson.toJson(event).length()), shown.get(shown.size() / 2),
                    shown.get(shown.size() - 1), ROUNDS, blocked, longestGc);
        }
        System.gc();
        Thread.sleep(500);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap used after GC, all four selected: %d MB; UI thread blocked at most %d ms%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, Collections.max(worstBlocks));
    }

    /** The longest stop-the-world GC pause since {@link #reset()}: a pause stops the JavaFX thread too. */
    private static final class GcPauses {
        private volatile long longest;

        GcPauses() {
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) bean).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        long millis = GarbageCollectionNotificationInfo.from(
                                (CompositeData) notification.getUserData()).getGcInfo().getDuration();
                        longest = Math.max(longest, millis);
                    }
                }, null, null);
            }
        }

        void reset() {
            longest = 0;
        }

        long longestMillis() {
            return longest;
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<Event> table() {
        return (TableView<Event>) Window.getWindows().get(0).getScene().lookup(".event-table");
    }

    @SuppressWarnings("unchecked")
    private static ListView<JsonLine> json() {
        return (ListView<JsonLine>) Window.getWindows().get(0).getScene().lookup("#detailJson");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        HeadlessWindow.waitUntil(condition, 120, 20);
    }
}
