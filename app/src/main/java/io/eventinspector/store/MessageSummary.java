package io.eventinspector.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One message as the message index sees it, aggregated in the database: its message event ({@code message.sent}
 * or {@code message.received}) and the first time each status was reported for it. {@code deliveredAt} is the
 * first receipt of delivered <em>or higher</em> (a read implies delivery, whatever order they arrived in),
 * {@code readAt} the first read or played. Of several message events of one message (a gateway that emitted it
 * twice) {@code sentAt} is the first one's time and {@code eventId} and {@code type} the smallest.
 */
public record MessageSummary(String sessionId, String messageId, String eventId, String type, Instant sentAt,
                             Optional<Instant> deliveredAt, Optional<Instant> readAt,
                             Optional<Instant> playedAt, Optional<Instant> failedAt) {
}
