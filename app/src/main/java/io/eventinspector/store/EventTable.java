package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * A layout of the {@code events} table as typed jOOQ fields, so the query code sees {@code Field<Instant>} and
 * compact JSON text whatever the columns really hold. Our own table maps its columns directly (types from the
 * dialect); a gateway's own table maps them through expressions and converters (see {@link GatewaySchema}).
 * Names are unqualified: the connection picks the schema.
 */
final class EventTable {
    final Table<Record> table;
    final Field<String> id;
    final Field<String> type;
    final Field<String> sessionId;
    /** The payload as compact JSON text, read side. */
    final Field<String> data;
    /** The payload decoded to text inside the database, for a substring scan where there is no search index. */
    final Field<String> payloadText;
    /**
     * Millisecond precision in SQL too, so filters, ordering and cursors agree with the events read. A row whose
     * time cannot be read (see {@link #timeReadable}) sorts as {@code Event.UNREADABLE_TIMESTAMP}.
     */
    final Field<Instant> timestamp;
    /**
     * Whether a row's stored time could be read: always in our own table (no condition at all); in a gateway's,
     * NULL and values that are no time are not. Time filters and deletion require it, in SQL, so a row the reader
     * cannot place in time is never matched by a time range nor deleted as old.
     */
    final Condition timeReadable;
    final Field<Instant> createdAt;
    /** True for a gateway's own table: no search index, nothing of ours, never appended to. */
    final boolean gateway;

    /** Our own table, created by our migrations. */
    EventTable(StoreDialect dialect) {
        this(false,
                field(name("id"), SQLDataType.VARCHAR(255).nullable(false)),
                field(name("type"), SQLDataType.VARCHAR(50).nullable(false)),
                field(name("session_id"), SQLDataType.VARCHAR(255).nullable(false)),
                new Payload(field(name("data"), dialect.jsonType()), dialect.kind() == StoreKind.SQLITE
                        ? field(name("data"), SQLDataType.CLOB)
                        : field("cast({0} as text)", SQLDataType.CLOB, field(name("data")))),
                new Time(field(name("timestamp"), dialect.instantType()), noCondition()),
                field(name("created_at"), dialect.instantType()));
    }

    /** A gateway's table: the columns are read through the given expressions. */
    EventTable(boolean gateway, Field<String> id, Field<String> type, Field<String> sessionId, Payload payload,
               Time time, Field<Instant> createdAt) {
        this.table = table(name("events"));
        this.id = id;
        this.type = type;
        this.sessionId = sessionId;
        this.data = payload.json();
        this.payloadText = payload.text();
        this.timestamp = time.instant();
        this.timeReadable = time.readable();
        this.createdAt = createdAt;
        this.gateway = gateway;
    }

    /** The one {@code data} column read two ways: as compact JSON for events, as text for a substring scan. */
    record Payload(Field<String> json, Field<String> text) {
    }

    /** The one {@code timestamp} column: its value as an instant and whether a row's value could be read at all. */
    record Time(Field<Instant> instant, Condition readable) {
    }

    /** The rows retention deletes: a readable time before {@code cutoff}. */
    Condition olderThan(Instant cutoff) {
        return timestamp.lt(cutoff).and(timeReadable);
    }
}
