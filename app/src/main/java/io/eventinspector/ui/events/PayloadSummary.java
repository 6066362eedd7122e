package io.eventinspector.ui.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line that says what a payload is about, for the table: {@code from → to: body} for messages, otherwise
 * the most telling fields, otherwise the compact JSON, cut to fit a cell. Read by streaming over the payload,
 * keeping only the few fields it names, each cut to {@link #MAX_LENGTH}, so a 10 MB payload costs one pass and no
 * tree; computed on the thread that loads the rows, never while a cell is drawn.
 */
public final class PayloadSummary {
    static final int MAX_LENGTH = 160;
    private static final List<String> FROM = List.of("from", "sender", "author");
    private static final List<String> TO = List.of("to", "recipient", "chat_id", "chatId");
    private static final List<String> BODY = List.of("body", "text", "content", "caption", "emoji", "reaction");
    private static final List<String> STATE = List.of("status", "state", "presence", "reason", "error", "name");
    private static final String MESSAGE = "message";

    private PayloadSummary() {
    }

    /** The summaries of {@code events} by id. */
    public static Map<String, String> of(List<Event> events) {
        Map<String, String> summaries = new HashMap<>();
        events.forEach(event -> summaries.put(event.id(), of(event.dataJson())));
        return summaries;
    }

    public static String of(String dataJson) {
        Map<String, String> top = new HashMap<>();
        Map<String, String> message = new HashMap<>();
        boolean hasMessage;
        try (JsonParser parser = EventJson.mapper().getFactory().createParser(dataJson)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return cut(dataJson);
            }
            hasMessage = readFields(parser, top, message);
        } catch (IOException e) {
            return cut(dataJson);
        }
        Map<String, String> source = hasMessage ? message : top;
        Optional<String> from = first(source, FROM);
        Optional<String> to = first(source, TO);
        Optional<String> body = first(source, BODY);
        StringBuilder line = new StringBuilder();
        if (from.isPresent() || to.isPresent()) {
            line.append(from.orElse("?")).append(" → ").append(to.orElse("?"));
            body.ifPresent(text -> line.append(": ").append(text));
        } else if (body.isPresent()) {
            line.append(body.get());
        } else {
            first(source, STATE).ifPresent(line::append);
        }
        return cut(line.length() == 0 ? dataJson : line.toString());
    }

    /**
     * Reads the scalar fields of the object the parser is at (and of its {@code message} object, if any) into
     * the maps; everything else is skipped unread. Returns whether a {@code message} object was there.
     */
    private static boolean readFields(JsonParser parser, Map<String, String> top, Map<String, String> message)
            throws IOException {
        boolean hasMessage = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT && MESSAGE.equals(name)) {
                hasMessage = true;
                message.clear();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = parser.currentName();
                    keep(parser, parser.nextToken(), inner, message);
                }
            } else {
                keep(parser, value, name, top);
            }
        }
        return hasMessage;
    }

    private static void keep(JsonParser parser, JsonToken value, String name, Map<String, String> fields)
            throws IOException {
        if (value.isStructStart()) {
            parser.skipChildren();
        } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
            fields.put(name, prefix(parser));
        } else {
            fields.remove(name);
        }
    }

    /** The scalar's text, at most one cell's worth of it. */
    private static String prefix(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        return new String(parser.getTextCharacters(), parser.getTextOffset(), Math.min(length, MAX_LENGTH + 1));
    }

    private static Optional<String> first(Map<String, String> fields, List<String> names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** One line of at most {@link #MAX_LENGTH} characters, read from the start of {@code text} only. */
    private static String cut(String text) {
        String start = text.length() > 4 * MAX_LENGTH ? text.substring(0, 4 * MAX_LENGTH) : text;
        String oneLine = start.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH - 1) + "…";
    }
}
