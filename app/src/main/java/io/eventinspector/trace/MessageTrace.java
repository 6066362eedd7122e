package io.eventinspector.trace;

import io.eventinspector.event.DeliveryStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What happened to one message: its events oldest first, the highest status reached, the delays to delivered and
 * read, per participant in a group, its anomalies, and the session's disconnected intervals around it.
 * {@code direction} is empty for an orphan (the message event is not in the store). {@code scanned} is true where
 * the store has no message index (a gateway's own database) and the trace comes from a bounded scan of the
 * session's events around the message.
 */
public record MessageTrace(String messageId, String sessionId, Optional<String> chatId, Optional<Direction> direction,
                           DeliveryStatus status, OptionalLong timeToDeliveredMs, OptionalLong timeToReadMs,
                           List<TraceStep> events, List<Anomaly> anomalies, List<ParticipantStatus> participants,
                           List<Interval> disconnected, boolean scanned) {
    public MessageTrace {
        events = List.copyOf(events);
        anomalies = List.copyOf(anomalies);
        participants = List.copyOf(participants);
        disconnected = List.copyOf(disconnected);
    }
}
