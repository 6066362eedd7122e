package io.eventinspector.replay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventinspector.event.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The history's JSON form (snake_case, RFC 3339 UTC times), shared by the CLI and the HTTP API. */
public final class ReplayHistoryJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReplayHistoryJson() {
    }

    public static ObjectNode replay(ReplayRecord replay) {
        ObjectNode node = NODES.objectNode();
        node.put("replay_id", replay.id());
        node.put("started_at", Timestamps.format(replay.startedAt()));
        node.put("finished_at", time(replay.finishedAt()));
        node.put("initiator", replay.initiator().channel().name().toLowerCase());
        node.put("api_key_id", replay.initiator().apiKeyId().orElse(null));
        ObjectNode filters = node.putObject("filters");
        filters.put("session_id", replay.sessionId().orElse(null));
        filters.put("event_type", replay.eventType().orElse(null));
        filters.put("since", time(replay.since()));
        filters.put("until", time(replay.until()));
        node.put("dry_run", replay.dryRun());
        node.put("target", replay.target().orElse(null));
        node.put("success", replay.success());
        node.put("events_matched", replay.eventsMatched());
        node.put("events_found", replay.eventsFound());
        node.put("events_replayed", replay.eventsReplayed());
        node.put("events_failed", replay.eventsFailed());
        node.put("events_not_attempted", replay.eventsNotAttempted());
        node.put("cancelled", replay.cancelled());
        node.put("message", replay.message());
        node.put("duration_ms", replay.durationMs());
        return node;
    }

    public static ObjectNode attempt(DeliveryAttempt attempt) {
        ObjectNode node = NODES.objectNode();
        node.put("event_id", attempt.eventId());
        node.put("attempt", attempt.attempt());
        node.put("attempted_at", Timestamps.format(attempt.attemptedAt()));
        if (attempt.httpStatus().isPresent()) {
            node.put("http_status", attempt.httpStatus().getAsInt());
        } else {
            node.putNull("http_status");
        }
        node.put("latency_ms", attempt.latencyMs());
        node.put("error", attempt.error().orElse(null));
        return node;
    }

    /** A replay with every attempt, as {@code replays --id} prints it. */
    public static ObjectNode withAttempts(ReplayRecord replay, List<DeliveryAttempt> attempts) {
        ObjectNode node = replay(replay);
        ArrayNode list = node.putArray("attempts");
        attempts.forEach(a -> list.add(attempt(a)));
        return node;
    }

    private static String time(Optional<Instant> instant) {
        return instant.map(Timestamps::format).orElse(null);
    }
}
