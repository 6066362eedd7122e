package io.eventinspector.store;

import static org.jooq.impl.DSL.choose;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.EventQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jooq.exception.DataAccessException;

/**
 * The per-message aggregates of the message index the delivery health is counted from: grouped in the database
 * and read as they stream. Status lists and ranks come from {@link DeliveryStatus} and are written into the SQL as
 * literals, so each database plans for the types it will really see.
 *
 * <p>Aggregating a message reads every row of it, a range of the index's key. A narrow query (one session, a
 * week) finds its messages through the (session, type, timestamp) index and reads each one's range: a key lookup
 * per message. A wide one (the whole store over its whole span) reads the key's order from end to end instead,
 * grouping as it goes: about half the cost per message on 200k events (SQLite 1.2 µs per row against 2.6 µs per
 * message with its lookup). Which is cheaper is decided from the hourly counts: how many of the store's message
 * events the query's range holds.
 */
final class MessageAggregates {
    /** The types of a message event itself: {@code message.sent}, {@code message.received}. */
    private static final List<String> MESSAGE_TYPES = typesOf(status -> status == DeliveryStatus.SENT
            || status == DeliveryStatus.RECEIVED);
    /** What counts as delivered: delivered, read or played (a read implies delivery, whatever order they came in). */
    private static final List<String> DELIVERED_OR_HIGHER = typesOf(status -> status.isReceipt()
            && status.rank() >= DeliveryStatus.DELIVERED.rank() && status != DeliveryStatus.FAILED);
    private static final List<String> READ_OR_HIGHER = typesOf(status -> status.isReceipt()
            && status.rank() >= DeliveryStatus.READ.rank() && status != DeliveryStatus.FAILED);
    /**
     * A query whose range holds more than this share of the store's message events reads the whole index in key
     * order rather than looking each message up (see the class comment for the two costs).
     */
    private static final double SCAN_SHARE = 0.5;

    private final DSLContext dsl;
    private final StoreDialect dialect;
    private final EventTable t;
    private final EventRows rows;
    private final EventTotals totals;
    /** The message events a narrow query starts from; {@code r}: the rows of each message, or all rows. */
    private final MessageIndexTable m;
    private final MessageIndexTable r;

    MessageAggregates(DSLContext dsl, StoreDialect dialect, EventTable table, EventRows rows, EventTotals totals) {
        this.dsl = dsl;
        this.dialect = dialect;
        this.t = table;
        this.rows = rows;
        this.totals = totals;
        this.m = new MessageIndexTable(dialect, "m");
        this.r = new MessageIndexTable(dialect, "r");
    }

    /** Streams the summaries {@link #summaries} selects to {@code action}; returns how many. */
    long forEachSummary(EventQuery query, Consumer<MessageSummary> action) {
        return streamed(summaries(query), MessageAggregates::readSummary, action);
    }

    /** Streams the orphan receipts {@link #orphans} selects to {@code action}; returns how many. */
    long forEachOrphan(EventQuery query, Consumer<OrphanReceipts> action) {
        return streamed(orphans(query), MessageAggregates::readOrphan, action);
    }

    /**
     * The summaries of the messages whose message event matches the query, in columns {@link #readSummary}
     * reads. A message's summary comes from all its rows, its receipts whenever they came (also after the query's
     * range). Of several message events (a gateway that emitted one twice) the time is the first and the event id
     * and type the smallest: the time must lie in the query's range, the type be among its types, and the event
     * match its text.
     */
    private Plan summaries(EventQuery query) {
        List<String> types = messageTypes(query);
        Field<Instant> firstMessage = firstOf(MESSAGE_TYPES);
        Field<String> eventId = min(when(r.type.in(inlined(MESSAGE_TYPES)), r.eventId));
        Field<String> type = min(when(r.type.in(inlined(MESSAGE_TYPES)), r.type));
        Condition having = firstMessage.isNotNull().and(type.in(bound(types)));
        if (query.since().isPresent()) {
            having = having.and(firstMessage.ge(query.since().get()));
        }
        if (query.until().isPresent()) {
            having = having.and(firstMessage.le(query.until().get()));
        }
        if (query.text().isPresent()) {
            // Only the events table knows the payload: the message event must be among its matches.
            having = having.and(eventId.in(select(t.id).from(t.table).where(rows.filters(query))));
        }
        List<SelectField<?>> aggregates = List.of(dialect.epochMillis(firstMessage), eventId, type,
                dialect.epochMillis(firstOf(DELIVERED_OR_HIGHER)), dialect.epochMillis(firstOf(READ_OR_HIGHER)),
                dialect.epochMillis(firstOf(List.of(typeOf(DeliveryStatus.PLAYED)))),
                dialect.epochMillis(firstOf(List.of(typeOf(DeliveryStatus.FAILED)))));
        if (types.isEmpty()) {
            having = falseCondition();
        } else if (query.text().isEmpty() && isWide(query, types)) {
            return new Plan(dsl.select(columns(r, aggregates)).from(r.table).where(sessionOf(r, query))
                    .groupBy(r.messageId, r.sessionId).having(having), false);
        }
        Condition start = m.sessionId.in(bound(sessions(query))).and(m.type.in(bound(types)))
                .and(timeOf(m, query));
        if (query.text().isPresent()) {
            start = start.and(m.eventId.in(select(t.id).from(t.table).where(rows.filters(query))));
        }
        // Grouped per message, so a message with two message events in the range is summarised once, and the same
        // as by the whole-index read: every aggregate is over all of its rows (r), whatever started it.
        return new Plan(dsl.select(columns(m, aggregates)).from(m.table)
                .join(r.table).on(r.messageId.eq(m.messageId).and(r.sessionId.eq(m.sessionId)))
                .where(start)
                .groupBy(m.messageId, m.sessionId)
                .having(having), true);
    }

    /** A query and whether it looks each message up (narrow) rather than reading the whole index (wide). */
    private record Plan(ResultQuery<Record> query, boolean lookups) {
    }

    /** Reads one row of a JDBC result. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Streams a plan's rows to {@code action} as {@link EventStore#forEach} does; returns how many. The rows are
     * read straight from the JDBC result, without a jOOQ record each (which added a third to reading 100k
     * summaries).
     */
    private <T> long streamed(Plan plan, RowReader<T> reader, Consumer<T> action) {
        if (dialect.streamsOnlyInTransaction()) {
            return dsl.transactionResult(configuration -> {
                if (plan.lookups()) {
                    dialect.preferIndexLookups(configuration.dsl());
                }
                return passOn(configuration.dsl(), plan.query(), reader, action);
            });
        }
        if (plan.lookups()) {
            dialect.preferIndexLookups(dsl);
        }
        return passOn(dsl, plan.query(), reader, action);
    }

    private static <T> long passOn(DSLContext context, ResultQuery<Record> query, RowReader<T> reader,
                                   Consumer<T> action) {
        long passed = 0;
        try (Cursor<Record> cursor = context.fetchLazy(query.fetchSize(JooqEventStore.STREAM_FETCH_SIZE))) {
            ResultSet rows = cursor.resultSet();
            while (rows.next()) {
                action.accept(reader.read(rows));
                passed++;
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the next row of a streamed result", e);
        }
        return passed;
    }

    /** Columns: session, message, sent at, event id, type, then delivered, read, played, failed at (millis). */
    private static MessageSummary readSummary(ResultSet row) throws SQLException {
        return new MessageSummary(row.getString(1), row.getString(2), row.getString(4), row.getString(5),
                Instant.ofEpochMilli(row.getLong(3)), instant(row, 6), instant(row, 7), instant(row, 8),
                instant(row, 9));
    }

    /**
     * The receipts and reactions in the query's session and time range whose message has no message event in
     * the index, one row per message, in columns {@link #readOrphan} reads. A narrow query starts from the
     * receipts of its range and looks each one's message up; a wide one reads the whole index in key order.
     */
    private Plan orphans(EventQuery query) {
        List<String> receiptTypes = new ArrayList<>(messageTypesInStore().keySet());
        receiptTypes.removeAll(MESSAGE_TYPES);
        Condition inRange = r.type.notIn(inlined(MESSAGE_TYPES)).and(timeOf(r, query));
        List<SelectField<?>> columns = List.of(r.sessionId, r.messageId, count(when(inRange, inline(1))),
                dialect.epochMillis(min(when(inRange, r.timestamp))), max(when(inRange, rank())),
                min(when(inRange, r.type)));
        if (!receiptTypes.isEmpty() && isWide(query, receiptTypes)) {
            return new Plan(dsl.select(columns).from(r.table).where(sessionOf(r, query))
                    .groupBy(r.messageId, r.sessionId)
                    .having(count(when(r.type.in(inlined(MESSAGE_TYPES)), inline(1))).eq(0)
                            .and(count(when(inRange, inline(1))).gt(0))), false);
        }
        Condition where = receiptTypes.isEmpty() ? falseCondition() : r.sessionId.in(bound(sessions(query)))
                .and(r.type.in(bound(receiptTypes))).and(timeOf(r, query))
                .andNotExists(selectOne().from(m.table).where(m.messageId.eq(r.messageId),
                        m.sessionId.eq(r.sessionId), m.type.in(inlined(MESSAGE_TYPES))));
        // Left to the planner: PostgreSQL hashes the messages of a large range (65 ms for the 58k receipts of 200k
        // events, against 200 ms looked up one by one).
        return new Plan(dsl.select(columns).from(r.table).where(where).groupBy(r.sessionId, r.messageId), false);
    }

    /** Columns: session, message, receipts, first at (millis), highest rank, smallest type. */
    private static OrphanReceipts readOrphan(ResultSet row) throws SQLException {
        int rank = row.getInt(5);
        String smallestType = row.getString(6);
        String highest = Arrays.stream(DeliveryStatus.values())
                .filter(status -> status.isReceipt() && status.rank() == rank)
                .findFirst().map(MessageAggregates::typeOf)
                .orElse(smallestType); // no status among them: reactions (or other message types)
        return new OrphanReceipts(row.getString(1), row.getString(2), row.getLong(3),
                Instant.ofEpochMilli(row.getLong(4)), highest);
    }

    private static List<SelectField<?>> columns(MessageIndexTable key, List<SelectField<?>> aggregates) {
        List<SelectField<?>> columns = new ArrayList<>(List.of(key.sessionId, key.messageId));
        columns.addAll(aggregates);
        return columns;
    }

    /**
     * Whether the query's range holds more than {@link #SCAN_SHARE} of the store's message events (of the
     * {@code types} it starts from), counted from the hourly counts.
     */
    private boolean isWide(EventQuery query, List<String> types) {
        long inStore = messageTypesInStore().values().stream().mapToLong(Long::longValue).sum();
        long inRange = totals.count(EventQuery.builder().sessionId(query.sessionId().orElse(null)).types(types)
                .since(query.since().orElse(null)).until(query.until().orElse(null)).build(), rows::filters);
        return inRange > SCAN_SHARE * inStore;
    }

    /** How many events of each message type the store holds. */
    private Map<String, Long> messageTypesInStore() {
        Map<String, Long> perType = totals.perType(EventQuery.all(), rows::filters);
        perType.keySet().removeIf(type -> !type.startsWith(MessageIndexRow.INDEXED_PREFIX));
        return perType;
    }

    /**
     * The query's session, or every session in the index (a loose index scan: one probe per session), so a
     * narrow query without one still reads ranges of the (session, type, timestamp) index.
     */
    private List<String> sessions(EventQuery query) {
        if (query.sessionId().isPresent()) {
            return List.of(query.sessionId().get());
        }
        return dsl.resultQuery("WITH RECURSIVE present(id) AS ("
                        + " SELECT min(session_id) FROM message_events"
                        + " UNION ALL SELECT (SELECT min(session_id) FROM message_events WHERE session_id > present.id)"
                        + " FROM present WHERE present.id IS NOT NULL)"
                        + " SELECT id FROM present WHERE id IS NOT NULL")
                .fetch(0, String.class);
    }

    /** The message types the query asks for: sent and received, or those of them among its types. */
    private static List<String> messageTypes(EventQuery query) {
        List<String> types = new ArrayList<>(MESSAGE_TYPES);
        if (!query.types().isEmpty()) {
            types.retainAll(query.types());
        }
        return types;
    }

    /** The session filter, on the index's own copy of each event's session. */
    private static Condition sessionOf(MessageIndexTable index, EventQuery query) {
        return query.sessionId().map(index.sessionId::eq).orElse(noCondition());
    }

    /** The time filter, on the index's own copy of each event's time. */
    private static Condition timeOf(MessageIndexTable index, EventQuery query) {
        Condition condition = noCondition();
        if (query.since().isPresent()) {
            condition = condition.and(index.timestamp.ge(query.since().get()));
        }
        if (query.until().isPresent()) {
            condition = condition.and(index.timestamp.le(query.until().get()));
        }
        return condition;
    }

    /** The earliest time among a message's rows of these types (null when none). */
    private Field<Instant> firstOf(List<String> types) {
        return min(when(r.type.in(inlined(types)), r.timestamp));
    }

    /** A row's status rank ({@link DeliveryStatus#rank()}); 0 for types without a status (reactions). */
    private Field<Integer> rank() {
        CaseWhenStep<String, Integer> ranked = null;
        for (DeliveryStatus status : DeliveryStatus.values()) {
            if (status.isReceipt()) {
                ranked = ranked == null ? choose(r.type).when(inline(typeOf(status)), inline(status.rank()))
                        : ranked.when(inline(typeOf(status)), inline(status.rank()));
            }
        }
        return ranked.otherwise(inline(0));
    }

    private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    /** Values from the query or the stored data: bind parameters, like every value that is not ours. */
    private static List<Field<String>> bound(List<String> values) {
        return values.stream().map(value -> (Field<String>) DSL.val(value)).toList();
    }

    /** Our own constants (the message types), written into the SQL so the plan is made for them. */
    private static List<Field<String>> inlined(List<String> values) {
        return values.stream().map(value -> (Field<String>) inline(value)).toList();
    }

    private static String typeOf(DeliveryStatus status) {
        return status.type().orElseThrow();
    }

    private static List<String> typesOf(Predicate<DeliveryStatus> which) {
        return Arrays.stream(DeliveryStatus.values()).filter(status -> status.type().isPresent()).filter(which)
                .map(MessageAggregates::typeOf).toList();
    }
}
