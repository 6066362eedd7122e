package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;

/**
 * Between the events table and {@link Event}: the condition an {@link EventQuery}'s filters make, the columns
 * read, and how a row becomes an event again (a gateway's row whose time could not be read says so).
 */
final class EventRows {
    private final DSLContext dsl;
    private final EventTable t;
    private final PayloadSearch search;
    /** Read along with each event of a gateway's table, to mark one whose stored time could not be read. */
    private final Field<Boolean> timeReadable;

    EventRows(DSLContext dsl, EventTable table, PayloadSearch search) {
        this.dsl = dsl;
        this.t = table;
        this.search = search;
        this.timeReadable = field(table.timeReadable).as("time_readable");
    }

    /** The query's filters (session, types, time range, text); its cursor, offset and limit are the caller's. */
    Condition filters(EventQuery query) {
        Condition condition = noCondition();
        if (query.sessionId().isPresent()) {
            condition = condition.and(t.sessionId.eq(query.sessionId().get()));
        }
        if (query.types().size() == 1) {
            condition = condition.and(t.type.eq(query.types().get(0)));
        } else if (!query.types().isEmpty()) {
            condition = condition.and(t.type.in(query.types()));
        }
        if (query.since().isPresent()) {
            condition = condition.and(t.timestamp.ge(query.since().get()));
        }
        if (query.until().isPresent()) {
            condition = condition.and(t.timestamp.le(query.until().get()));
        }
        if (query.since().isPresent() || query.until().isPresent()) {
            // An event whose time could not be read is in no time range, though it sorts as the placeholder.
            condition = condition.and(t.timeReadable);
        }
        if (query.text().isPresent()) {
            condition = condition.and(search.matches(dsl, SearchTerms.parse(query.text().get())));
        }
        return condition;
    }

    /** The columns {@link #toEvent(Record)} reads. */
    List<SelectField<?>> columns() {
        List<SelectField<?>> columns = new ArrayList<>(6);
        columns.add(t.id);
        columns.add(t.type);
        columns.add(t.sessionId);
        columns.add(t.data);
        columns.add(t.timestamp);
        if (t.gateway) {
            columns.add(timeReadable);
        }
        return columns;
    }

    Event toEvent(Record row) {
        String data = row.get(t.data);
        String json = data == null ? "null" : data;
        if (t.gateway && !Boolean.TRUE.equals(row.get(timeReadable))) {
            return Event.withUnreadableTimestamp(row.get(t.id), row.get(t.type), row.get(t.sessionId), json);
        }
        return new Event(row.get(t.id), row.get(t.type), row.get(t.sessionId), json, row.get(t.timestamp));
    }
}
