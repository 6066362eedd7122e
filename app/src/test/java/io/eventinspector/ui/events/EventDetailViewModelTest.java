package io.eventinspector.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import io.eventinspector.ui.events.JsonLine.Shape;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    @Test
    void expanding_a_folded_array_lays_out_exactly_its_stored_members() throws Exception {
        detail.eventProperty().set(HISTORY);

        detail.json().toggle(line("$.data.messages"));

        String expanded = detail.json().linesProperty().get().stream()
                .filter(line -> line.path().startsWith("$.data.messages"))
                .map(JsonLine::shown).collect(Collectors.joining("\n"));
        assertThat(expanded).startsWith("    \"messages\" : [\n      {\n        \"id\" : \"3EB000000\",");
        assertThat(EventJson.mapper().readTree(expanded.substring(expanded.indexOf('['))))
                .isEqualTo(EventJson.mapper().readTree(HISTORY.dataJson()).get("messages"));
        assertThat(JsonTextViewModel.valueOf(line("$.data.messages[49999]")))
                .isEqualTo("{\"id\":\"3EB00C34F\",\"ts\":1764049999,\"st\":1}");
    }

    @Test
    void a_large_object_starts_folded_expands_field_by_field_and_opens_in_the_tree_in_ranges() {
        String fields = IntStream.range(0, 2_500).mapToObj(i -> String.format(Locale.ROOT, "\"c%04d\":%d", i, i))
                .collect(Collectors.joining(","));
        detail.eventProperty().set(event("{\"by_jid\":{" + fields + "},\"n\":1}"));

        assertThat(shown()).contains("    \"by_jid\" : { 2,500 fields },");
        assertThat(JsonTextViewModel.valueOf(line("$.data.by_jid"))).isEqualTo("{" + fields + "}");

        detail.json().toggle(line("$.data.by_jid"));
        assertThat(shown()).containsSubsequence("    \"by_jid\" : {", "      \"c0000\" : 0,", "      \"c2499\" : 2499",
                "    },", "    \"n\" : 1");
        assertThat(detail.json().linesProperty().get()).filteredOn(line -> line.path().startsWith("$.data.by_jid."))
                .hasSize(2_500);

        JsonTreeNode byJid = detail.treeProperty().get().children().get(3).children().get(0);
        assertThat(byJid.label()).isEqualTo("by_jid {2500}");
        assertThat(byJid.startsExpanded(1)).isFalse();
        List<JsonTreeNode> ranges = byJid.children();
        assertThat(ranges).extracting(JsonTreeNode::label).containsExactly("{0 … 999}", "{1000 … 1999}",
                "{2000 … 2499}");
        assertThat(ranges.get(2).children()).hasSize(500).first()
                .satisfies(first -> assertThat(first.label()).isEqualTo("c2000: 2000"))
                .satisfies(first -> assertThat(first.path()).isEqualTo("$.data.by_jid.c2000"));
    }

    @Test
    void a_folded_member_inside_an_expanded_one_stays_folded_and_copies_exactly() {
        String thumb = "iVBORw0KGgo" + "A".repeat(400);
        String ids = IntStream.range(0, 300).mapToObj(Integer::toString).collect(Collectors.joining(","));
        String items = IntStream.range(0, 250).mapToObj(i -> i == 7
                ? "{\"thumb\":\"" + thumb + "\",\"ids\":[" + ids + "]}" : Integer.toString(i))
                .collect(Collectors.joining(","));
        detail.eventProperty().set(event("{\"items\":[" + items + "]}"));
        assertThat(shown()).contains("    \"items\" : [ 250 items ]");

        detail.json().toggle(line("$.data.items"));

        assertThat(shown()).containsSubsequence("      {",
                "        \"thumb\" : \"iVBORw0KGgoAAAAAAAAAAAAA… (411 B, base64)\",",
                "        \"ids\" : [ 300 items ]", "      },");
        assertThat(JsonTextViewModel.valueOf(line("$.data.items[7].thumb"))).isEqualTo(thumb);
        assertThat(JsonTextViewModel.valueOf(line("$.data.items[7].ids"))).isEqualTo("[" + ids + "]");
        assertThat(JsonTextViewModel.valueOf(line("$.data.items[7]")))
                .isEqualTo("{\"thumb\":\"" + thumb + "\",\"ids\":[" + ids + "]}");

        detail.json().toggle(line("$.data.items[7].ids"));
        assertThat(line("$.data.items[7].ids[299]").shown()).isEqualTo("          299");
        assertThat(line("$.data.items[7].thumb").shape()).isEqualTo(Shape.FOLDED);
        assertThat(line("$.data.items[249]").shown()).isEqualTo("      249");
    }

    @Test
    void a_folded_string_with_escapes_is_measured_previewed_expanded_and_copied_exactly() throws Exception {
        String stored = "\"Jos\\u00e9 \\\"quoted\\\"\\n\\ud83d\\ude00 caf\u00e9 \\/ " + "x\\ty".repeat(100) + "\"";
        detail.eventProperty().set(event("{\"note\":" + stored + "}"));
        String value = EventJson.mapper().readTree(stored).textValue();

        assertThat(line("$.data.note").shown()).isEqualTo("    \"note\" : \"" + LongValues.escape(value.substring(0,
                LongValues.PREVIEW)) + "… (" + Sizes.format(Sizes.utf8Length(value)) + ")\"");
        assertThat(JsonTextViewModel.valueOf(line("$.data.note"))).isEqualTo(value);
        String folded = line("$.data.note").shown();
        assertThat(detail.treeProperty().get().children().get(3).children().get(0).label())
                .isEqualTo("note: " + folded.substring(folded.indexOf(" : ") + 3));

        detail.json().toggle(line("$.data.note"));
        String pieces = detail.json().linesProperty().get().stream().filter(line -> "$.data.note".equals(line.path()))
                .map(JsonLine::text).collect(Collectors.joining());
        assertThat(pieces).isEqualTo("\"" + LongValues.escape(value) + "\"");
    }

    @Test
    void copying_the_whole_value_gives_the_stored_event_and_numbers_as_written() {
        Event unreadable = Event.withUnreadableTimestamp("evt_5", "message.sent", "wa_1",
                "{\"amount\":12345678901234567890.10,\"e\":1E+2,\"name\":\"Jos\\u00e9\"}");
        detail.eventProperty().set(unreadable);

        assertThat(JsonTextViewModel.valueOf(detail.json().linesProperty().get().get(0)))
                .isEqualTo(EventJson.toJson(unreadable));
        assertThat(JsonTextViewModel.valueOf(line("$.data"))).isEqualTo(unreadable.dataJson());
        assertThat(JsonTextViewModel.valueOf(line("$.data.amount"))).isEqualTo("12345678901234567890.10");
        assertThat(line("$.data.e").shown()).isEqualTo("    \"e\" : 1E+2,");
        assertThat(JsonTextViewModel.valueOf(line("$.data.name"))).isEqualTo("Jos\u00e9");
        assertThat(line("$.data.name").shown()).isEqualTo("    \"name\" : \"Jos\u00e9\"");
        assertThat(detail.sizeProperty().get()).isEqualTo(
                Sizes.format(Sizes.utf8Length(EventJson.toJson(unreadable))));
    }

    @Test
    void a_long_key_is_cut_before_an_emoji_rather_than_through_it() {
        String key = "k".repeat(LongValues.PREVIEW - 1) + "\uD83D\uDE00" + "k".repeat(400);
        detail.eventProperty().set(event("{\"" + key + "\":1}"));

        assertThat(shown()).contains("    \"" + "k".repeat(LongValues.PREVIEW - 1) + "…\" : 1");
    }

    @Test
    void data_that_is_not_one_json_value_says_so() {
        for (String data : List.of("{\"a\":[1,2", "{\"a\":1},\"b\":2", "1,\"id\":2")) {
            detail.eventProperty().set(event(data));

            assertThat(detail.json().linesProperty().get()).as(data).isEmpty();
            assertThat(detail.metaProperty().get()).as(data)
                    .endsWith(" · cannot be shown: its data is not valid JSON");
        }
        detail.eventProperty().set(event(" {\"a\":1}\n"));
        assertThat(shown()).contains("    \"a\" : 1");
    }

    /**
     * A worker that builds a tree of a 10 MiB event keeps tens of MB live, which every young collection of the
     * shipped SerialGC copies while the JavaFX thread waits; streaming over it allocates a fraction of its size.
     */
    @Test
    void preparing_a_10_mib_event_allocates_a_fraction_of_its_size() {
        Event contacts = LargeEvents.contactSync10Mib();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());

        detail.eventProperty().set(contacts);

        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertThat(shown()).contains("    \"contacts\" : [ " + String.format(Locale.ROOT, "%,d",
                detail.treeProperty().get().children().get(3).children().get(1).children().stream()
                        .mapToInt(range -> range.children().size()).sum()) + " items ],");
        assertThat(allocated).as("bytes allocated").isLessThan(LargeEvents.MIB_10 / 2);
    }

    private static Event event(String data) {
        return new Event("evt_6", "history.sync", "wa_1", data, Instant.parse("2026-11-26T14:03:12Z"));
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
