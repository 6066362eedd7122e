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
        Optional<String> sessionId,
        Optional<String> eventType,
        Optional<Instant> since,
        Optional<Instant> until,
        boolean dryRun,
        Optional<String> target,
        long eventsMatched,
        int eventsFound,
        int eventsReplayed,
        int eventsFailed,
        int eventsNotAttempted,
        boolean success,
        boolean cancelled,
        String message,
        long durationMs) {

    public ReplayRecord {
        target = target.map(Redaction::url);
    }

    static ReplayRecord started(String id, Instant startedAt, ReplayInitiator initiator, ReplayRequest request,
                                Optional<String> target) {
        return new ReplayRecord(id, startedAt, Optional.empty(), initiator, request.sessionId(),
                request.eventType(), request.filters().since(), request.filters().until(), request.dryRun(),
                target, 0, 0, 0, 0, 0, false, false, "running", 0);
    }

    ReplayRecord finished(Instant at, ReplayResult result) {
        return new ReplayRecord(id, startedAt, Optional.of(at), initiator, sessionId, eventType, since, until,
                dryRun, target, result.eventsMatched(), result.eventsFound(), result.eventsReplayed(),
                result.eventsFailed(), result.eventsNotAttempted(), result.success(), result.cancelled(),
                result.message(), result.durationMs());
    }
}
