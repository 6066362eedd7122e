package io.eventinspector.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventJsonTest {
    private final EventJson json = new EventJson(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    private static String event(String id, String type, String session, String data, String timestamp) {
        StringBuilder out = new StringBuilder("{");
        if (id != null) {
            out.append("\"id\":").append(id).append(',');
        }
        if (type != null) {
            out.append("\"type\":").append(type).append(',');
        }
        if (session != null) {
            out.append("\"session_id\":").append(session).append(',');
        }
        if (data != null) {
            out.append("\"data\":").append(data).append(',');
        }
        if (timestamp != null) {
            out.append("\"timestamp\":").append(timestamp).append(',');
        }
        out.setLength(out.length() - 1);
        return out.append('}').toString();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> rejects(String text, String field) {
        return assertThatThrownBy(() -> json.parse(text))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }

    @Test
    void anEventExportedWithAnUnreadableTimeIsRefusedNotStoredAt1970() throws Exception {
        String exported = EventJson.toJson(Event.withUnreadableTimestamp("g1", "message.sent", "s1", "{}"));

        assertThat(exported).contains("\"timestamp_unreadable\":true");
        assertThatThrownBy(() -> json.fromNode(EventJson.mapper().readTree(exported)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("time could not be read")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("timestamp_unreadable"));
    }

    @Test
    void readsAValidEventAndWritesTheSameWireForm() {
        String text = event("\"evt_1\"", "\"message.received\"", "\"s1\"", "{\"body\":\"Grüße 👍\",\"n\":[1,2]}",
                "\"2026-02-03T10:30:00.123Z\"");

        Event event = json.parse(text);

        assertThat(event).isEqualTo(new Event("evt_1", "message.received", "s1", "{\"body\":\"Grüße 👍\",\"n\":[1,2]}",
                Instant.parse("2026-02-03T10:30:00.123Z")));
        assertThat(EventJson.toJson(event)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-02-03T12:30:00+02:00     | 2026-02-03T10:30:00Z",
        "2026-02-03T05:30:00.5-05:00   | 2026-02-03T10:30:00.500Z",
        "2026-02-03T10:30:00.123456Z   | 2026-02-03T10:30:00.123Z",
        "2026-02-03t10:30:00z          | 2026-02-03T10:30:00Z",
        "2026-02-04T00:15:00.999+13:45 | 2026-02-03T10:30:00.999Z"})
    void normalisesTimestampsWithOffsetsToUtcMillis(String given, String expected) {
        Event event = json.parse(event("\"e\"", "\"t\"", "\"s\"", "1", '"' + given + '"'));

        assertThat(Timestamps.format(event.timestamp())).isEqualTo(expected);
        assertThat(EventJson.toJson(event)).contains("\"timestamp\":\"" + expected + "\"");
    }

    @Test
    void refusesTimestampsWithoutOffsetOrInAnotherFormatNamingTheValue() {
        rejects(event("\"e\"", "\"t\"", "\"s\"", "1", "\"2026-02-03T10:30:00\""), "timestamp")
                .hasMessageContaining("invalid timestamp timestamp format: \"2026-02-03T10:30:00\"");
        rejects(event("\"e\"", "\"t\"", "\"s\"", "1", "\"yesterday\""), "timestamp")
                .hasMessageContaining("\"yesterday\"");
        rejects(event("\"e\"", "\"t\"", "\"s\"", "1", null), "timestamp")
                .hasMessageStartingWith("timestamp is required");
        rejects(event("\"e\"", "\"t\"", "\"s\"", "1", "1770114600"), "timestamp")
                .hasMessage("timestamp must be a string, got number \"1770114600\"");
    }

    @Test
    void keepsNumbersExactlyAsWritten() {
        String data = "{\"amount\":1.10,\"big\":123456789012345678901234567890,\"precise\":0.1000000000000000055511151231257827,"
                + "\"exp\":1E+400}";

        Event event = json.parse(event("\"e\"", "\"t\"", "\"s\"", data, "\"2026-02-03T10:30:00Z\""));

        assertThat(event.dataJson()).contains("1.10", "123456789012345678901234567890",
                "0.1000000000000000055511151231257827", "1E+400");
    }

    @Test
    void acceptsAnyJsonValueAsDataAndMissingDataAsNull() {
        String ts = "\"2026-02-03T10:30:00Z\"";
        assertThat(json.parse(event("\"e\"", "\"t\"", "\"s\"", "[1, {\"a\" : null}]", ts)).dataJson())
                .isEqualTo("[1,{\"a\":null}]");
        assertThat(json.parse(event("\"e\"", "\"t\"", "\"s\"", "\"text\"", ts)).dataJson()).isEqualTo("\"text\"");
        assertThat(json.parse(event("\"e\"", "\"t\"", "\"s\"", "false", ts)).dataJson()).isEqualTo("false");
        assertThat(json.parse(event("\"e\"", "\"t\"", "\"s\"", null, ts)).dataJson()).isEqualTo("null");
    }

    @Test
    void idRules() {
        String ts = "\"2026-02-03T10:30:00Z\"";
        rejects(event("\"\"", "\"t\"", "\"s\"", "1", ts), "id").hasMessage("id is required");
        String longId = "x".repeat(256);
        rejects(event('"' + longId + '"', "\"t\"", "\"s\"", "1", ts), "id")
                .hasMessageStartingWith("id is 256 characters long, at most 255 allowed: \"xxxx");
        rejects(event("42", "\"t\"", "\"s\"", "1", ts), "id").hasMessage("id must be a string, got number \"42\"");
        assertThat(json.parse(event('"' + "x".repeat(255) + '"', "\"t\"", "\"s\"", "1", ts)).id()).hasSize(255);
    }

    @Test
    void anAbsentIdIsGeneratedTimeOrderedFromTheEventsTimestamp() {
        Event earlier = json.parse(event(null, "\"t\"", "\"s\"", "1", "\"2026-02-03T10:30:00Z\""));
        Event later = json.parse(event("null", "\"t\"", "\"s\"", "1", "\"2026-02-03T10:30:00.001Z\""));

        assertThat(earlier.id()).matches("evt_[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(later.id()).isGreaterThan(earlier.id());
    }

    @Test
    void typeRules() {
        String ts = "\"2026-02-03T10:30:00Z\"";
        rejects(event("\"e\"", null, "\"s\"", "1", ts), "type").hasMessage("type is required");
        rejects(event("\"e\"", "\"Message.Received\"", "\"s\"", "1", ts), "type")
                .hasMessage("invalid type \"Message.Received\": only lowercase letters, digits and _ . - are allowed");
        rejects(event("\"e\"", "\"message received\"", "\"s\"", "1", ts), "type")
                .hasMessageContaining("\"message received\"");
        rejects(event("\"e\"", '"' + "a".repeat(51) + '"', "\"s\"", "1", ts), "type")
                .hasMessageStartingWith("type is 51 characters long, at most 50 allowed");
        assertThat(json.parse(event("\"e\"", "\"custom_gateway.thing-2\"", "\"s\"", "1", ts)).type())
                .isEqualTo("custom_gateway.thing-2");
    }

    @Test
    void sessionIdRules() {
        String ts = "\"2026-02-03T10:30:00Z\"";
        rejects(event("\"e\"", "\"t\"", null, "1", ts), "session_id").hasMessage("session_id is required");
        rejects(event("\"e\"", "\"t\"", "\"\"", "1", ts), "session_id").hasMessage("session_id is required");
        rejects(event("\"e\"", "\"t\"", '"' + "s".repeat(256) + '"', "1", ts), "session_id")
                .hasMessageStartingWith("session_id is 256 characters long, at most 255 allowed");
        rejects(event("\"e\"", "\"t\"", "{}", "1", ts), "session_id")
                .hasMessage("session_id must be a string, got object \"{}\"");
    }

    @Test
    void notJsonOrNotAnObjectIsNamed() {
        rejects("{\"id\": ", "json").hasMessageStartingWith("invalid JSON: ");
        rejects("[1,2]", "event").hasMessage("an event must be a JSON object, got array");
    }
}
