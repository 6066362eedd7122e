package io.eventinspector.trace;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a message's receipts say per sender (each participant of a group acknowledges on its own): how far each
 * got, receipts stored after a higher one from the same sender ({@code out_of_order}), and the same receipt from
 * the same sender stored more than once ({@code duplicate}).
 */
final class ReceiptChecks {
    private final Optional<Instant> sentAt;
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final List<LateReceipt> lateReceipts = new ArrayList<>();
    private final Map<String, List<TracedEvent>> repeats = new LinkedHashMap<>();

    /** {@code oldestFirst}: every event of the message; {@code sentAt}: its message event's time, if stored. */
    ReceiptChecks(List<TracedEvent> oldestFirst, Optional<Instant> sentAt) {
        this.sentAt = sentAt;
        for (TracedEvent event : oldestFirst) {
            if (!event.isReceipt()) {
                continue;
            }
            String sender = event.sender().orElse("");
            Participant participant = participants.computeIfAbsent(sender, key -> new Participant());
            if (event.reports(TracedEvent.DELIVERED) && participant.highestDelivery != null
                    && event.status().orElseThrow().rank() < participant.highestDelivery.status().orElseThrow().rank()) {
                lateReceipts.add(new LateReceipt(event, participant.highestDelivery));
            }
            participant.add(event);
            repeats.computeIfAbsent(event.event().type() + '\n' + sender, key -> new ArrayList<>()).add(event);
        }
    }

    /** How many different senders sent receipts: more than one means a group. */
    int senders() {
        return participants.size();
    }

    /** Per sender, in the order their first receipt came. */
    List<ParticipantStatus> participants() {
        List<ParticipantStatus> statuses = new ArrayList<>();
        participants.forEach((sender, participant) -> statuses.add(new ParticipantStatus(
                sender.isEmpty() ? "unknown" : sender, participant.highest,
                delay(participant.firstDelivered), delay(participant.firstRead))));
        return statuses;
    }

    Optional<Anomaly> outOfOrder() {
        if (lateReceipts.isEmpty()) {
            return Optional.empty();
        }
        TracedEvent late = lateReceipts.get(0).late();
        TracedEvent higher = lateReceipts.get(0).after();
        return Optional.of(new Anomaly(AnomalyKind.OUT_OF_ORDER, late.event().type() + from(late)
                + " was stored after " + higher.event().type() + " (" + when(late) + " after " + when(higher) + ")"
                + more(lateReceipts.size() - 1, "out of order")));
    }

    Optional<Anomaly> duplicates() {
        List<List<TracedEvent>> repeated = repeats.values().stream().filter(events -> events.size() > 1).toList();
        if (repeated.isEmpty()) {
            return Optional.empty();
        }
        TracedEvent first = repeated.get(0).get(0);
        return Optional.of(new Anomaly(AnomalyKind.DUPLICATE, first.event().type() + from(first) + " is stored "
                + repeated.get(0).size() + " times" + more(repeated.size() - 1, "stored more than once")));
    }

    private OptionalLong delay(TracedEvent event) {
        return event == null ? OptionalLong.empty() : event.since(sentAt);
    }

    private String when(TracedEvent event) {
        OptionalLong since = event.since(sentAt);
        return since.isPresent() ? Delays.signed(since.getAsLong()) : Timestamps.format(event.timestamp());
    }

    private static String from(TracedEvent event) {
        return event.sender().map(sender -> " from " + sender).orElse("");
    }

    private static String more(int count, String what) {
        return count == 0 ? "" : "; " + count + (count == 1 ? " other receipt " : " other receipts ") + what + " too";
    }

    /** A receipt stored after a higher one of the same sender. */
    private record LateReceipt(TracedEvent late, TracedEvent after) {
    }

    /** One sender's receipts so far. */
    private static final class Participant {
        DeliveryStatus highest = DeliveryStatus.PENDING;
        TracedEvent highestDelivery;
        TracedEvent firstDelivered;
        TracedEvent firstRead;

        void add(TracedEvent event) {
            DeliveryStatus status = event.status().orElseThrow();
            if (status.rank() > highest.rank()) {
                highest = status;
            }
            if (event.reports(TracedEvent.DELIVERED)) {
                if (highestDelivery == null || status.rank() > highestDelivery.status().orElseThrow().rank()) {
                    highestDelivery = event;
                }
                firstDelivered = firstDelivered == null ? event : firstDelivered;
            }
            if (event.reports(TracedEvent.READ)) {
                firstRead = firstRead == null ? event : firstRead;
            }
        }
    }
}
