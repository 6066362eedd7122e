package io.eventinspector.store;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.values;

import io.eventinspector.event.EventQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Row2;

/**
 * Counts per time bucket and type, computed in the database in one of two ways. Filtered by session or text,
 * few rows match and one {@code GROUP BY bucket, type} over them is cheapest. Filtered by time and type only
 * (the wide case: a whole month), SQLite would touch every row through the table; instead each (type, bucket)
 * is one range count on its covering {@code (type, timestamp)} index, about four times less CPU.
 */
final class VolumeHistogram {
    /** Beyond this many buckets per type the range counts stop paying off. */
    private static final int MAX_RANGE_COUNTS = 2_000;

    private final DSLContext dsl;
    private final StoreDialect dialect;
    private final EventTable t;

    VolumeHistogram(DSLContext dsl, StoreDialect dialect, EventTable table) {
        this.dsl = dsl;
        this.dialect = dialect;
        this.t = table;
    }

    Histogram compute(EventQuery query, Condition where, Optional<BucketSize> size) {
        Instant since = query.since().orElse(null);
        Instant until = query.until().orElse(null);
        if (since == null || until == null) {
            var range = dsl.select(min(t.timestamp), max(t.timestamp)).from(t.table).where(where).fetchOne();
            since = since != null ? since : range.value1();
            until = until != null ? until : range.value2();
        }
        Instant from = since;
        Instant to = until;
        if (from == null || to == null) {
            return new Histogram(size.orElse(BucketSize.MINUTE), List.of());
        }
        BucketSize bucketSize = size.orElseGet(() -> BucketSize.forSpan(Duration.between(from, to)));
        long width = bucketSize.width().toMillis();
        long first = Math.floorDiv(from.toEpochMilli(), width) * width;
        long buckets = (to.toEpochMilli() - first) / width + 1;
        // PostgreSQL's range counts visit the heap (index-only scans need a vacuumed visibility map): on 1M fresh
        // events they took 8.7 s against 2.9 s for one parallel GROUP BY, so only SQLite counts ranges.
        Map<Instant, Map<String, Long>> counts = dialect.kind() == StoreKind.SQLITE
                && query.sessionId().isEmpty() && query.text().isEmpty() && buckets <= MAX_RANGE_COUNTS
                ? rangeCounts(query, from, to, first, (int) buckets, width)
                : grouped(where, bucketSize);
        List<Histogram.Bucket> list = new ArrayList<>(counts.size());
        counts.forEach((at, perType) -> list.add(new Histogram.Bucket(at, perType)));
        return new Histogram(bucketSize, list);
    }

    private Map<Instant, Map<String, Long>> grouped(Condition where, BucketSize size) {
        Field<Instant> start = dialect.bucketStart(t.timestamp, size.width());
        Map<Instant, Map<String, Long>> counts = new TreeMap<>();
        dsl.select(start, t.type, count()).from(t.table).where(where)
                .groupBy(start, t.type)
                .forEach(r -> counts.computeIfAbsent(r.value1(), key -> new TreeMap<>())
                        .put(r.value2(), r.value3().longValue()));
        return counts;
    }

    private Map<Instant, Map<String, Long>> rangeCounts(EventQuery query, Instant from, Instant to, long first,
                                                        int buckets, long width) {
        DataType<Instant> instant = t.timestamp.getDataType();
        @SuppressWarnings("unchecked")
        Row2<Instant, Instant>[] ranges = new Row2[buckets];
        for (int i = 0; i < buckets; i++) {
            long start = first + i * width;
            // Clipped to the query's inclusive range; millisecond precision makes "≤ to" the same as "< to + 1 ms".
            Instant low = Instant.ofEpochMilli(Math.max(start, from.toEpochMilli()));
            Instant high = Instant.ofEpochMilli(Math.min(start + width, to.toEpochMilli() + 1));
            ranges[i] = row(val(low, instant), val(high, instant));
        }
        var range = values(ranges).as("bucket", "low", "high");
        Field<Instant> low = field(name("bucket", "low"), instant);
        Field<Instant> high = field(name("bucket", "high"), instant);
        Map<Instant, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String type : query.types().isEmpty() ? distinctTypes() : query.types()) {
            var inBucket = selectCount().from(t.table)
                    .where(t.type.eq(type)).and(t.timestamp.ge(low)).and(t.timestamp.lt(high));
            dsl.select(low, field(inBucket)).from(range).orderBy(low).forEach(r -> {
                long count = r.value2().longValue();
                if (count > 0) {
                    Instant start = Instant.ofEpochMilli(Math.floorDiv(r.value1().toEpochMilli(), width) * width);
                    counts.computeIfAbsent(start, key -> new TreeMap<>()).put(type, count);
                }
            });
        }
        return new TreeMap<>(counts);
    }

    /** The distinct types by a loose index scan of the type index: one probe per type, not one per event. */
    private List<String> distinctTypes() {
        List<String> types = new ArrayList<>();
        String next = dsl.select(min(t.type)).from(t.table).fetchOne().value1();
        while (next != null) {
            types.add(next);
            next = dsl.select(min(t.type)).from(t.table).where(t.type.gt(next)).fetchOne().value1();
        }
        return types;
    }
}
