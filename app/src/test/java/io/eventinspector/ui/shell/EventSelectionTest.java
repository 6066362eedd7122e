package io.eventinspector.ui.shell;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.ui.SqliteViewModelTestBase;
import io.eventinspector.ui.events.EventTableViewModel;
import io.eventinspector.ui.events.FilterViewModel;
import io.eventinspector.ui.trace.StepSelector;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A trace's step clicked: its event selected in the table, the filter narrowed to its message when it hides it. */
class EventSelectionTest extends SqliteViewModelTestBase {
    private final FilterViewModel filter = new FilterViewModel(
            Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
    private final List<String> selected = new ArrayList<>();
    private EventTableViewModel table;
    private EventSelection selection;

    @BeforeEach
    void open() {
        database.events().append(List.of(
                event("evt_sent", "message.sent", "sales", "2026-11-26T10:00:00Z", "{\"message_id\":\"3EB0AAA\"}"),
                event("evt_delivered", "message.delivered", "sales", "2026-11-26T10:00:02Z",
                        "{\"message_ids\":[\"3EB0AAA\",\"3EB0BBB\"],\"from\":\"4915@s.whatsapp.net\"}"),
                event("evt_other", "message.sent", "sales", "2026-11-26T10:00:03Z", "{\"message_id\":\"3EB0CCC\"}"),
                event("evt_support", "message.sent", "support", "2026-11-26T10:00:04Z",
                        "{\"message_id\":\"3EB0DDD\"}")));
        table = new EventTableViewModel(executor, filter, store, notifications);
        selection = new EventSelection(filter, table);
        selection.setOnSelect(row -> selected.add(row.id()));
        store.set(database.events());
    }

    @Test
    void an_event_the_table_shows_is_selected_and_the_filter_left_alone() {
        selection.select("evt_delivered", "sales", "3EB0AAA");

        assertThat(selected).containsExactly("evt_delivered");
        assertThat(filter.queryProperty().get().hasFilter()).isFalse();
    }

    @Test
    void an_event_the_filter_hides_is_selected_once_the_filter_shows_its_message() {
        filter.sessionIdProperty().set("support");
        assertThat(table.rows()).extracting(Event::id).containsExactly("evt_support");

        // Held, as in the window: the table reloads once, after the filter's edits (its debounce).
        executor.hold();
        selection.select("evt_delivered", "sales", "3EB0AAA");
        assertThat(selected).isEmpty();
        executor.runAll();

        assertThat(filter.sessionIdProperty().get()).isEqualTo("sales");
        assertThat(filter.textProperty().get()).isEqualTo("3EB0AAA");
        assertThat(table.rows()).extracting(Event::id).containsExactly("evt_delivered", "evt_sent");
        assertThat(selected).containsExactly("evt_delivered");
    }

    @Test
    void an_event_gone_from_the_store_is_given_up_once_its_messages_events_are_shown() {
        filter.sessionIdProperty().set("support");

        executor.hold();
        selection.select("evt_deleted", "sales", "3EB0AAA");
        executor.runAll();
        assertThat(table.rows()).extracting(Event::id).containsExactly("evt_delivered", "evt_sent");
        filter.clear();

        assertThat(table.rows()).hasSize(4);
        assertThat(selected).isEmpty();

        database.events().append(List.of(event("evt_deleted", "message.read", "sales", "2026-11-26T10:00:09Z")));
        table.refresh();

        assertThat(selected).as("not selected by a later, unrelated reload").isEmpty();
    }

    @Test
    void a_filter_the_user_sets_before_the_narrowed_one_shows_forgets_the_click() {
        filter.sessionIdProperty().set("support");

        executor.hold();
        selection.select("evt_delivered", "sales", "3EB0AAA");
        filter.clear();
        executor.runAll();

        assertThat(table.rows()).hasSize(4);
        assertThat(selected).as("the user moved on before the message's rows came").isEmpty();
    }

    @Test
    void the_health_windows_selection_never_changes_the_filter_it_measures() {
        filter.sessionIdProperty().set("support");
        StepSelector healthSelection = selection.withoutNarrowing();

        healthSelection.select("evt_delivered", "sales", "3EB0AAA");
        healthSelection.select("evt_support", "support", "3EB0DDD");

        assertThat(filter.sessionIdProperty().get()).isEqualTo("support");
        assertThat(filter.textProperty().get()).isEmpty();
        assertThat(selected).containsExactly("evt_support");
    }
}
