package io.eventinspector.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The WhatsApp message an event is about, read from its payload, so the events of one message (sent, delivered,
 * read, reaction) can be found together with a payload search for its id. Gateways name it differently: a
 * {@code message_id} or {@code messageId} field, a {@code message}/{@code key} object's {@code id}, or the first of a
 * receipt's {@code message_ids}.
 */
public final class MessageIds {
    private static final List<String> ID_FIELDS = List.of("message_id", "messageId");
    private static final List<String> ID_HOLDERS = List.of("message", "key");
    private static final List<String> ID_LISTS = List.of("message_ids", "messageIds");

    private MessageIds() {
    }

    public static Optional<String> of(String dataJson) {
        JsonNode data;
        try {
            data = EventJson.mapper().readTree(dataJson);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        return of(data);
    }

    /** The same for a payload already parsed (the desktop's detail pane has one: a large one is parsed once). */
    public static Optional<String> of(JsonNode data) {
        for (String field : ID_FIELDS) {
            if (data.path(field).isTextual()) {
                return nonBlank(data.get(field).asText());
            }
        }
        for (String holder : ID_HOLDERS) {
            if (data.path(holder).path("id").isTextual()) {
                return nonBlank(data.get(holder).get("id").asText());
            }
        }
        for (String list : ID_LISTS) {
            if (data.path(list).path(0).isTextual()) {
                return nonBlank(data.get(list).get(0).asText());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(String id) {
        return id.isBlank() ? Optional.empty() : Optional.of(id);
    }
}
