package io.eventinspector.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.eventinspector.event.EventJson;
import java.util.Optional;

/** What a trace reads from a payload beyond the message ids, under the names the gateways use. */
final class Payloads {
    private Payloads() {
    }

    /** The payload as a tree; missing (every field absent) when it is not JSON. */
    static JsonNode parse(String dataJson) {
        try {
            return EventJson.mapper().readTree(dataJson);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /** Who sent an event: a group receipt's {@code participant}, else {@code from}, else the key's participant. */
    static Optional<String> sender(JsonNode data) {
        return first(data.path("participant"), data.path("from"), data.path("key").path("participant"));
    }

    /** The chat a message is in: {@code chat_id}, {@code chatId} or the key's {@code remoteJid}. */
    static Optional<String> chatId(JsonNode data) {
        return first(data.path("chat_id"), data.path("chatId"), data.path("key").path("remoteJid"),
                data.path("remoteJid"));
    }

    /** The other party's address in a message without a chat id: whom we sent it to, or who sent it to us. */
    static Optional<String> peer(JsonNode data, Direction direction) {
        return first(data.path(direction == Direction.OUTGOING ? "to" : "from"));
    }

    static boolean isGroup(JsonNode data) {
        return data.path("is_group").asBoolean(false) || data.path("isGroup").asBoolean(false);
    }

    /**
     * Why a message failed, as the gateway put it: {@code error.reason} (or {@code error.message}) with
     * {@code error.code}, a textual {@code error}, or {@code reason}.
     */
    static Optional<String> failureReason(JsonNode data) {
        JsonNode error = data.path("error");
        Optional<String> reason = error.isTextual() ? first(error)
                : first(error.path("reason"), error.path("message"), data.path("reason"));
        JsonNode code = error.path("code");
        if (reason.isPresent() && (code.isNumber() || code.isTextual()) && !code.asText().isBlank()) {
            return Optional.of(reason.get() + " (" + code.asText() + ")");
        }
        return reason;
    }

    private static Optional<String> first(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            if (candidate.isTextual() && !candidate.asText().isBlank()) {
                return Optional.of(candidate.asText());
            }
        }
        return Optional.empty();
    }
}
