package io.eventinspector.store;

import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

import io.eventinspector.event.Event;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The reads of the message index: a message's events. */
final class MessageIndexQueries {
    private final DSLContext dsl;
    private final EventTable t;
    private final EventRows rows;
    /** The index rows a lookup reads. */
    private final MessageIndexTable m;
    /** The columns {@link EventRows#toEvent} reads, the types a rendered lookup's result is read as. */
    private final List<Field<?>> eventColumns;
    /** The lookups, rendered at first use (a race renders one twice, alike). */
    private volatile String eventsOfMessage;
    private volatile String eventsOfMessageInSession;

    MessageIndexQueries(DSLContext dsl, StoreDialect dialect, EventTable table, EventRows rows) {
        this.dsl = dsl;
        this.t = table;
        this.rows = rows;
        this.m = new MessageIndexTable(dialect, "m");
        this.eventColumns = rows.columns().stream().<Field<?>>map(column -> (Field<?>) column).toList();
    }

    /**
     * The events of one message, oldest first, in one session or all. Each statement is rendered once per store:
     * a lookup takes a fraction of a millisecond, and building and rendering the query each time took more than
     * running it (0.135 against 0.055 ms per lookup on 20k events).
     */
    List<Event> messageEvents(String messageId, Optional<String> sessionId, int limit) {
        if (sessionId.isPresent()) {
            if (eventsOfMessageInSession == null) {
                eventsOfMessageInSession = eventsOf(true);
            }
            return dsl.resultQuery(eventsOfMessageInSession, messageId, sessionId.get(), limit)
                    .coerce(eventColumns).fetch(rows::toEvent);
        }
        if (eventsOfMessage == null) {
            eventsOfMessage = eventsOf(false);
        }
        return dsl.resultQuery(eventsOfMessage, messageId, limit).coerce(eventColumns).fetch(rows::toEvent);
    }

    /** The lookup with {@code ?} for the message id, the session if {@code inSession}, and the limit. */
    private String eventsOf(boolean inSession) {
        Condition ofMessage = m.messageId.eq(param("message", String.class));
        if (inSession) {
            ofMessage = ofMessage.and(m.sessionId.eq(param("session", String.class)));
        }
        // The events by id from the index's few rows; an IN keeps the events table's own (unqualified) columns.
        return dsl.render(dsl.select(rows.columns()).from(t.table)
                .where(t.id.in(select(m.eventId).from(m.table).where(ofMessage)))
                .orderBy(t.timestamp.asc(), t.id.asc())
                .limit(param("limit", Integer.class)));
    }
}
