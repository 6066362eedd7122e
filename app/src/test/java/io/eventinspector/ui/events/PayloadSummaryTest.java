package io.eventinspector.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadSummaryTest {
    @Test
    void a_message_reads_from_to_and_body_taken_from_its_message_object() {
        assertThat(PayloadSummary.of("{\"from\":\"outer\",\"message\":{\"from\":\"+491\",\"to\":\"+432\","
                + "\"body\":\"hi\\nthere\",\"media\":{\"body\":\"not this\"}}}")).isEqualTo("+491 → +432: hi there");
        assertThat(PayloadSummary.of("{\"presence\":\"available\",\"ids\":[1,2]}")).isEqualTo("available");
        assertThat(PayloadSummary.of("[1, 2,\n 3]")).isEqualTo("[1, 2, 3]");
        assertThat(PayloadSummary.of("{\"a\":1}")).isEqualTo("{\"a\":1}");
    }

    @Test
    void every_large_event_summarises_to_one_short_line() {
        List<Event> large = LargeEvents.all();

        assertThat(PayloadSummary.of(large).values()).hasSize(4)
                .allMatch(summary -> summary.length() <= PayloadSummary.MAX_LENGTH && !summary.contains("\n"));
        assertThat(PayloadSummary.of(LargeEvents.image1Mb().dataJson())).isEqualTo(
                "+4915112345678 → +4915187654321: site photo");
        assertThat(PayloadSummary.of(LargeEvents.message10Kb().dataJson()))
                .startsWith("+4915112345678 → +4915187654321: Meeting notes. Meeting").endsWith("…")
                .hasSize(PayloadSummary.MAX_LENGTH);
        assertThat(PayloadSummary.of(LargeEvents.historySync6Mb().dataJson()))
                .startsWith("{\"sync_type\":\"history\",\"progress\":100,\"blob\":\"").hasSize(PayloadSummary.MAX_LENGTH);
    }
}
