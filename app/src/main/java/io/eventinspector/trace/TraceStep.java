package io.eventinspector.trace;

import io.eventinspector.event.DeliveryStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One event of a message's trace: the status it reports (none for a reaction), who sent it (a receipt's
 * {@code participant} or {@code from}), and its delay since the message event (empty for an orphan's events).
 */
public record TraceStep(String id, String type, Instant timestamp, Optional<DeliveryStatus> status,
                        Optional<String> from, OptionalLong sinceMessageMs) {
}
