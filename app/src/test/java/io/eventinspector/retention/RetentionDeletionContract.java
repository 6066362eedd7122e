package io.eventinspector.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.testing.MutableClock;
import io.eventinspector.testing.OpenStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scheduled cleanup on a real database leaves exactly the events inside the retention window. */
abstract class RetentionDeletionContract extends OpenStoreContract {
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final Instant CUTOFF = Instant.parse("2026-02-08T02:00:00Z");

    @Test
    void aScheduledCleanupLeavesExactlyTheEventsInsideTheWindow() {
        List<Event> events = new ArrayList<>();
        // 3,000 events, one every 3 minutes around the cutoff, plus the edges (batching is the store contract's).
        Instant first = CUTOFF.minusSeconds(180L * 1_750);
        for (int i = 0; i < 3_000; i++) {
            events.add(new Event("e" + i, "message.sent", "s" + (i % 5), "{\"i\":" + i + "}",
                    first.plusSeconds(180L * i)));
        }
        events.add(new Event("edge-before", "message.sent", "s1", "{}", CUTOFF.minusMillis(1)));
        events.add(new Event("edge-at", "message.sent", "s1", "{}", CUTOFF));
        events.add(new Event("edge-after", "message.sent", "s1", "{}", CUTOFF.plusMillis(1)));
        store.append(events);
        List<String> inside = events.stream().filter(event -> !event.timestamp().isBefore(CUTOFF))
                .map(Event::id).sorted().toList();
        EventCleanup cleanup = new EventCleanup(store, new MutableClock(NOW.toString()));
        assertThat(cleanup.countDeletable(30)).isEqualTo(events.size() - inside.size());

        CleanupScheduler scheduler = new CleanupScheduler(cleanup, RetentionSettings.DEFAULTS,
                new MutableClock(NOW.toString()));
        scheduler.check();

        CleanupRun run = scheduler.state().lastRun().orElseThrow();
        assertThat(run.succeeded()).isTrue();
        assertThat(run.cutoff()).isEqualTo(CUTOFF);
        assertThat(run.deleted()).isEqualTo(1_751);
        assertThat(remainingIds()).isEqualTo(inside);
        assertThat(store.get("edge-at")).isPresent();
        assertThat(store.get("edge-before")).isEmpty();
    }

    @Test
    void aScheduledRunFirstAsksItsGateWhichCanCountTheOldEventsStoredSinceAMark() {
        store.append(List.of(new Event("there-before", "message.sent", "s1", "{}", CUTOFF.minusSeconds(60))));
        Instant mark = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        awaitTheNextMillisecond(mark); // insertion times are whole milliseconds of the system clock
        store.append(List.of(
                new Event("imported-1", "message.sent", "s1", "{}", CUTOFF.minus(Duration.ofDays(20))),
                new Event("imported-2", "message.sent", "s1", "{}", CUTOFF.minusMillis(1)),
                new Event("imported-inside", "message.sent", "s1", "{}", CUTOFF),
                new Event("live", "message.sent", "s1", "{}", NOW)));

        assertThat(store.countOlderThan(CUTOFF, mark)).isEqualTo(2);
        assertThat(store.countOlderThan(CUTOFF, Instant.EPOCH)).isEqualTo(3);

        CleanupScheduler scheduler = new CleanupScheduler(new EventCleanup(store, new MutableClock(NOW.toString())),
                RetentionSettings.DEFAULTS, new MutableClock(NOW.toString()));
        List<Instant> asked = new ArrayList<>();
        scheduler.setGate(cutoff -> asked.add(cutoff) && false);
        scheduler.check();

        assertThat(asked).containsExactly(CUTOFF);
        assertThat(remainingIds()).hasSize(5);
        assertThat(scheduler.state().lastRun()).isEmpty();

        scheduler.setGate(cutoff -> true);
        scheduler.check();

        assertThat(remainingIds()).containsExactly("imported-inside", "live");
    }

    private static void awaitTheNextMillisecond(Instant mark) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (!Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(mark)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the system clock did not move on within 1 s");
            }
            Thread.onSpinWait();
        }
    }

    private List<String> remainingIds() {
        return database.dsl().fetch("SELECT id FROM events").getValues(0, String.class).stream().sorted().toList();
    }
}
