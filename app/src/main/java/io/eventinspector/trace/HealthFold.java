package io.eventinspector.trace;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.store.MessageSummary;
import io.eventinspector.store.OrphanReceipts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Folds message summaries into a {@link DeliveryHealth} as they stream by, in constant memory per message but the
 * delays (a primitive array, for the percentiles) and the bounded problem heap. A message is stuck or pending by
 * the same rule as in a trace: stuck when the session has events later than its threshold. Not thread-safe.
 */
final class HealthFold {
    private final Duration stuckAfter;
    private final SessionTimeline timeline;
    private final Map<String, List<Interval>> disconnected;
    private final DelaySample toDelivered = new DelaySample();
    private final DelaySample toRead = new DelaySample();
    private final DelayBuckets distribution = new DelayBuckets();
    private final ProblemHeap problems = new ProblemHeap(DeliveryHealth.MAX_PROBLEMS);
    private long outgoing;
    private long incoming;
    private long delivered;
    private long read;
    private long failed;
    private long stuck;
    private long pending;
    private long orphanReceipts;

    /** {@code disconnected}: the intervals of the sessions from the start of the range on, to check messages with. */
    HealthFold(Duration stuckAfter, SessionTimeline timeline, List<Interval> disconnected) {
        this.stuckAfter = stuckAfter;
        this.timeline = timeline;
        this.disconnected = disconnected.stream().collect(Collectors.groupingBy(Interval::sessionId));
    }

    void add(MessageSummary message) {
        if (DeliveryStatus.ofType(message.type()).filter(DeliveryStatus.SENT::equals).isEmpty()) {
            incoming++;
            return;
        }
        outgoing++;
        Instant sentAt = message.sentAt();
        List<AnomalyKind> anomalies = new ArrayList<>();
        DeliveryStatus status = DeliveryStatus.SENT;
        if (message.failedAt().isPresent()) {
            failed++;
            status = DeliveryStatus.FAILED;
            anomalies.add(AnomalyKind.FAILED);
        } else if (message.deliveredAt().isPresent()) {
            delivered++;
            status = message.playedAt().isPresent() ? DeliveryStatus.PLAYED
                    : message.readAt().isPresent() ? DeliveryStatus.READ : DeliveryStatus.DELIVERED;
            long delay = millisBetween(sentAt, message.deliveredAt().get());
            toDelivered.add(delay);
            distribution.add(delay);
            if (message.readAt().isPresent()) {
                read++;
                toRead.add(millisBetween(sentAt, message.readAt().get()));
            }
        } else if (timeline.newestEventAt(message.sessionId()).filter(sentAt.plus(stuckAfter)::isBefore).isPresent()) {
            stuck++;
            anomalies.add(AnomalyKind.STUCK);
        } else {
            pending++;
        }
        Optional<Instant> waitedUntil = message.deliveredAt().or(message::failedAt);
        if (overlapsAny(disconnected.getOrDefault(message.sessionId(), List.of()), sentAt, waitedUntil)) {
            anomalies.add(AnomalyKind.DISCONNECTED);
        }
        if (!anomalies.isEmpty()) {
            problems.add(new HealthProblem(message.messageId(), message.sessionId(), status, Optional.of(sentAt),
                    anomalies), sentAt);
        }
    }

    void addOrphan(OrphanReceipts orphan) {
        orphanReceipts += orphan.events();
        problems.add(new HealthProblem(orphan.messageId(), orphan.sessionId(),
                DeliveryStatus.ofType(orphan.highestType()).orElse(DeliveryStatus.PENDING), Optional.empty(),
                List.of(AnomalyKind.ORPHAN)), orphan.firstAt());
    }

    /** {@code shown}: the disconnected intervals to report, those overlapping the range. */
    DeliveryHealth result(List<Interval> shown, boolean scanned, boolean truncated) {
        return new DeliveryHealth(outgoing, incoming, delivered, read, failed, stuck, pending, orphanReceipts,
                toDelivered.percentiles(), toRead.percentiles(), distribution.buckets(), shown,
                problems.worstFirst(), problems.count(), scanned, truncated);
    }

    /**
     * Whether one of a session's intervals (disjoint, oldest first, as a session is offline once at a time)
     * overlaps {@code start} to {@code end}: a binary search for the first that ends after {@code start}, as a
     * month of a flapping session has hundreds of them and every message asks.
     */
    static boolean overlapsAny(List<Interval> intervals, Instant start, Optional<Instant> end) {
        int low = 0;
        int high = intervals.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (intervals.get(middle).until().map(start::isBefore).orElse(true)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low < intervals.size() && intervals.get(low).overlaps(start, end);
    }

    private static long millisBetween(Instant from, Instant to) {
        return to.toEpochMilli() - from.toEpochMilli();
    }
}
