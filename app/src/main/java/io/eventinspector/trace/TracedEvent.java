package io.eventinspector.trace;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.Event;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** One event of a message with what the trace reads of it: the status it reports and who sent it. */
record TracedEvent(Event event, JsonNode data, Optional<DeliveryStatus> status, Optional<String> sender) {
    /** A receipt that shows the message reached the phone: delivered, or read or played (which imply it). */
    static final Set<DeliveryStatus> DELIVERED = EnumSet.of(DeliveryStatus.DELIVERED, DeliveryStatus.READ,
            DeliveryStatus.PLAYED);
    static final Set<DeliveryStatus> READ = EnumSet.of(DeliveryStatus.READ, DeliveryStatus.PLAYED);

    /** Oldest first; at the same millisecond the message event before its receipts. */
    static final Comparator<TracedEvent> OLDEST_FIRST = Comparator.comparing(TracedEvent::timestamp)
            .thenComparing(traced -> !traced.isMessage())
            .thenComparing(traced -> traced.event().id());

    static TracedEvent of(Event event) {
        JsonNode data = Payloads.parse(event.dataJson());
        return new TracedEvent(event, data, DeliveryStatus.ofType(event.type()), Payloads.sender(data));
    }

    Instant timestamp() {
        return event.timestamp();
    }

    /** The message event itself: {@code message.sent} or {@code message.received}. */
    boolean isMessage() {
        return status.filter(value -> value == DeliveryStatus.SENT || value == DeliveryStatus.RECEIVED).isPresent();
    }

    boolean isReceipt() {
        return status.filter(DeliveryStatus::isReceipt).isPresent();
    }

    boolean reports(Set<DeliveryStatus> statuses) {
        return status.filter(statuses::contains).isPresent();
    }

    Direction direction() {
        return status.orElseThrow() == DeliveryStatus.SENT ? Direction.OUTGOING : Direction.INCOMING;
    }

    /** Milliseconds since the message event; empty without one (an orphan). */
    OptionalLong since(Optional<Instant> sentAt) {
        return sentAt.map(start -> OptionalLong.of(timestamp().toEpochMilli() - start.toEpochMilli()))
                .orElse(OptionalLong.empty());
    }

    TraceStep step(Optional<Instant> sentAt) {
        return new TraceStep(event.id(), event.type(), timestamp(), status, sender, since(sentAt));
    }
}
