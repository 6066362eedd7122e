package io.eventinspector.trace;

import java.util.List;

/**
 * Delivery health of a filter: counts of messages by direction, and of outgoing messages by status (failed,
 * else delivered — read included —, else stuck or pending: the four add up to {@code outgoing}); delays of the
 * delivered outgoing messages as percentiles and as a distribution; orphan receipts (receipts and reactions whose
 * message event is missing); the disconnected intervals of the sessions in the range; and the problem messages
 * worst first (at most {@link #MAX_PROBLEMS}; {@code problemCount} counts all). {@code scanned}: computed from a
 * bounded scan, the store keeping no message index; {@code truncated}: that scan reached its bound, so the oldest
 * messages of the range are not counted.
 */
public record DeliveryHealth(long outgoing, long incoming, long delivered, long read, long failed, long stuck,
                             long pending, long orphanReceipts, Percentiles timeToDeliveredMs,
                             Percentiles timeToReadMs, List<DelayBucket> timeToDelivered,
                             List<Interval> disconnected, List<HealthProblem> problems, long problemCount,
                             boolean scanned, boolean truncated) {
    public static final int MAX_PROBLEMS = 500;

    public DeliveryHealth {
        timeToDelivered = List.copyOf(timeToDelivered);
        disconnected = List.copyOf(disconnected);
        problems = List.copyOf(problems);
    }
}
