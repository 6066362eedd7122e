package io.eventinspector.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.ui.fx.QueuedTaskExecutor;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTextViewModelTest {
    private final JsonTextViewModel json = new JsonTextViewModel(new QueuedTaskExecutor());

    @Test
    void a_request_shows_its_head_as_plain_lines_and_its_body_folded() {
        String body = "{\"blob\":\"" + "A".repeat(LongValues.LONG_STRING + 1) + "\",\"n\":[1,2]}";
        json.show(List.of("POST https://consumer.example/webhook", ""), body);

        assertThat(shown()).containsExactly("POST https://consumer.example/webhook", "", "{",
                "  \"blob\" : \"AAAAAAAAAAAAAAAAAAAAAAAA… (301 B, base64)\",", "  \"n\" : [", "    1,", "    2",
                "  ]", "}");
        JsonLine blob = json.linesProperty().get().get(3);
        assertThat(JsonTextViewModel.valueOf(blob)).isEqualTo("A".repeat(LongValues.LONG_STRING + 1));

        json.toggle(json.linesProperty().get().get(4));
        assertThat(shown()).containsSubsequence("POST https://consumer.example/webhook", "  \"n\" : [ 2 items ]");
    }

    @Test
    void a_body_that_is_not_json_is_shown_as_one_string_and_copied_as_sent() {
        json.show(List.of("POST x"), "{\"cut\":[1,");

        assertThat(shown()).containsExactly("POST x", "\"{\\\"cut\\\":[1,\"");
        assertThat(JsonTextViewModel.valueOf(json.linesProperty().get().get(1))).isEqualTo("{\"cut\":[1,");
    }

    private List<String> shown() {
        return json.linesProperty().get().stream().map(JsonLine::shown).toList();
    }
}
