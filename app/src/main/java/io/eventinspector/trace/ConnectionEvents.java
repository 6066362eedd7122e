package io.eventinspector.trace;

import io.eventinspector.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The event types that take a session offline and bring it back, and the disconnected intervals a run of them
 * makes. A disconnect while already offline (the gateway reports {@code connection.closed}, then
 * {@code session.disconnected}) extends nothing: the interval runs from the first until the next connect.
 */
final class ConnectionEvents {
    /** Disconnects and logout-like ends of a session; {@code connection.error} alone need not drop it. */
    static final List<String> DISCONNECTS = List.of("session.disconnected", "connection.closed", "session.expired",
            "session.logged_out", "session.logout");
    static final List<String> CONNECTS = List.of("session.connected", "connection.open");
    static final List<String> ALL = Stream.concat(DISCONNECTS.stream(), CONNECTS.stream()).toList();

    private ConnectionEvents() {
    }

    static boolean isDisconnect(String type) {
        return DISCONNECTS.contains(type);
    }

    /**
     * The intervals of one session from its connection events, oldest first; {@code offlineSince} is when the
     * session went offline when that was before the first of them. The last interval is open (no {@code until})
     * when no connect follows in {@code oldestFirst}.
     */
    static List<Interval> intervals(String sessionId, Optional<Instant> offlineSince, List<Event> oldestFirst) {
        List<Interval> intervals = new ArrayList<>();
        Instant start = offlineSince.orElse(null);
        for (Event event : oldestFirst) {
            if (event.timestampUnreadable()) {
                continue;
            }
            if (isDisconnect(event.type())) {
                start = start == null ? event.timestamp() : start;
            } else if (CONNECTS.contains(event.type()) && start != null) {
                intervals.add(new Interval(start, Optional.of(event.timestamp()), sessionId));
                start = null;
            }
        }
        if (start != null) {
            intervals.add(new Interval(start, Optional.empty(), sessionId));
        }
        return intervals;
    }
}
