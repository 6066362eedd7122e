package io.eventinspector.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import io.eventinspector.ui.events.JsonLine.Shape;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventDetailViewModelTest {
    private static final Event HISTORY = LargeEvents.historySync6Mb();

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final EventDetailViewModel detail = new EventDetailViewModel(executor);

    @Test
    void selecting_an_event_shows_its_header_size_json_and_message_id() {
        detail.eventProperty().set(new Event("evt_1", "message.read", "wa_1",
                "{\"message_ids\":[\"3EB0A1\"],\"status\":\"read\"}", Instant.parse("2026-11-26T14:03:12.120Z")));

        assertThat(detail.headerProperty().get()).isEqualTo("message.read · evt_1");
        assertThat(detail.metaProperty().get()).isEqualTo("session wa_1 · 2026-11-26 14:03:12.120 UTC");
        assertThat(shown()).containsSubsequence("  \"id\" : \"evt_1\",", "  \"data\" : {",
                "    \"message_ids\" : [", "      \"3EB0A1\"", "    ],", "    \"status\" : \"read\"", "  },");
        assertThat(detail.messageIdProperty().get()).isEqualTo("3EB0A1");
        assertThat(detail.sizeProperty().get()).isEqualTo(
                EventJson.toJson(detail.eventProperty().get()).length() + " B");
    }

    @Test
    void a_gateway_row_whose_time_could_not_be_read_says_so_instead_of_showing_1970() {
        detail.eventProperty().set(Event.withUnreadableTimestamp("20260203", "message.sent", "wa_1", "{\"n\":1}"));
        executor.runAll();

        assertThat(detail.metaProperty().get()).isEqualTo(
                "session wa_1 · time unreadable in the gateway's database (never deleted by cleanup)");
        assertThat(shown()).contains("  \"timestamp_unreadable\" : true");
    }

    @Test
    void an_event_about_no_message_and_no_selection_have_no_message_id() {
        detail.eventProperty().set(new Event("evt_2", "presence.update", "wa_1", "{\"presence\":\"available\"}",
                Instant.parse("2026-11-26T14:03:12Z")));
        assertThat(detail.messageIdProperty().get()).isEmpty();

        detail.eventProperty().set(null);
        assertThat(detail.headerProperty().get()).isEmpty();
        assertThat(detail.messageIdProperty().get()).isEmpty();
        assertThat(detail.json().linesProperty().get()).isEmpty();
    }

    @Test
    void a_long_string_is_shown_cut_with_its_size_and_a_large_array_as_its_length() {
        detail.eventProperty().set(HISTORY);

        List<JsonLine> lines = detail.json().linesProperty().get();
        String blobStart = HISTORY.dataJson().substring(HISTORY.dataJson().indexOf("\"blob\":\"") + 8).substring(0,
                LongValues.PREVIEW);
        assertThat(shown()).containsExactly(
                "{",
                "  \"id\" : \"evt_large_6mb\",",
                "  \"type\" : \"history.sync\",",
                "  \"session_id\" : \"wa_large\",",
                "  \"data\" : {",
                "    \"sync_type\" : \"history\",",
                "    \"progress\" : 100,",
                "    \"blob\" : \"" + blobStart + "… (4.0 MB, base64)\",",
                "    \"messages\" : [ 50,000 items ]",
                "  },",
                "  \"timestamp\" : \"2026-11-26T12:01:02Z\"",
                "}");
        assertThat(lines.get(8).tokens()).extracting(JsonToken::kind).contains(JsonToken.Kind.FOLDED);
        assertThat(EventJson.toJson(HISTORY).length()).isBetween(6_050_000, 6_149_999);
        assertThat(detail.sizeProperty().get()).isEqualTo("6.1 MB");
        assertThat(detail.treeProperty().get().children()).extracting(JsonTreeNode::label)
                .contains("type: \"history.sync\"", "data {4}");
    }

    @Test
    void expanding_a_long_string_shows_all_of_it_in_short_lines_and_collapsing_cuts_it_again() {
        detail.eventProperty().set(HISTORY);
        JsonLine blob = line("$.data.blob");

        detail.json().toggle(blob);

        List<JsonLine> pieces = detail.json().linesProperty().get().stream()
                .filter(line -> "$.data.blob".equals(line.path())).toList();
        assertThat(pieces).allMatch(line -> line.shape() == Shape.STRING_PART)
                .allMatch(line -> line.shown().length() <= FoldedJson.CHUNK + 40);
        String joined = pieces.stream().map(JsonLine::text).collect(Collectors.joining());
        assertThat(joined).isEqualTo("\"" + HISTORY_BLOB + "\"");
        assertThat(pieces.get(0).shown()).startsWith("    \"blob\" : \"" + HISTORY_BLOB.substring(0, 40));
        assertThat(pieces.get(pieces.size() - 1).shown()).endsWith("\",");

        detail.json().toggle(pieces.get(pieces.size() / 2));
        assertThat(line("$.data.blob").shape()).isEqualTo(Shape.FOLDED);
    }

    @Test
    void copying_a_value_gives_all_of_it_exactly_whether_folded_or_not() {
        detail.eventProperty().set(HISTORY);

        assertThat(JsonTextViewModel.valueOf(line("$.data.blob"))).isEqualTo(HISTORY_BLOB);
        String messages = JsonTextViewModel.valueOf(line("$.data.messages"));
        assertThat(messages).startsWith("[{\"id\":\"3EB000000\",\"ts\":1764000000,\"st\":1}").hasSize(
                HISTORY.dataJson().length() - HISTORY.dataJson().indexOf("[{") - 1);
    }

    @Test
    void copy_json_gives_the_stored_event_byte_for_byte() {
        Event exact = new Event("evt_3", "message.sent", "wa_1",
                "{\"amount\":12345678901234567890.10,\"name\":\"Jos\\u00e9\",\"big\":\"" + "A".repeat(5000) + "\"}",
                Instant.parse("2026-11-26T14:03:12Z"));
        detail.eventProperty().set(exact);

        assertThat(detail.exactJson()).isEqualTo(EventJson.toJson(exact)).contains(exact.dataJson());
    }

    @Test
    void expanding_a_large_array_lists_every_member_and_the_tree_opens_it_in_ranges() {
        detail.eventProperty().set(HISTORY);

        detail.json().toggle(line("$.data.messages"));

        assertThat(detail.json().linesProperty().get()).hasSizeGreaterThan(LargeEvents.MESSAGES * 5)
                .allMatch(line -> line.shown().length() < 200);
        assertThat(line("$.data.messages[49999].ts").shown()).isEqualTo("        \"ts\" : 1764049999,");
        JsonTreeNode messages = detail.treeProperty().get().children().get(3).children().get(3);
        assertThat(messages.label()).isEqualTo("messages [50000]");
        assertThat(messages.startsExpanded(1)).isFalse();
        List<JsonTreeNode> ranges = messages.children();
        assertThat(ranges).hasSize(50);
        assertThat(ranges.get(49).label()).isEqualTo("[49000 … 49999]");
        assertThat(ranges.get(49).children().get(999).path()).isEqualTo("$.data.messages[49999]");
    }

    @Test
    void selecting_another_event_cancels_the_layout_of_the_previous_one() {
        executor.hold();
        detail.eventProperty().set(HISTORY);
        Event small = new Event("evt_4", "presence.update", "wa_1", "{\"presence\":\"available\"}",
                Instant.parse("2026-11-26T14:03:12Z"));
        detail.eventProperty().set(small);
        executor.runAll();

        assertThat(shown()).contains("  \"id\" : \"evt_4\",").noneMatch(line -> line.contains("evt_large"));
        assertThat(detail.sizeProperty().get()).endsWith(" B");
    }

    private static final String HISTORY_BLOB = blob();

    private static String blob() {
        JsonNode data;
        try {
            data = EventJson.mapper().readTree(HISTORY.dataJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return data.get("blob").textValue();
    }

    private List<String> shown() {
        return detail.json().linesProperty().get().stream().map(JsonLine::shown).toList();
    }

    private JsonLine line(String path) {
        return detail.json().linesProperty().get().stream().filter(line -> path.equals(line.path())).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + path));
    }
}
