package io.eventinspector.trace;

import java.time.Instant;
import java.util.Optional;

/**
 * A time a session was disconnected: from its disconnect event until it connected again (empty: not in the data).
 * {@code sessionId} says whose, as delivery health lists the intervals of every session in its range.
 */
public record Interval(Instant from, Optional<Instant> until, String sessionId) {
    /** Whether any part of it lies strictly inside {@code start} to {@code end} (empty: the end of the data). */
    public boolean overlaps(Instant start, Optional<Instant> end) {
        return end.map(from::isBefore).orElse(true) && until.map(start::isBefore).orElse(true);
    }
}
