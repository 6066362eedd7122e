package io.eventinspector.replay;

import io.eventinspector.secrets.Redaction;
import java.time.Instant;
import java.util.Optional;

/**
 * One replay in the history: who started it, with which filters, to where, and how it ended. A replay that is
 * still running (or whose process died) has no {@code finishedAt}. The target is redacted (no user info, no
 * token-like parameters), also for rows that an older version stored in full.
 */
public record ReplayRecord(
        String id,
        Instant startedAt,
        Optional<Instant> finishedAt,
        ReplayInitiator initiator,
        Filters filters,
        boolean dryRun,
        Optional<String> target,
        Outcome outcome) {

    /** The request's filters as the history keeps them. */
    public record Filters(Optional<String> sessionId, Optional<String> eventType, Optional<Instant> since,
                          Optional<Instant> until) {
    }

    /** How many events the replay saw and what became of them. */
    public record Counts(long matched, int found, int replayed, int failed, int notAttempted) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    /** How the replay ended; {@code "running"} with no counts until it does. */
    public record Outcome(Counts counts, boolean success, boolean cancelled, String message, long durationMs) {
        static final Outcome RUNNING = new Outcome(Counts.NONE, false, false, "running", 0);
    }

    public ReplayRecord {
        target = target.map(Redaction::url);
    }

    static ReplayRecord started(String id, Instant startedAt, ReplayInitiator initiator, ReplayRequest request,
                                Optional<String> target) {
        Filters filters = new Filters(request.sessionId(), request.eventType(), request.filters().since(),
                request.filters().until());
        return new ReplayRecord(id, startedAt, Optional.empty(), initiator, filters, request.dryRun(), target,
                Outcome.RUNNING);
    }

    ReplayRecord finished(Instant at, ReplayResult result) {
        Counts counts = new Counts(result.eventsMatched(), result.eventsFound(), result.eventsReplayed(),
                result.eventsFailed(), result.eventsNotAttempted());
        return new ReplayRecord(id, startedAt, Optional.of(at), initiator, filters, dryRun, target,
                new Outcome(counts, result.success(), result.cancelled(), result.message(), result.durationMs()));
    }
}
