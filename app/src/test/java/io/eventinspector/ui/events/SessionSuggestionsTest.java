package io.eventinspector.ui.events;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionSuggestionsTest {
    @TempDir
    Path folder;

    private Database database;
    private final SimpleObjectProperty<EventStore> store = new SimpleObjectProperty<>();
    private final SessionSuggestions suggestions = new SessionSuggestions(store);

    @BeforeEach
    void open() {
        database = TestDatabases.sqlite(folder);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(event("a" + i, "message.sent", String.format("wa_49%02d", i), "2026-11-26T10:00:00Z"));
        }
        events.add(event("b1", "message.sent", "wa_4315", "2026-11-26T10:00:00Z"));
        database.events().append(events);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void suggests_at_most_twenty_sessions_by_prefix_sorted() {
        store.set(database.events());

        assertThat(suggestions.suggest("wa_49")).hasSize(20).startsWith("wa_4900", "wa_4901").isSorted();
        assertThat(suggestions.suggest("wa_43")).containsExactly("wa_4315");
        assertThat(suggestions.suggest("wa_491")).containsExactly("wa_4910", "wa_4911", "wa_4912", "wa_4913",
                "wa_4914", "wa_4915", "wa_4916", "wa_4917", "wa_4918", "wa_4919");
    }

    @Test
    void nothing_for_a_blank_field_a_complete_id_or_no_store() {
        assertThat(suggestions.suggest("wa_")).isEmpty();

        store.set(database.events());
        assertThat(suggestions.suggest("  ")).isEmpty();
        assertThat(suggestions.suggest("wa_4315")).isEmpty();
    }

    @Test
    void a_store_that_cannot_answer_suggests_nothing() {
        store.set(database.events());
        database.close();

        assertThat(suggestions.suggest("wa_")).isEmpty();
    }
}
