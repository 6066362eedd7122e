package io.eventinspector.trace;

import java.util.ArrayList;
import java.util.List;

/** The distribution of time to delivered in fixed buckets, from within a second to more than a day. */
final class DelayBuckets {
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    /** Each bucket's upper bound (inclusive); a last one takes the rest. */
    private static final long[] BOUNDS = {SECOND, 5 * SECOND, 30 * SECOND, MINUTE, 5 * MINUTE, 30 * MINUTE, HOUR,
        6 * HOUR, 24 * HOUR};

    private final long[] counts = new long[BOUNDS.length + 1];

    void add(long millis) {
        int bucket = 0;
        while (bucket < BOUNDS.length && millis > BOUNDS[bucket]) {
            bucket++;
        }
        counts[bucket]++;
    }

    /** {@code ≤ 1 s} … {@code ≤ 1 d}, then {@code > 1 d} with {@code upToMs} {@link Long#MAX_VALUE}. */
    List<DelayBucket> buckets() {
        List<DelayBucket> buckets = new ArrayList<>();
        for (int i = 0; i < BOUNDS.length; i++) {
            buckets.add(new DelayBucket("≤ " + Delays.format(BOUNDS[i]), BOUNDS[i], counts[i]));
        }
        buckets.add(new DelayBucket("> " + Delays.format(BOUNDS[BOUNDS.length - 1]), Long.MAX_VALUE,
                counts[BOUNDS.length]));
        return buckets;
    }
}
