package io.eventinspector.store;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import io.eventinspector.event.EventQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * How many events a query matches, per type: the listing's {@code total} and the filter bar's type counts, asked
 * on every API listing and every filter change. Without a payload search the whole hours come from the hourly
 * counts (migration V5) and only the partial hours at a bound from the events, so no range of the events is
 * looked up first: a session's month is a few thousand rollup rows instead of tens of thousands of events. A
 * query without time bounds has no partial hours at all.
 */
final class EventTotals {
    /** The key of the one total when counts are not split by type. */
    private static final String ALL_TYPES = "*";

    private final DSLContext dsl;
    private final EventTable t;
    /** The hourly counts of this store; empty for a gateway's table, which has none. */
    private final Optional<HourlyCounts> rollup;

    EventTotals(DSLContext dsl, EventTable table, Optional<HourlyCounts> rollup) {
        this.dsl = dsl;
        this.t = table;
        this.rollup = rollup;
    }

    /** {@code filters} turns a query's filters into a condition on the events table. */
    long count(EventQuery query, Function<EventQuery, Condition> filters) {
        // Summing without grouping by type: grouping a session's rollup rows costs about four times the sum.
        return totals(query, filters, false).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The matching events' counts per type; types without a matching event are left out. */
    Map<String, Long> perType(EventQuery query, Function<EventQuery, Condition> filters) {
        return totals(query, filters, true);
    }

    /** Per type, or with {@code byType} false one entry for all types under the key {@link #ALL_TYPES}. */
    private Map<String, Long> totals(EventQuery query, Function<EventQuery, Condition> filters, boolean byType) {
        if (rollup.isEmpty() || query.text().isPresent()) {
            return grouped(filters.apply(query), byType);
        }
        Optional<Instant> firstWhole = query.since().map(HourlyCounts::firstWholeHour);
        Optional<Instant> endOfWhole = query.until().map(HourlyCounts::endOfWholeHours);
        if (firstWhole.isPresent() && endOfWhole.isPresent() && !firstWhole.get().isBefore(endOfWhole.get())) {
            return grouped(filters.apply(query), byType);
        }
        Map<String, Long> counts = summed(rollup.get(), query, firstWhole, endOfWhole, byType);
        // Each edge is the query with its own since/until, so SQLite walks only that part of a time index.
        if (firstWhole.isPresent() && query.since().get().isBefore(firstWhole.get())) {
            add(counts, grouped(filters.apply(query.toBuilder().until(firstWhole.get().minusMillis(1)).build()),
                    byType));
        }
        if (endOfWhole.isPresent() && !query.until().get().isBefore(endOfWhole.get())) {
            add(counts, grouped(filters.apply(query.toBuilder().since(endOfWhole.get()).build()), byType));
        }
        // Unfolded changes may cancel a count out (events deleted): such a type is no longer matched.
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    /**
     * The hourly counts of the whole hours in {@code [from, until)} per type, plus the changes not folded in yet,
     * read in one statement (one snapshot), so a fold committing meanwhile can neither hide changes nor count
     * them twice.
     */
    private Map<String, Long> summed(HourlyCounts c, EventQuery query, Optional<Instant> from,
                                     Optional<Instant> until, boolean byType) {
        Condition where = c.rowsOf(query, from, until);
        Select<Record2<String, BigDecimal>> rows = sums(c, c.countsFor(query), where, byType);
        if (c.pendingChanges.isPresent()) {
            rows = rows.unionAll(sums(c, c.pendingChanges.get(), where, byType));
        }
        Map<String, Long> perType = new TreeMap<>();
        dsl.fetch(rows).forEach(r -> {
            if (r.value2() != null) {
                perType.merge(r.value1(), r.value2().longValue(), Long::sum);
            }
        });
        return perType;
    }

    private static Select<Record2<String, BigDecimal>> sums(HourlyCounts c, Table<?> counts, Condition where,
                                                            boolean byType) {
        return byType ? select(c.type, sum(c.eventCount)).from(counts).where(where).groupBy(c.type)
                : select(inline(ALL_TYPES), sum(c.eventCount)).from(counts).where(where);
    }

    private Map<String, Long> grouped(Condition where, boolean byType) {
        Map<String, Long> counts = new TreeMap<>();
        if (byType) {
            dsl.select(t.type, DSL.count()).from(t.table).where(where).groupBy(t.type)
                    .forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        } else {
            counts.put(ALL_TYPES, dsl.selectCount().from(t.table).where(where).fetchOne(0, Long.class));
        }
        return counts;
    }

    private static void add(Map<String, Long> counts, Map<String, Long> more) {
        more.forEach((type, n) -> counts.merge(type, n, Long::sum));
    }
}
