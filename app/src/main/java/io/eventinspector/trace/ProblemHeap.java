package io.eventinspector.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The worst {@link DeliveryHealth#MAX_PROBLEMS} problem messages of a health, kept in a bounded heap while the
 * messages stream by, and how many there were in all. Worst first: by the worst anomaly (failed, stuck,
 * disconnected, orphan: {@link AnomalyKind#WORST_FIRST}), then the oldest (sent, or for an orphan its first
 * receipt), then by session and message id so equal problems always come in the same order.
 */
final class ProblemHeap {
    private record Ranked(HealthProblem problem, AnomalyKind worst, Instant at) {
    }

    private static final Comparator<Ranked> WORST_FIRST = Comparator.comparing(Ranked::worst, AnomalyKind.WORST_FIRST)
            .thenComparing(Ranked::at)
            .thenComparing(ranked -> ranked.problem().sessionId())
            .thenComparing(ranked -> ranked.problem().messageId());

    private final int capacity;
    /** The least bad on top, so it is the one dropped when a worse one comes. */
    private final PriorityQueue<Ranked> kept = new PriorityQueue<>(WORST_FIRST.reversed());
    private long count;

    ProblemHeap(int capacity) {
        this.capacity = capacity;
    }

    /** {@code at}: when the message was sent, or an orphan's first receipt came. */
    void add(HealthProblem problem, Instant at) {
        count++;
        kept.add(new Ranked(problem, problem.anomalies().stream().min(AnomalyKind.WORST_FIRST).orElseThrow(), at));
        if (kept.size() > capacity) {
            kept.poll();
        }
    }

    long count() {
        return count;
    }

    List<HealthProblem> worstFirst() {
        List<Ranked> ranked = new ArrayList<>(kept);
        ranked.sort(WORST_FIRST);
        return ranked.stream().map(Ranked::problem).toList();
    }
}
