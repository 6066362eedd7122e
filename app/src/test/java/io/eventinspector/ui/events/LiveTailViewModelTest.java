package io.eventinspector.ui.events;

import io.eventinspector.ui.SqliteViewModelTestBase;
import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.store.EventStore;
import io.eventinspector.testing.FailingStores;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveTailViewModelTest extends SqliteViewModelTestBase {
    private final FilterViewModel filter = new FilterViewModel(
            Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
    private final HandTicker ticker = new HandTicker();
    private EventTableViewModel table;
    private LiveTailViewModel tail;
    private boolean down;

    /** A ticker the test fires: one call of {@link #tick()} is one second passing. */
    private static final class HandTicker implements Ticker {
        private final List<Runnable> actions = new ArrayList<>();
        private Duration interval;

        @Override
        public TaskExecutor.Handle every(Duration every, Runnable action) {
            interval = every;
            actions.add(action);
            return () -> actions.remove(action);
        }

        void tick() {
            List.copyOf(actions).forEach(Runnable::run);
        }

        boolean running() {
            return !actions.isEmpty();
        }
    }

    @BeforeEach
    void open() {
        database.events().append(List.of(
                event("e1", "message.sent", "s1", "2026-11-26T10:00:00Z"),
                event("e2", "presence.update", "s1", "2026-11-26T10:00:01Z"),
                event("e3", "message.sent", "s2", "2026-11-26T10:00:02Z")));
        table = new EventTableViewModel(executor, filter, store, notifications);
        tail = new LiveTailViewModel(executor, ticker, table, store, notifications);
        EventStore real = database.events();
        store.set(FailingStores.failingWhile(() -> down, real));
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @Test
    void while_live_each_tick_puts_new_matching_events_on_top_and_keeps_the_selection() {
        filter.selectedTypes().setAll("message.sent");
        assertThat(ids(table.rows())).containsExactly("e3", "e1");
        table.selectedProperty().set(table.rows().get(1));

        tail.liveProperty().set(true);
        assertThat(ticker.interval).isEqualTo(Duration.ofSeconds(1));
        database.events().append(List.of(
                event("e4", "message.sent", "s1", "2026-11-26T10:00:03Z"),
                event("e5", "presence.update", "s1", "2026-11-26T10:00:04Z"),
                event("e6", "message.sent", "s2", "2026-11-26T10:00:05Z")));
        ticker.tick();

        assertThat(ids(table.rows())).containsExactly("e6", "e4", "e3", "e1");
        assertThat(table.selectedProperty().get().id()).isEqualTo("e1");
        assertThat(table.total()).isEqualTo(4);

        ticker.tick();
        assertThat(ids(table.rows())).containsExactly("e6", "e4", "e3", "e1");
    }

    @Test
    void nothing_is_read_while_not_live() {
        database.events().append(List.of(event("e4", "message.sent", "s1", "2026-11-26T10:00:03Z")));

        ticker.tick();
        assertThat(ticker.running()).isFalse();
        assertThat(ids(table.rows())).containsExactly("e3", "e2", "e1");

        tail.liveProperty().set(true);
        tail.liveProperty().set(false);
        assertThat(ticker.running()).isFalse();
    }

    @Test
    void a_poll_the_table_moved_past_is_dropped() {
        tail.liveProperty().set(true);
        database.events().append(List.of(event("e4", "message.sent", "s1", "2026-11-26T10:00:03Z")));
        executor.hold();
        ticker.tick();
        filter.sessionIdProperty().set("s2");
        executor.runAll();

        // The reload for s2 replaced the rows: the s1 event from the old poll must not appear in them.
        assertThat(ids(table.rows())).containsExactly("e3");

        database.events().append(List.of(event("e5", "message.read", "s2", "2026-11-26T10:00:04Z")));
        ticker.tick();
        assertThat(ids(table.rows())).containsExactly("e5", "e3");
    }

    @Test
    void an_empty_table_fills_from_the_beginning() {
        filter.sessionIdProperty().set("s3");
        assertThat(table.rows()).isEmpty();
        tail.liveProperty().set(true);

        database.events().append(List.of(event("e4", "message.sent", "s3", "2026-11-26T09:00:00Z")));
        ticker.tick();

        assertThat(ids(table.rows())).containsExactly("e4");
    }

    @Test
    void a_lost_database_stops_the_tail_with_a_notification_whose_retry_resumes() {
        tail.liveProperty().set(true);
        down = true;
        ticker.tick();

        assertThat(tail.liveProperty().get()).isFalse();
        assertThat(ticker.running()).isFalse();
        Notifications.Notification shown = notifications.currentProperty().get();
        assertThat(shown.message()).isEqualTo("Live tail stopped: database connection lost");

        down = false;
        database.events().append(List.of(event("e4", "message.sent", "s1", "2026-11-26T10:00:03Z")));
        shown.retry().orElseThrow().run();
        ticker.tick();

        assertThat(tail.liveProperty().get()).isTrue();
        assertThat(ids(table.rows())).startsWith("e4");
    }
}
