package io.eventinspector.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reads events from their wire form and writes them back. The wire form is
 * {@code {"id","type","session_id","data","timestamp"}} with {@code data} as JSON and {@code timestamp} in UTC.
 * Numbers in {@code data} keep their exact text (no double rounding), so export then import is lossless. An event
 * whose stored time could not be read also carries {@code "timestamp_unreadable":true} (see {@link Event}).
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    /** The fields of an event's wire form. */
    public static final List<String> FIELDS = List.of("id", "type", "session_id", "data", "timestamp");
    /** Written only for a gateway row whose time could not be read (see {@link Event#timestampUnreadable()}). */
    public static final String UNREADABLE_MARKER = "timestamp_unreadable";

    private final EventIds ids;

    public EventJson(EventIds ids) {
        this.ids = ids;
    }

    public EventJson(Clock clock) {
        this(new EventIds(clock));
    }

    /** The shared mapper, configured to keep numbers exact. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses text that must hold exactly one JSON value: content after it ({@code [1] x}, {@code {}{}}) and a
     * field repeated in one object are errors, not ignored, so what is read is never a guess at what was meant.
     * Blank text is a {@link com.fasterxml.jackson.databind.node.MissingNode}.
     */
    public static JsonNode readDocument(String text) throws JsonProcessingException {
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (parser.nextToken() == null) {
                return MissingNode.getInstance();
            }
            JsonNode value = MAPPER.readTree(parser);
            JsonLocation end = parser.currentLocation();
            boolean more;
            try {
                more = parser.nextToken() != null;
            } catch (JsonParseException e) {
                more = true; // not even a token, e.g. "x"
            }
            if (more) {
                throw new JsonParseException(parser, "unexpected content after the JSON value at line "
                        + end.getLineNr() + ", column " + end.getColumnNr());
            }
            return value;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string cannot fail", e);
        }
    }

    /** Parses one event from JSON text; any problem is a {@link ValidationException} naming the field. */
    public Event parse(String json) {
        JsonNode node;
        try {
            node = readDocument(json);
        } catch (JsonProcessingException e) {
            throw new ValidationException("json", "invalid JSON: " + e.getOriginalMessage());
        }
        return fromNode(node);
    }

    /**
     * Refuses a field the wire form does not have (a typo such as {@code sessionId} or {@code payload} would
     * otherwise be dropped silently), naming it.
     */
    public static void rejectUnknownFields(JsonNode node) {
        if (node == null || !node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name) && !name.equals(UNREADABLE_MARKER)) {
                throw new ValidationException(name, "unknown field " + Validation.quote(name) + " (expected "
                        + String.join(", ", FIELDS) + ")");
            }
        });
    }

    /** Validates a parsed JSON value as an event; an absent id is generated (time-ordered, {@code evt_} prefix). */
    public Event fromNode(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new ValidationException("event", "an event must be a JSON object, got "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
        }
        // Exported from a gateway's database whose time could not be read: importing it with the 1970
        // placeholder would let the next cleanup delete it, so it is refused, by name.
        if (node.path(UNREADABLE_MARKER).asBoolean(false)) {
            throw new ValidationException(UNREADABLE_MARKER, "the event's time could not be read where it was "
                    + "exported from, so it cannot be stored with a made-up one; give it a \"timestamp\" first");
        }
        JsonNode idNode = node.get("id");
        String id = idNode == null || idNode.isNull()
                ? null
                : Validation.id("id", text(node, "id"));
        String type = Validation.type("type", text(node, "type"));
        String sessionId = Validation.sessionId("session_id", text(node, "session_id"));
        JsonNode data = node.get("data");
        String dataJson = data == null ? "null" : compact(data);
        Instant timestamp = Timestamps.parse("timestamp", text(node, "timestamp"));
        return new Event(id == null ? ids.derive(type, sessionId, dataJson, timestamp) : id, type, sessionId,
                dataJson, timestamp);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ValidationException(field, field + " must be a string, got " + value.getNodeType()
                    .toString().toLowerCase() + " " + Validation.quote(value.toString()));
        }
        return value.textValue();
    }

    /** Compact JSON text of a value, the form {@code data} is stored in. */
    public static String compact(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same JSON value as compact text, copied token by token without building a tree. */
    public static String compactText(String json) {
        StringWriter writer = new StringWriter(json.length());
        try (JsonParser in = MAPPER.getFactory().createParser(json);
             JsonGenerator out = MAPPER.getFactory().createGenerator(writer)) {
            in.nextToken();
            // Exact: a number is copied as its text, so 12345678901234567890.5 does not become a double.
            out.copyCurrentStructureExact(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString();
    }

    /** Writes the event's wire form; {@code data} goes out as raw JSON, never re-encoded as a string. */
    public static void write(JsonGenerator out, Event event) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", event.id());
        out.writeStringField("type", event.type());
        out.writeStringField("session_id", event.sessionId());
        out.writeFieldName("data");
        out.writeRawValue(event.dataJson());
        out.writeStringField("timestamp", Timestamps.format(event.timestamp()));
        if (event.timestampUnreadable()) {
            out.writeBooleanField(UNREADABLE_MARKER, true);
        }
        out.writeEndObject();
    }

    /** The wire form as one line of compact JSON (also one NDJSON line). */
    public static String toJson(Event event) {
        StringWriter writer = new StringWriter(event.dataJson().length() + 160);
        try (JsonGenerator out = MAPPER.getFactory().createGenerator(writer)) {
            write(out, event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString();
    }
}
