package io.eventinspector.ui.trace;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.Event;
import io.eventinspector.trace.Anomaly;
import io.eventinspector.trace.AnomalyKind;
import io.eventinspector.trace.Direction;
import io.eventinspector.trace.Interval;
import io.eventinspector.trace.MessageTrace;
import io.eventinspector.trace.ParticipantStatus;
import io.eventinspector.trace.TraceStep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Hand-built messages: an outgoing one sent at 10:00, held up by a disconnect from 10:00:30 to 10:12, delivered
 * at 10:12:03.5 and read at 10:15; the events of it; and a receipt acknowledging it with two more.
 */
final class TraceFixtures {
    static final String SESSION = "sales";
    static final String MESSAGE = "3EB0AAA";
    static final String CHAT = "4915112345678@s.whatsapp.net";
    static final Instant SENT_AT = Instant.parse("2026-11-26T10:00:00Z");

    static final Event SENT = new Event("evt_sent", "message.sent", SESSION,
            "{\"message_id\":\"" + MESSAGE + "\",\"to\":\"" + CHAT + "\",\"body\":\"hello\"}", SENT_AT);
    static final Event DELIVERED = new Event("evt_delivered", "message.delivered", SESSION,
            "{\"message_ids\":[\"" + MESSAGE + "\"],\"from\":\"" + CHAT + "\"}", SENT_AT.plusMillis(723_500));
    /** One read receipt for three messages, the traced one second. */
    static final Event READ_OF_THREE = new Event("evt_read", "message.read", SESSION,
            "{\"message_ids\":[\"3EB0FIRST\",\"" + MESSAGE + "\",\"3EB0THIRD\"],\"from\":\"" + CHAT + "\"}",
            SENT_AT.plusSeconds(900));
    static final Event PRESENCE = new Event("evt_presence", "presence.update", SESSION,
            "{\"from\":\"" + CHAT + "\",\"presence\":\"available\"}", SENT_AT.plusSeconds(5));

    private TraceFixtures() {
    }

    static MessageTrace delayedByADisconnect() {
        return new MessageTrace(MESSAGE, SESSION, Optional.of(CHAT), Optional.of(Direction.OUTGOING),
                DeliveryStatus.READ, OptionalLong.of(723_500), OptionalLong.of(900_000),
                List.of(step(SENT, DeliveryStatus.SENT, null, 0),
                        step(DELIVERED, DeliveryStatus.DELIVERED, CHAT, 723_500),
                        step(READ_OF_THREE, DeliveryStatus.READ, CHAT, 900_000)),
                List.of(new Anomaly(AnomalyKind.DISCONNECTED,
                        "the session was disconnected for 11 m 30 s between the message and its delivery")),
                List.of(),
                List.of(new Interval(SENT_AT.plusSeconds(30), Optional.of(SENT_AT.plusSeconds(720)), SESSION)),
                false);
    }

    /** A message of {@code messageId} sent and nothing else, for the other ids of a receipt. */
    static MessageTrace sentOnly(String messageId) {
        return new MessageTrace(messageId, SESSION, Optional.of(CHAT), Optional.of(Direction.OUTGOING),
                DeliveryStatus.SENT, OptionalLong.empty(), OptionalLong.empty(),
                List.of(new TraceStep("evt_" + messageId, "message.sent", SENT_AT, Optional.of(DeliveryStatus.SENT),
                        Optional.empty(), OptionalLong.of(0))),
                List.of(), List.of(), List.of(), false);
    }

    static TraceStep step(Event event, DeliveryStatus status, String from, long sinceMessageMs) {
        return new TraceStep(event.id(), event.type(), event.timestamp(), Optional.of(status),
                Optional.ofNullable(from), OptionalLong.of(sinceMessageMs));
    }

    static ParticipantStatus participant(String who, DeliveryStatus status, long deliveredMs) {
        return new ParticipantStatus(who, status, OptionalLong.of(deliveredMs), OptionalLong.empty());
    }
}
