package io.eventinspector.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The WhatsApp messages an event is about, read from its payload, so the events of one message (sent, delivered,
 * read, reaction) can be found together. Gateways name it differently: a {@code message_id} or {@code messageId}
 * field, a {@code message}/{@code key} object's {@code id}, or a receipt's {@code message_ids} — one receipt can
 * acknowledge several messages at once, and every entry counts ({@link #all}).
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

    /**
     * Every message the payload is about, in payload order without repeats: the single id fields first, then each
     * entry of a receipt's list. Empty when the payload names none (or is not JSON).
     */
    public static List<String> all(String dataJson) {
        try {
            return all(EventJson.mapper().readTree(dataJson));
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** The same for a payload already parsed. */
    public static List<String> all(JsonNode data) {
        Set<String> ids = new LinkedHashSet<>();
        of(data).ifPresent(ids::add);
        for (String list : ID_LISTS) {
            for (JsonNode entry : data.path(list)) {
                if (entry.isTextual() && !entry.asText().isBlank()) {
                    ids.add(entry.asText());
                }
            }
        }
        return List.copyOf(ids);
    }

    private static Optional<String> nonBlank(String id) {
        return id.isBlank() ? Optional.empty() : Optional.of(id);
    }
}
