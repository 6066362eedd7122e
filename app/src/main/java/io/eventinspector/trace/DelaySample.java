package io.eventinspector.trace;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Delays in milliseconds, kept in a growing primitive array (8 bytes a message: percentiles need every value),
 * with their p50, p95 and max by the nearest-rank method: the smallest value with at least p% of all at or below it.
 */
final class DelaySample {
    private long[] values = new long[256];
    private int size;

    void add(long millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    int size() {
        return size;
    }

    Percentiles percentiles() {
        if (size == 0) {
            return Percentiles.NONE;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new Percentiles(OptionalLong.of(nearestRank(sorted, 50)), OptionalLong.of(nearestRank(sorted, 95)),
                OptionalLong.of(sorted[size - 1]));
    }

    private static long nearestRank(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
