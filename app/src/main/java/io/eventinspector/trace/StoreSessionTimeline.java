package io.eventinspector.trace;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.EventStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link SessionTimeline} read from the store with small queries on the (session, time) and (session, type, time)
 * indexes every store has, a gateway's own table included: the newest event of a session (remembered, as a health
 * asks once per message), and the connection events from a time on, plus the ones before it (was the session
 * offline then?) and the reconnect after the last. Not thread-safe: one per trace or health.
 */
final class StoreSessionTimeline implements SessionTimeline {
    /** Connection events a trace's band reads at most (a session flapping for days would give thousands). */
    static final int MAX_BAND_EVENTS = 1_000;
    /** Sessions a health looks past its range for (one small query per disconnect type each). */
    static final int MAX_SESSIONS_LOOKING_PAST = 200;
    private static final Comparator<Event> STORE_ORDER = Comparator.comparing(Event::timestamp)
            .thenComparing(Event::id);

    private final EventStore store;
    private final Map<String, Optional<Instant>> newest = new HashMap<>();

    StoreSessionTimeline(EventStore store) {
        this.store = store;
    }

    /**
     * Looks up the newest event of each session now, so a health asks none while it streams the summaries: the
     * stream holds a pooled connection, and lookups needing another could exhaust the pool under concurrent calls.
     */
    void rememberNewest(List<String> sessionIds) {
        sessionIds.forEach(this::newestEventAt);
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
    public List<Interval> disconnected(String sessionId, Instant from, Optional<Instant> until) {
        // Oldest first from the start of the band: an undelivered message's band runs to the end of the data.
        EventQuery band = connectionEvents(Optional.of(sessionId)).since(from).until(until.orElse(null)).build();
        List<Event> events = store.tail(band, new Cursor(from.minusMillis(1), ""), MAX_BAND_EVENTS);
        return intervals(sessionId, Optional.of(from), until, events);
    }

    @Override
    public List<Interval> disconnectedWithin(List<String> sessionIds, Optional<Instant> from,
                                             Optional<Instant> until) {
        Map<String, List<Event>> bySession = new TreeMap<>();
        sessionIds.forEach(id -> bySession.put(id, new ArrayList<>()));
        Optional<String> onlySession = sessionIds.size() == 1 ? Optional.of(sessionIds.get(0)) : Optional.empty();
        // One read per type: each is a range of the (session, type, time) or (type, time) index, where a read of all
        // connection types at once walked every event of the session in the range (350 ms for a busy week).
        for (String type : ConnectionEvents.ALL) {
            store.forEach(EventQuery.builder().sessionId(onlySession.orElse(null)).types(List.of(type))
                            .since(from.orElse(null)).until(until.orElse(null)).build(),
                    event -> bySession.computeIfAbsent(event.sessionId(), id -> new ArrayList<>()).add(event));
        }
        List<Interval> intervals = new ArrayList<>();
        bySession.forEach((session, events) -> {
            events.sort(STORE_ORDER);
            List<Interval> inRange = intervals(session, from, Optional.empty(), events);
            intervals.addAll(inRange);
            // Past the range, unless the session was still offline there (its interval already runs past it).
            boolean endedInRange = inRange.isEmpty() || inRange.get(inRange.size() - 1).until()
                    .filter(end -> !end.isAfter(until.orElse(end))).isPresent();
            if (until.isPresent() && endedInRange && bySession.size() <= MAX_SESSIONS_LOOKING_PAST) {
                firstAfter(session, until.get()).ifPresent(intervals::add);
            }
        });
        return intervals;
    }

    /**
     * The session's first disconnected interval that begins after {@code until}: all a message still waiting at the
     * end of the range needs to know (has it met one?), without reading every connection event to the end.
     */
    private Optional<Interval> firstAfter(String sessionId, Instant until) {
        Cursor after = new Cursor(until, "\uffff");
        return ConnectionEvents.DISCONNECTS.stream()
                .flatMap(type -> store.tail(EventQuery.builder().sessionId(sessionId).types(List.of(type)).build(),
                        after, 1).stream())
                .min(STORE_ORDER)
                .map(disconnect -> new Interval(disconnect.timestamp(),
                        reconnectAfter(sessionId, disconnect.position()), sessionId));
    }

    /** The intervals {@code oldestFirst} (the connection events from {@code from} on) make, ended and in the range. */
    private List<Interval> intervals(String sessionId, Optional<Instant> from, Optional<Instant> until,
                                     List<Event> oldestFirst) {
        List<Interval> intervals = new ArrayList<>(ConnectionEvents.intervals(sessionId,
                from.flatMap(start -> offlineSince(sessionId, start)), oldestFirst));
        int last = intervals.size() - 1;
        if (last >= 0 && intervals.get(last).until().isEmpty()) {
            Cursor after = oldestFirst.isEmpty() ? new Cursor(from.orElse(Instant.EPOCH), "")
                    : oldestFirst.get(oldestFirst.size() - 1).position();
            intervals.set(last, new Interval(intervals.get(last).from(), reconnectAfter(sessionId, after), sessionId));
        }
        Instant start = from.orElse(Instant.EPOCH);
        Optional<Instant> end = until.map(instant -> instant.plusMillis(1)); // until is inclusive
        return intervals.stream().filter(interval -> interval.overlaps(start, end)).toList();
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
