package io.eventinspector.bench;

import io.eventinspector.event.Event;
import io.eventinspector.ui.events.EventDetailViewModel;
import io.eventinspector.ui.events.LargeEvents;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * What preparing a large event for the detail pane allocates, on the thread that prepares it (the pane's
 * background work, run here on the calling thread), and how much of it stays reachable afterwards. Under SerialGC
 * every young collection copies what is still live, and stops the JavaFX thread meanwhile, so both figures count
 * for issue 21's "never blocked for more than 100 ms". Allocation counts do not depend on the machine's load.
 * {@code java -XX:+UseSerialGC -Xmx1g -cp target/test-classes:target/classes:CLASSPATH
 * io.eventinspector.bench.LargeEventAllocation}.
 */
public final class LargeEventAllocation {
    private static final int ROUNDS = 5;

    private LargeEventAllocation() {
    }

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        List<Event> large = LargeEvents.all();
        Event ordinary = new Event("evt_small", "presence.update", "wa_1", "{\"presence\":\"available\"}",
                large.get(0).timestamp());
        for (Event event : large) {
            long least = Long.MAX_VALUE;
            long retained = 0;
            for (int round = 0; round < ROUNDS; round++) {
                EventDetailViewModel detail = new EventDetailViewModel(new QueuedTaskExecutor());
                detail.eventProperty().set(ordinary);
                long before = threads.getThreadAllocatedBytes(self);
                detail.eventProperty().set(event);
                least = Math.min(least, threads.getThreadAllocatedBytes(self) - before);
                retained = retainedBy(detail, event);
            }
            System.out.printf(Locale.ROOT, "%-16s %,9d KB allocated (least of %d), %,9d KB kept while shown%n",
                    event.id(), least / 1000, ROUNDS, retained / 1000);
        }
    }

    /** Heap in use with the event shown, less heap in use once the pane shows nothing (the event itself stays). */
    private static long retainedBy(EventDetailViewModel detail, Event event) {
        long shown = usedAfterGc();
        detail.eventProperty().set(null);
        long cleared = usedAfterGc();
        if (event.id().isEmpty()) {
            throw new IllegalStateException("keeps the event reachable until here");
        }
        return shown - cleared;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
