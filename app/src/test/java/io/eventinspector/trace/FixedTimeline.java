package io.eventinspector.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A session timeline given by hand: the session's newest event and its disconnected intervals. */
final class FixedTimeline implements SessionTimeline {
    private final Optional<Instant> newest;
    private final List<Interval> intervals;
    /** The windows asked for, as {from, until} with null for unbounded. */
    final List<Instant[]> asked = new ArrayList<>();

    FixedTimeline(String newest, Interval... intervals) {
        this.newest = Optional.ofNullable(newest).map(Instant::parse);
        this.intervals = List.of(intervals);
    }

    @Override
    public Optional<Instant> newestEventAt(String sessionId) {
        return newest;
    }

    @Override
    public List<Interval> disconnected(String sessionId, Instant from, Optional<Instant> until) {
        asked.add(new Instant[] {from, until.orElse(null)});
        return intervals.stream()
                .filter(interval -> interval.sessionId().equals(sessionId))
                .filter(interval -> interval.overlaps(from, until.map(end -> end.plusMillis(1))))
                .toList();
    }

    @Override
    public List<Interval> disconnectedWithin(List<String> sessionIds, Optional<Instant> from,
                                             Optional<Instant> until) {
        return intervals.stream()
                .filter(interval -> sessionIds.isEmpty() || sessionIds.contains(interval.sessionId()))
                .filter(interval -> interval.overlaps(from.orElse(Instant.MIN), Optional.empty()))
                .toList();
    }

    static Interval interval(String session, String from, String until) {
        return new Interval(Instant.parse(from), Optional.ofNullable(until).map(Instant::parse), session);
    }
}
