package io.eventinspector.ui.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.EventJson;
import java.util.List;
import java.util.Optional;

/**
 * One line that says what a payload is about, for the table: {@code from → to: body} for messages, otherwise
 * the most telling fields, otherwise the compact JSON, cut to fit a cell.
 */
public final class PayloadSummary {
    static final int MAX_LENGTH = 160;
    private static final List<String> FROM = List.of("from", "sender", "author");
    private static final List<String> TO = List.of("to", "recipient", "chat_id", "chatId");
    private static final List<String> BODY = List.of("body", "text", "content", "caption", "emoji", "reaction");
    private static final List<String> STATE = List.of("status", "state", "presence", "reason", "error", "name");

    private PayloadSummary() {
    }

    public static String of(String dataJson) {
        JsonNode data;
        try {
            data = EventJson.mapper().readTree(dataJson);
        } catch (JsonProcessingException e) {
            return cut(dataJson);
        }
        if (data == null || !data.isObject()) {
            return cut(dataJson);
        }
        JsonNode source = data.has("message") && data.get("message").isObject() ? data.get("message") : data;
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

    private static Optional<String> first(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isValueNode() && !value.isNull()) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }

    private static String cut(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH - 1) + "…";
    }
}
