package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

import io.eventinspector.event.EventQuery;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The hourly rollup of our own events table (migration V5, docs/decisions/0006-histogram-rollup.md) as typed jOOQ
 * fields: events per (hour, type) and per (session, hour, type), plus, where writers record changes instead of
 * updating the counts, the changes not folded in yet. All three tables share the column names used here.
 */
final class HourlyCounts {
    static final long HOUR_MILLIS = 3_600_000L;

    final Table<Record> perType = table(name("hourly_type_counts"));
    final Table<Record> perSession = table(name("hourly_session_counts"));
    /** Signed counts still to be added to the two tables above; empty where triggers update them directly. */
    final Optional<Table<Record>> pendingChanges;
    final Field<Instant> hourStart;
    final Field<String> type = field(name("type"), SQLDataType.VARCHAR(50));
    final Field<String> sessionId = field(name("session_id"), SQLDataType.VARCHAR(255));
    final Field<Long> eventCount = field(name("event_count"), SQLDataType.BIGINT);

    HourlyCounts(StoreDialect dialect) {
        this.hourStart = field(name("hour_start"), dialect.instantType());
        this.pendingChanges = dialect.recordsHourlyCountChanges()
                ? Optional.of(table(name("hourly_count_changes"))) : Optional.empty();
    }

    /** The start of the first hour that lies wholly at or after {@code since}. */
    static Instant firstWholeHour(Instant since) {
        return Instant.ofEpochMilli(Math.floorDiv(since.toEpochMilli() + HOUR_MILLIS - 1, HOUR_MILLIS) * HOUR_MILLIS);
    }

    /** The end of the last hour that lies wholly at or before {@code until} (inclusive). */
    static Instant endOfWholeHours(Instant until) {
        // Timestamps have millisecond precision, so an hour ending at "until + 1 ms" ends inside the range.
        return Instant.ofEpochMilli(Math.floorDiv(until.toEpochMilli() + 1, HOUR_MILLIS) * HOUR_MILLIS);
    }

    /** The table that serves a query: the per-session counts when it names a session, else the per-type ones. */
    Table<Record> countsFor(EventQuery query) {
        return query.sessionId().isPresent() ? perSession : perType;
    }

    /** The count rows of the query's session and types in the hours {@code [from, until)}, open where absent. */
    Condition rowsOf(EventQuery query, Optional<Instant> from, Optional<Instant> until) {
        Condition where = noCondition();
        if (from.isPresent()) {
            where = where.and(hourStart.ge(from.get()));
        }
        if (until.isPresent()) {
            where = where.and(hourStart.lt(until.get()));
        }
        if (query.sessionId().isPresent()) {
            where = where.and(sessionId.eq(query.sessionId().get()));
        }
        if (!query.types().isEmpty()) {
            where = where.and(type.in(query.types()));
        }
        return where;
    }
}
