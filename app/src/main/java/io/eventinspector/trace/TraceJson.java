package io.eventinspector.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The JSON form of a trace and of a health (snake_case, RFC 3339 UTC times, absent values as null), written in
 * this one place for the command line and the HTTP API alike.
 */
public final class TraceJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TraceJson() {
    }

    /**
     * {@code {message_id, session_id, chat_id, direction, status, time_to_delivered_ms, time_to_read_ms,
     * events: [{id, type, timestamp, status, from, since_message_ms}], anomalies: [{kind, message}],
     * participants: [{participant, status, time_to_delivered_ms, time_to_read_ms}],
     * disconnected: [{session_id, from, until}], scanned}}.
     */
    public static ObjectNode trace(MessageTrace trace) {
        ObjectNode node = NODES.objectNode();
        node.put("message_id", trace.messageId());
        node.put("session_id", trace.sessionId());
        node.put("chat_id", trace.chatId().orElse(null));
        node.put("direction", trace.direction().map(Direction::label).orElse(null));
        node.put("status", trace.status().label());
        millis(node, "time_to_delivered_ms", trace.timeToDeliveredMs());
        millis(node, "time_to_read_ms", trace.timeToReadMs());
        ArrayNode events = node.putArray("events");
        for (TraceStep step : trace.events()) {
            ObjectNode event = events.addObject();
            event.put("id", step.id());
            event.put("type", step.type());
            event.put("timestamp", Timestamps.format(step.timestamp()));
            event.put("status", step.status().map(DeliveryStatus::label).orElse(null));
            event.put("from", step.from().orElse(null));
            millis(event, "since_message_ms", step.sinceMessageMs());
        }
        ArrayNode anomalies = node.putArray("anomalies");
        for (Anomaly anomaly : trace.anomalies()) {
            anomalies.addObject().put("kind", anomaly.kind().label()).put("message", anomaly.message());
        }
        ArrayNode participants = node.putArray("participants");
        for (ParticipantStatus participant : trace.participants()) {
            ObjectNode entry = participants.addObject();
            entry.put("participant", participant.participant());
            entry.put("status", participant.status().label());
            millis(entry, "time_to_delivered_ms", participant.timeToDeliveredMs());
            millis(entry, "time_to_read_ms", participant.timeToReadMs());
        }
        intervals(node, trace.disconnected());
        node.put("scanned", trace.scanned());
        return node;
    }

    /**
     * {@code {outgoing, incoming, delivered, read, failed, stuck, pending, orphan_receipts, rates: {delivered, read,
     * failed, stuck, pending}, time_to_delivered_ms: {p50, p95, max}, time_to_read_ms: {p50, p95, max},
     * delivered_within: [{label, up_to_ms, messages}], disconnected: [{session_id, from, until}],
     * problems: [{message_id, session_id, status, sent_at, anomalies: [kind…]}], problem_count, scanned,
     * truncated}}; rates are shares of the outgoing messages (null without any), {@code up_to_ms} of the last
     * bucket is null.
     */
    public static ObjectNode health(DeliveryHealth health) {
        ObjectNode node = NODES.objectNode();
        node.put("outgoing", health.outgoing());
        node.put("incoming", health.incoming());
        node.put("delivered", health.delivered());
        node.put("read", health.read());
        node.put("failed", health.failed());
        node.put("stuck", health.stuck());
        node.put("pending", health.pending());
        node.put("orphan_receipts", health.orphanReceipts());
        ObjectNode rates = node.putObject("rates");
        rate(rates, "delivered", health.delivered(), health.outgoing());
        rate(rates, "read", health.read(), health.outgoing());
        rate(rates, "failed", health.failed(), health.outgoing());
        rate(rates, "stuck", health.stuck(), health.outgoing());
        rate(rates, "pending", health.pending(), health.outgoing());
        percentiles(node.putObject("time_to_delivered_ms"), health.timeToDeliveredMs());
        percentiles(node.putObject("time_to_read_ms"), health.timeToReadMs());
        ArrayNode buckets = node.putArray("delivered_within");
        for (DelayBucket bucket : health.timeToDelivered()) {
            ObjectNode entry = buckets.addObject().put("label", bucket.label());
            if (bucket.upToMs() == Long.MAX_VALUE) {
                entry.putNull("up_to_ms");
            } else {
                entry.put("up_to_ms", bucket.upToMs());
            }
            entry.put("messages", bucket.messages());
        }
        intervals(node, health.disconnected());
        ArrayNode problems = node.putArray("problems");
        for (HealthProblem problem : health.problems()) {
            ObjectNode entry = problems.addObject();
            entry.put("message_id", problem.messageId());
            entry.put("session_id", problem.sessionId());
            entry.put("status", problem.status().label());
            entry.put("sent_at", time(problem.sentAt()));
            ArrayNode kinds = entry.putArray("anomalies");
            problem.anomalies().forEach(kind -> kinds.add(kind.label()));
        }
        node.put("problem_count", health.problemCount());
        node.put("scanned", health.scanned());
        node.put("truncated", health.truncated());
        return node;
    }

    private static void intervals(ObjectNode node, List<Interval> intervals) {
        ArrayNode list = node.putArray("disconnected");
        for (Interval interval : intervals) {
            list.addObject().put("session_id", interval.sessionId())
                    .put("from", Timestamps.format(interval.from()))
                    .put("until", time(interval.until()));
        }
    }

    private static void percentiles(ObjectNode node, Percentiles percentiles) {
        millis(node, "p50", percentiles.p50());
        millis(node, "p95", percentiles.p95());
        millis(node, "max", percentiles.max());
    }

    private static void rate(ObjectNode rates, String name, long count, long of) {
        if (of == 0) {
            rates.putNull(name);
        } else {
            rates.put(name, Math.round(count * 10_000.0 / of) / 10_000.0);
        }
    }

    private static void millis(ObjectNode node, String name, OptionalLong value) {
        if (value.isPresent()) {
            node.put(name, value.getAsLong());
        } else {
            node.putNull(name);
        }
    }

    private static String time(Optional<Instant> instant) {
        return instant.map(Timestamps::format).orElse(null);
    }
}
