package io.eventinspector.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Event counts per time bucket and per type, oldest bucket first. Only buckets holding events are listed; the
 * counts of all buckets add up to the number of events matching the query.
 */
public record Histogram(BucketSize size, List<Bucket> buckets) {
    public Histogram {
        buckets = List.copyOf(buckets);
    }

    /** One bucket: its start (inclusive; it ends {@code size.width()} later) and its counts per type. */
    public record Bucket(Instant start, Map<String, Long> perType) {
        public Bucket {
            perType = Map.copyOf(perType);
        }

        public long total() {
            return perType.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public long total() {
        return buckets.stream().mapToLong(Bucket::total).sum();
    }
}
