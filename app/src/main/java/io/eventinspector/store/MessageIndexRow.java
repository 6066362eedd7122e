package io.eventinspector.store;

import io.eventinspector.event.Event;
import io.eventinspector.event.MessageIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** One row of the message index: an event about a message, with the event's type and time copied. */
record MessageIndexRow(String messageId, String sessionId, String eventId, String type, Instant timestamp) {
    /**
     * The prefix of the indexed types: sent, received, receipts, failures and reactions (whose {@code message_id}
     * is the reacted-to message). The delete triggers of migration V9 match the same prefix.
     */
    static final String INDEXED_PREFIX = "message.";
    /** The order of the table's key. */
    static final Comparator<MessageIndexRow> KEY_ORDER = Comparator.comparing(MessageIndexRow::messageId)
            .thenComparing(MessageIndexRow::sessionId).thenComparing(MessageIndexRow::eventId);

    /**
     * The rows of one event: one per message its payload names (every entry of a receipt's {@code message_ids}),
     * none for an event of another type, whose payload is never parsed. Ids over
     * {@value MessageIds#MAX_ID_LENGTH} characters (the column's width) are left out: refusing one would refuse
     * the whole append.
     */
    static List<MessageIndexRow> of(Event event) {
        if (!event.type().startsWith(INDEXED_PREFIX)) {
            return List.of();
        }
        return MessageIds.all(event.dataJson()).stream()
                .filter(id -> id.length() <= MessageIds.MAX_ID_LENGTH)
                .map(id -> new MessageIndexRow(id, event.sessionId(), event.id(), event.type(), event.timestamp()))
                .toList();
    }

    /** The rows of each event, by position. */
    static List<List<MessageIndexRow>> perEvent(List<Event> events) {
        List<List<MessageIndexRow>> rows = new ArrayList<>(events.size());
        for (Event event : events) {
            rows.add(of(event));
        }
        return rows;
    }

    /** The rows of the events at the {@code inserted} positions; none when {@code perEvent} is empty. */
    static List<MessageIndexRow> ofInserted(List<List<MessageIndexRow>> perEvent, BitSet inserted) {
        List<MessageIndexRow> rows = new ArrayList<>();
        if (!perEvent.isEmpty()) {
            inserted.stream().forEach(position -> rows.addAll(perEvent.get(position)));
        }
        return rows;
    }
}
