package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The {@code message_events} table (migration V9) under an alias, as typed jOOQ fields (times as in the events). */
final class MessageIndexTable {
    final Table<Record> table;
    final Field<String> messageId;
    final Field<String> sessionId;
    final Field<String> eventId;
    final Field<String> type;
    final Field<Instant> timestamp;

    MessageIndexTable(StoreDialect dialect, String alias) {
        this.table = table(name("message_events")).as(alias);
        this.messageId = field(name(alias, "message_id"), SQLDataType.VARCHAR(255));
        this.sessionId = field(name(alias, "session_id"), SQLDataType.VARCHAR(255));
        this.eventId = field(name(alias, "event_id"), SQLDataType.VARCHAR(255));
        this.type = field(name(alias, "type"), SQLDataType.VARCHAR(50));
        this.timestamp = field(name(alias, "timestamp"), dialect.instantType());
    }
}
