package io.eventinspector.ui.events;

import io.eventinspector.ui.SqliteViewModelTestBase;
import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.EventStore;
import io.eventinspector.testing.FailingStores;
import io.eventinspector.ui.fx.Notifications;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventTableViewModelTest extends SqliteViewModelTestBase {
    private static final Instant BASE = Instant.parse("2026-11-20T10:00:00Z");

    private FilterViewModel filter;
    private EventTableViewModel table;
    private EventDetailViewModel detail;

    @BeforeEach
    void open() {
        filter = new FilterViewModel(Clock.fixed(BASE.plusSeconds(3600), ZoneOffset.UTC));
        table = new EventTableViewModel(executor, filter, store, notifications);
        detail = new EventDetailViewModel(executor);
        detail.eventProperty().bind(table.selectedProperty());
    }

    private void fill(int count) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String type = i % 3 == 0 ? "message.sent" : "presence.update";
            events.add(new Event(String.format("evt_%05d", i), type, i % 2 == 0 ? "s1" : "s2",
                    "{\"from\":\"+49" + i + "\",\"to\":\"+43\",\"body\":\"hello " + i + "\"}", BASE.plusSeconds(i)));
        }
        database.events().append(events);
    }

    @Test
    void opening_a_store_shows_the_first_page_newest_first_and_counts_the_total() {
        fill(450);
        store.set(database.events());

        assertThat(table.rows()).hasSize(EventTableViewModel.PAGE_SIZE);
        assertThat(table.rows().get(0).id()).isEqualTo("evt_00449");
        assertThat(table.total()).isEqualTo(450);
        assertThat(table.statusProperty().get()).startsWith("showing 200 of 450 · query ");
        assertThat(table.storeEmptyProperty().get()).isFalse();
        assertThat(filter.typeCounts()).containsEntry("message.sent", 150L).containsEntry("presence.update", 300L);
    }

    @Test
    void scrolling_pages_with_the_cursor_until_the_result_ends() {
        fill(450);
        store.set(database.events());

        table.loadMore();
        assertThat(table.rows()).hasSize(400);
        table.loadMore();
        assertThat(table.rows()).hasSize(450);
        assertThat(table.hasMore()).isFalse();
        table.loadMore();
        assertThat(table.rows()).hasSize(450);
        assertThat(table.rows()).extracting(Event::id).doesNotHaveDuplicates();
        assertThat(table.rows().get(449).id()).isEqualTo("evt_00000");
    }

    @Test
    void a_filter_change_reloads_only_the_matching_events() {
        fill(90);
        store.set(database.events());

        filter.selectedTypes().setAll("message.sent");
        filter.sessionIdProperty().set("s1");

        assertThat(table.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.type()).isEqualTo("message.sent");
            assertThat(row.sessionId()).isEqualTo("s1");
        });
        assertThat(table.total()).isEqualTo(15);
        assertThat(filter.apiUrlProperty().get())
                .isEqualTo("GET /api/events?session_id=s1&event_type=message.sent");
    }

    @Test
    void the_type_counts_follow_the_filter_but_not_the_checked_types() {
        fill(90);
        store.set(database.events());

        filter.sessionIdProperty().set("s1");
        assertThat(filter.typeCounts()).containsEntry("message.sent", 15L).containsEntry("presence.update", 30L)
                .containsEntry("message.read", 0L);

        // Checking a type keeps the others' counts: they say what checking them too would add.
        filter.selectedTypes().setAll("message.sent");
        assertThat(filter.typeCounts()).containsEntry("presence.update", 30L);
    }

    @Test
    void a_newer_query_cancels_the_older_one() {
        fill(90);
        store.set(database.events());
        overtakeAnS1QueryWithAnS2Query(filter, table::reload);

        assertThat(table.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.sessionId()).isEqualTo("s2"));
        assertThat(table.total()).isEqualTo(45);
    }

    @Test
    void a_newer_filter_stops_the_type_counts_still_pending_for_the_older_one() {
        fill(90);
        List<String> countedSessions = new ArrayList<>();
        EventStore events = database.events();
        store.set((EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(),
                new Class<?>[] {EventStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("typeCounts")) {
                        countedSessions.add(((EventQuery) args[0]).sessionId().orElse(""));
                    }
                    return method.invoke(events, args);
                }));
        countedSessions.clear();
        executor.hold();

        filter.sessionIdProperty().set("s1");
        executor.runNext(); // the debounce: reload
        executor.runNext(); // the s1 page, which queues the total and the type counts
        filter.sessionIdProperty().set("s2");
        table.reload();
        executor.runAll();

        assertThat(countedSessions).containsExactly("s2");
        assertThat(table.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.sessionId()).isEqualTo("s2"));
    }

    @Test
    void an_invalid_filter_keeps_the_last_valid_result_and_names_the_field() {
        fill(10);
        store.set(database.events());

        filter.sinceProperty().set("yesterday");

        assertThat(filter.errorProperty().get()).contains("since");
        assertThat(table.rows()).hasSize(10);
    }

    @Test
    void an_empty_store_shows_the_empty_state() {
        store.set(database.events());

        assertThat(table.storeEmptyProperty().get()).isTrue();
        assertThat(table.rows()).isEmpty();
        assertThat(table.statusProperty().get()).startsWith("showing 0 of 0");
    }

    @Test
    void selecting_a_row_shows_its_json_and_tree() {
        database.events().append(List.of(event("evt_1", "message.sent", "s1", "2026-11-20T10:00:00.120Z",
                "{\"from\":\"+491\",\"to\":\"+432\",\"body\":\"hi\",\"tags\":[\"a\"]}")));
        store.set(database.events());

        table.selectedProperty().set(table.rows().get(0));

        assertThat(detail.headerProperty().get()).isEqualTo("message.sent · evt_1");
        assertThat(detail.metaProperty().get()).isEqualTo("session s1 · 2026-11-20 10:00:00.120 UTC");
        assertThat(detail.json().linesProperty().get()).extracting(JsonLine::shown).contains("    \"body\" : \"hi\",");
        assertThat(detail.json().linesProperty().get()).flatExtracting(JsonLine::tokens).extracting(JsonToken::text)
                .contains("\"body\"", "\"hi\"");
        assertThat(table.summary(table.rows().get(0))).isEqualTo("+491 → +432: hi");
        JsonTreeNode data = detail.treeProperty().get().children().stream()
                .filter(node -> node.path().equals("$.data")).findFirst().orElseThrow();
        assertThat(data.children()).extracting(JsonTreeNode::path).contains("$.data.body", "$.data.tags");
        assertThat(data.children().get(3).children().get(0).path()).isEqualTo("$.data.tags[0]");

        table.selectedProperty().set(null);
        assertThat(detail.json().linesProperty().get()).isEmpty();
    }

    @Test
    void a_lost_database_becomes_a_notification_whose_retry_recovers() {
        fill(5);
        boolean[] down = {true};
        EventStore real = database.events();
        store.set(FailingStores.failingWhile(() -> down[0], real));

        Notifications.Notification shown = notifications.currentProperty().get();
        assertThat(shown.message()).endsWith(": database connection lost");
        assertThat(table.rows()).isEmpty();

        down[0] = false;
        shown.retry().orElseThrow().run();

        assertThat(table.rows()).hasSize(5);
        assertThat(filter.typeCounts()).isNotEmpty();
    }
}
