package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The {@code events} table as typed jOOQ fields. Column types come from the dialect, so the query code sees
 * {@code Field<Instant>} and JSON text on both databases. Names are unqualified: the connection picks the schema.
 */
final class EventTable {
    final Table<Record> table;
    final Field<String> id;
    final Field<String> type;
    final Field<String> sessionId;
    final Field<String> data;
    final Field<Instant> timestamp;
    final Field<Instant> createdAt;

    EventTable(StoreDialect dialect) {
        table = table(name("events"));
        id = field(name("id"), SQLDataType.VARCHAR(255).nullable(false));
        type = field(name("type"), SQLDataType.VARCHAR(50).nullable(false));
        sessionId = field(name("session_id"), SQLDataType.VARCHAR(255).nullable(false));
        data = field(name("data"), dialect.jsonType());
        timestamp = field(name("timestamp"), dialect.instantType());
        createdAt = field(name("created_at"), dialect.instantType());
    }
}
