package io.eventinspector.trace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a trace or a health needs to know of a session beyond a message's own events. */
interface SessionTimeline {
    /** The time of the session's newest event in the store: whether the data reaches past a message's threshold. */
    Optional<Instant> newestEventAt(String sessionId);

    /**
     * The disconnected intervals of the session (of every session when empty) that overlap {@code from} to
     * {@code until} (each empty: unbounded), oldest first per session, including one that began before
     * {@code from}; an interval's end is looked for past {@code until} too.
     */
    List<Interval> disconnected(Optional<String> sessionId, Optional<Instant> from, Optional<Instant> until);
}
