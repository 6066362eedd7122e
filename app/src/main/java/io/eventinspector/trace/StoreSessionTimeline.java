package io.eventinspector.trace;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.EventStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link SessionTimeline} read from the store with small queries on the (session, time) and (type, time)
 * indexes every store has, a gateway's own table included: the newest event of a session (remembered, as a health
 * asks once per message), and the connection events of a range plus the one before it and the reconnect after it.
 * Not thread-safe: one per trace or health.
 */
final class StoreSessionTimeline implements SessionTimeline {
    private final EventStore store;
    private final Map<String, Optional<Instant>> newest = new HashMap<>();

    StoreSessionTimeline(EventStore store) {
        this.store = store;
    }

    @Override
    public Optional<Instant> newestEventAt(String sessionId) {
        return newest.computeIfAbsent(sessionId, id -> store.query(EventQuery.builder().sessionId(id).limit(1).build())
                .events().stream()
                .filter(event -> !event.timestampUnreadable())
                .map(Event::timestamp)
                .findFirst());
    }

    @Override
    public List<Interval> disconnected(Optional<String> sessionId, Optional<Instant> from, Optional<Instant> until) {
        Map<String, List<Event>> newestFirst = new TreeMap<>();
        sessionId.ifPresent(id -> newestFirst.put(id, new ArrayList<>()));
        store.forEach(connectionEvents(sessionId).since(from.orElse(null)).until(until.orElse(null)).build(),
                event -> newestFirst.computeIfAbsent(event.sessionId(), id -> new ArrayList<>()).add(event));
        List<Interval> intervals = new ArrayList<>();
        newestFirst.forEach((session, events) -> {
            Collections.reverse(events);
            List<Interval> ofSession = ConnectionEvents.intervals(session, from.flatMap(start ->
                    offlineSince(session, start)), events);
            intervals.addAll(ofSession);
            int last = ofSession.size() - 1;
            if (last >= 0 && ofSession.get(last).until().isEmpty()) {
                Cursor after = events.isEmpty() ? new Cursor(from.orElse(Instant.EPOCH), "")
                        : events.get(events.size() - 1).position();
                intervals.set(intervals.size() - 1, new Interval(ofSession.get(last).from(),
                        reconnectAfter(session, after), session));
            }
        });
        return intervals;
    }

    /**
     * When the session went offline before {@code start} and was still offline at it: the first disconnect after
     * its last connect (the gateway reports several in a row: {@code connection.closed}, then
     * {@code session.disconnected}).
     */
    private Optional<Instant> offlineSince(String sessionId, Instant start) {
        if (start.equals(Instant.EPOCH)) {
            return Optional.empty();
        }
        Optional<Event> last = newestBefore(connectionEvents(Optional.of(sessionId)), start);
        if (last.isEmpty() || !ConnectionEvents.isDisconnect(last.get().type())) {
            return Optional.empty();
        }
        Cursor afterConnect = newestBefore(EventQuery.builder().sessionId(sessionId).types(ConnectionEvents.CONNECTS),
                start).map(Event::position).orElse(new Cursor(Instant.EPOCH, ""));
        EventQuery disconnects = EventQuery.builder().sessionId(sessionId).types(ConnectionEvents.DISCONNECTS).build();
        return store.tail(disconnects, afterConnect, 1).stream().map(Event::timestamp).findFirst();
    }

    private Optional<Event> newestBefore(EventQuery.Builder query, Instant start) {
        return store.query(query.until(start.minusMillis(1)).limit(1).build()).events().stream()
                .filter(event -> !event.timestampUnreadable())
                .findFirst();
    }

    private Optional<Instant> reconnectAfter(String sessionId, Cursor position) {
        EventQuery connects = EventQuery.builder().sessionId(sessionId).types(ConnectionEvents.CONNECTS).build();
        return store.tail(connects, position, 1).stream().map(Event::timestamp).findFirst();
    }

    private static EventQuery.Builder connectionEvents(Optional<String> sessionId) {
        return EventQuery.builder().sessionId(sessionId.orElse(null)).types(ConnectionEvents.ALL);
    }
}
