package io.eventinspector.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.EventJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The result's JSON is the API's and the CLI's answer: the spec's fields first, names and order as documented. */
class ReplayResultJsonTest {
    @Test
    void theSpecsFieldsComeFirstThenTheRunsThenWhatWasSent() throws Exception {
        ReplayResult result = new ReplayResult(
                new ReplayResult.Summary(false, 3, 2, 1, false, "Replayed 2 events successfully, 1 failed"),
                new ReplayResult.Run("rpl_1", 5, true, 0, false, 42),
                "https://hooks.example/in?token=t", null, null,
                List.of(new ReplayResult.EventOutcome("evt_1", ReplayResult.EventOutcome.REPLAYED, 1, 200, 7L, null)));

        JsonNode json = EventJson.mapper().readTree(EventJson.mapper().writeValueAsString(result));

        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("success", "events_found", "events_replayed", "events_failed", "dry_run",
                "message", "replay_id", "events_matched", "truncated", "events_not_attempted", "cancelled",
                "duration_ms", "target", "events");
        assertThat(json.get("events_found").asInt()).isEqualTo(3);
        assertThat(json.get("truncated").asBoolean()).isTrue();
        assertThat(json.get("target").asText()).isEqualTo("https://hooks.example/in?token=***");
        assertThat(result.eventsReplayed()).isEqualTo(2);
        assertThat(result.durationMs()).isEqualTo(42);
    }
}
