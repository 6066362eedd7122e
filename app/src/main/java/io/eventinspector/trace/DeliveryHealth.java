package io.eventinspector.trace;

import java.util.List;

/**
 * Delivery health of a filter: counts of messages by direction and status, delays as percentiles and as a
 * distribution, orphan receipts, the disconnected intervals of the sessions in the range, and the problem
 * messages worst first (at most {@link #MAX_PROBLEMS}; {@code problemCount} counts all).
 */
public record DeliveryHealth(long outgoing, long incoming, long delivered, long read, long failed, long stuck,
                             long pending, long orphanReceipts, Percentiles timeToDeliveredMs,
                             Percentiles timeToReadMs, List<DelayBucket> timeToDelivered,
                             List<Interval> disconnected, List<HealthProblem> problems, long problemCount,
                             boolean scanned) {
    public static final int MAX_PROBLEMS = 500;

    public DeliveryHealth {
        timeToDelivered = List.copyOf(timeToDelivered);
        disconnected = List.copyOf(disconnected);
        problems = List.copyOf(problems);
    }
}
