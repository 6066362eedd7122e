package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.util.Optional;
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
}
