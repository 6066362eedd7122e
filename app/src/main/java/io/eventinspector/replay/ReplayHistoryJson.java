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
        filters.put("session_id", replay.filters().sessionId().orElse(null));
        filters.put("event_type", replay.filters().eventType().orElse(null));
        filters.put("since", time(replay.filters().since()));
        filters.put("until", time(replay.filters().until()));
        node.put("dry_run", replay.dryRun());
        node.put("target", replay.target().orElse(null));
        ReplayRecord.Outcome outcome = replay.outcome();
        node.put("success", outcome.success());
        node.put("events_matched", outcome.counts().matched());
        node.put("events_found", outcome.counts().found());
        node.put("events_replayed", outcome.counts().replayed());
        node.put("events_failed", outcome.counts().failed());
        node.put("events_not_attempted", outcome.counts().notAttempted());
        node.put("cancelled", outcome.cancelled());
        node.put("message", outcome.message());
        node.put("duration_ms", outcome.durationMs());
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
