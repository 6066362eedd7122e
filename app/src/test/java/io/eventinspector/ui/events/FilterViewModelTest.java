package io.eventinspector.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.EventQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FilterViewModelTest {
    private final FilterViewModel filter = new FilterViewModel(
            Clock.fixed(Instant.parse("2026-11-26T14:00:00Z"), ZoneOffset.UTC));

    @Test
    void times_are_read_as_utc_whatever_the_machine_zone() {
        filter.sinceProperty().set("2026-11-20 08:30");
        filter.untilProperty().set("2026-11-21");

        EventQuery query = filter.queryProperty().get();
        assertThat(query.since()).contains(Instant.parse("2026-11-20T08:30:00Z"));
        assertThat(query.until()).contains(Instant.parse("2026-11-21T00:00:00Z"));
    }

    @Test
    void same_message_searches_its_id_in_its_session_and_drops_types_and_times() {
        filter.sinceProperty().set("2026-11-20");
        filter.textProperty().set("refund");

        filter.showMessage("wa_4915", "3EB0A1");

        EventQuery query = filter.queryProperty().get();
        assertThat(query.sessionId()).contains("wa_4915");
        assertThat(query.text()).contains("3EB0A1");
        assertThat(query.since()).isEmpty();
        assertThat(query.types()).isEmpty();
    }

    @Test
    void rfc3339_with_an_offset_is_accepted_too() {
        filter.sinceProperty().set("2026-11-20T10:30:00+02:00");

        assertThat(filter.queryProperty().get().since()).contains(Instant.parse("2026-11-20T08:30:00Z"));
    }

    @Test
    void since_after_until_is_an_error_naming_since() {
        filter.sinceProperty().set("2026-11-22");
        filter.untilProperty().set("2026-11-21");

        assertThat(filter.errorProperty().get()).startsWith("since (2026-11-22T00:00:00Z) is after until");
        assertThat(filter.queryProperty().get().until()).isEmpty();
    }

    @Test
    void a_quick_range_sets_since_relative_to_now_and_clears_until() {
        filter.untilProperty().set("2026-11-26");

        filter.applyQuickRange(FilterViewModel.QuickRange.HOUR_1);

        assertThat(filter.sinceProperty().get()).isEqualTo("2026-11-26 13:00:00");
        assertThat(filter.queryProperty().get().since()).contains(Instant.parse("2026-11-26T13:00:00Z"));
        assertThat(filter.queryProperty().get().until()).isEmpty();
    }

    @Test
    void the_api_url_mirrors_every_filter_and_clear_resets_it() {
        filter.sessionIdProperty().set("wa_49 1");
        filter.selectedTypes().setAll("message.sent", "message.read");
        filter.sinceProperty().set("2026-11-20");
        filter.textProperty().set("refund");

        assertThat(filter.apiUrlProperty().get()).isEqualTo("GET /api/events?session_id=wa_49+1"
                + "&event_type=message.sent,message.read&since=2026-11-20T00:00:00Z&q=refund");

        filter.clear();
        assertThat(filter.apiUrlProperty().get()).isEqualTo("GET /api/events");
        assertThat(filter.queryProperty().get().hasFilter()).isFalse();
    }
}
