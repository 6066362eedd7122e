package io.eventinspector.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventDetailViewModelTest {
    private final EventDetailViewModel detail = new EventDetailViewModel();

    @Test
    void selecting_an_event_shows_its_header_json_and_message_id() {
        detail.eventProperty().set(new Event("evt_1", "message.read", "wa_1",
                "{\"message_ids\":[\"3EB0A1\"],\"status\":\"read\"}", Instant.parse("2026-11-26T14:03:12.120Z")));

        assertThat(detail.headerProperty().get()).isEqualTo("message.read · evt_1");
        assertThat(detail.metaProperty().get()).isEqualTo("session wa_1 · 2026-11-26 14:03:12.120 UTC");
        assertThat(detail.prettyJsonProperty().get()).contains("\"3EB0A1\"");
        assertThat(detail.messageIdProperty().get()).isEqualTo("3EB0A1");
    }

    @Test
    void an_event_about_no_message_and_no_selection_have_no_message_id() {
        detail.eventProperty().set(new Event("evt_2", "presence.update", "wa_1", "{\"presence\":\"available\"}",
                Instant.parse("2026-11-26T14:03:12Z")));
        assertThat(detail.messageIdProperty().get()).isEmpty();

        detail.eventProperty().set(null);
        assertThat(detail.headerProperty().get()).isEmpty();
        assertThat(detail.messageIdProperty().get()).isEmpty();
    }
}
