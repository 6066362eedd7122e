package io.eventinspector.trace;

import java.time.Instant;
import java.util.Optional;

/** A time a session was disconnected: from its disconnect event until it connected again (empty: not in the data). */
public record Interval(Instant from, Optional<Instant> until) {
}
