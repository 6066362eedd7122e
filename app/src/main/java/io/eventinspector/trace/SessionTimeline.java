package io.eventinspector.trace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a trace or a health needs to know of a session beyond a message's own events. */
interface SessionTimeline {
    /** The time of the session's newest event in the store: whether the data reaches past a message's threshold. */
    Optional<Instant> newestEventAt(String sessionId);

    /**
     * A trace's connection band: the session's disconnected intervals that overlap {@code from} to {@code until}
     * (empty: the end of the data), oldest first, including one that began before {@code from}; an interval's end is
     * looked for past {@code until} too. Bounded: it reads a limited number of connection events from {@code from}
     * on, enough for any message's story.
     */
    List<Interval> disconnected(String sessionId, Instant from, Optional<Instant> until);

    /**
     * A health's: the disconnected intervals of these sessions (and of any other with connection events in the
     * range) overlapping {@code from} to {@code until} (empty: no bound), oldest first per session, including one
     * that began before {@code from}; and, when {@code until} is given, each session's first interval after it —
     * enough to tell whether a message still waiting past the range met a disconnect.
     */
    List<Interval> disconnectedWithin(List<String> sessionIds, Optional<Instant> from, Optional<Instant> until);
}
