package io.eventinspector.trace;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.Event;
import io.eventinspector.event.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The logic of a trace over a message's events, whatever store they came from: the highest status reached (by
 * rank, as receipts can arrive out of order; failed outranks all), the delays to the first delivered-or-higher and
 * read-or-played receipt, per participant in a group, and the anomalies, worst first: failed, stuck,
 * disconnected, orphan, out_of_order, duplicate. What the message's own events cannot tell (the session's later
 * events, its connection state) comes from a {@link SessionTimeline}.
 */
final class TraceBuilder {
    /** What a scan of a store without the message index looks at; shown when the message event is not in it. */
    static final String SCANNED_WINDOW = MessageScan.WINDOW.toDays() + " days before its newest event";

    private final SessionTimeline timeline;

    TraceBuilder(SessionTimeline timeline) {
        this.timeline = timeline;
    }

    /**
     * The trace of a message from its events in one session ({@code events} not empty, any order).
     * {@code scanned}: they were found by a bounded scan, not the message index.
     */
    MessageTrace build(String messageId, String sessionId, List<Event> events, Duration stuckAfter, boolean scanned) {
        List<TracedEvent> traced = events.stream().map(TracedEvent::of).sorted(TracedEvent.OLDEST_FIRST).toList();
        Optional<TracedEvent> message = traced.stream().filter(TracedEvent::isMessage).findFirst();
        Optional<Instant> sentAt = message.map(TracedEvent::timestamp);
        Optional<Direction> direction = message.map(TracedEvent::direction);
        Optional<TracedEvent> delivered = first(traced, TracedEvent.DELIVERED);
        Optional<TracedEvent> read = first(traced, TracedEvent.READ);
        Optional<TracedEvent> failed = first(traced, EnumSet.of(DeliveryStatus.FAILED));
        Optional<String> chatId = chatId(message, traced);
        ReceiptChecks receipts = new ReceiptChecks(traced, sentAt);
        boolean group = message.map(event -> Payloads.isGroup(event.data())).orElse(false)
                || chatId.filter(chat -> chat.endsWith("@g.us")).isPresent() || receipts.senders() > 1;
        boolean outgoing = direction.filter(Direction.OUTGOING::equals).isPresent();
        boolean undelivered = outgoing && delivered.isEmpty() && failed.isEmpty();

        // The connection band spans the trace; for a message still waiting, up to the end of the data.
        List<Interval> disconnected = timeline.disconnected(sessionId, traced.get(0).timestamp(),
                undelivered ? Optional.empty() : Optional.of(traced.get(traced.size() - 1).timestamp()));

        List<Anomaly> anomalies = new ArrayList<>();
        failed.ifPresent(event -> anomalies.add(new Anomaly(AnomalyKind.FAILED, Payloads.failureReason(event.data())
                .map(reason -> "The gateway reported a failure: " + reason)
                .orElse("The gateway reported a failure without a reason"))));
        if (undelivered) {
            stuck(sessionId, sentAt.orElseThrow(), stuckAfter).ifPresent(anomalies::add);
        }
        if (outgoing) {
            Optional<Instant> waitedUntil = delivered.or(() -> failed).map(TracedEvent::timestamp);
            disconnectedWhileWaiting(disconnected, sentAt.orElseThrow(), waitedUntil,
                    delivered.isEmpty() && failed.isPresent())
                    .ifPresent(anomalies::add);
        }
        if (message.isEmpty()) {
            anomalies.add(orphan(traced.size(), scanned));
        }
        receipts.outOfOrder().ifPresent(anomalies::add);
        receipts.duplicates().ifPresent(anomalies::add);
        anomalies.sort(Comparator.comparing(Anomaly::kind, AnomalyKind.WORST_FIRST));

        return new MessageTrace(messageId, sessionId, chatId, direction, highest(traced),
                delay(delivered, sentAt), delay(read, sentAt),
                traced.stream().map(event -> event.step(sentAt)).toList(), anomalies,
                group ? receipts.participants() : List.of(), disconnected, scanned);
    }

    /**
     * Stuck only when the store holds events of the session later than the threshold: then a delivery would have
     * shown; otherwise the data simply ends too early to tell (pending).
     */
    private Optional<Anomaly> stuck(String sessionId, Instant sentAt, Duration stuckAfter) {
        Instant deadline = sentAt.plus(stuckAfter);
        return timeline.newestEventAt(sessionId).filter(newest -> newest.isAfter(deadline))
                .map(newest -> new Anomaly(AnomalyKind.STUCK, "Not delivered " + Delays.format(stuckAfter.toMillis())
                        + " after it was sent, though the session has events until " + Timestamps.format(newest)));
    }

    private static Optional<Anomaly> disconnectedWhileWaiting(List<Interval> intervals, Instant sentAt,
                                                              Optional<Instant> waitedUntil, boolean failedFirst) {
        List<Interval> overlapping = intervals.stream().filter(interval -> interval.overlaps(sentAt, waitedUntil))
                .toList();
        if (overlapping.isEmpty()) {
            return Optional.empty();
        }
        Interval first = overlapping.get(0);
        String waiting = waitedUntil.isEmpty() ? "while it was still undelivered"
                : failedFirst ? "before it failed" : "before it was delivered";
        String until = first.until().map(end -> "until " + Timestamps.format(end))
                .orElse("and had not reconnected by the end of the data");
        String more = overlapping.size() == 1 ? "" : " (" + overlapping.size() + " times in all)";
        return Optional.of(new Anomaly(AnomalyKind.DISCONNECTED, "The session was disconnected from "
                + Timestamps.format(first.from()) + " " + until + ", " + waiting + more));
    }

    private static Anomaly orphan(int events, boolean scanned) {
        return new Anomaly(AnomalyKind.ORPHAN, "Its message event (message.sent or message.received) is not "
                + (scanned ? "in the " + SCANNED_WINDOW + " that were scanned" : "in the store")
                + ": cut by retention, or never emitted; " + (events == 1 ? "this event has" : "these " + events
                + " events have") + " no delay to show");
    }

    private static Optional<String> chatId(Optional<TracedEvent> message, List<TracedEvent> traced) {
        if (message.isPresent()) {
            return Payloads.chatId(message.get().data())
                    .or(() -> Payloads.peer(message.get().data(), message.get().direction()));
        }
        return traced.stream().map(event -> Payloads.chatId(event.data())).flatMap(Optional::stream).findFirst();
    }

    private static DeliveryStatus highest(List<TracedEvent> traced) {
        return traced.stream().map(TracedEvent::status).flatMap(Optional::stream)
                .max(Comparator.comparingInt(DeliveryStatus::rank)).orElse(DeliveryStatus.PENDING);
    }

    private static Optional<TracedEvent> first(List<TracedEvent> traced, Set<DeliveryStatus> statuses) {
        return traced.stream().filter(event -> event.reports(statuses)).findFirst();
    }

    private static OptionalLong delay(Optional<TracedEvent> event, Optional<Instant> sentAt) {
        return event.map(found -> found.since(sentAt)).orElse(OptionalLong.empty());
    }
}
