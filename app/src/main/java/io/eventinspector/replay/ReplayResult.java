package io.eventinspector.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.eventinspector.secrets.Redaction;
import java.util.List;

/**
 * What a replay did, in the spec's shape ({@code success, events_found, events_replayed, events_failed, dry_run,
 * message}) plus what a person debugging delivery needs: the full match count, whether the safety limit cut it,
 * and per event how it went. Serialises as-is with Jackson (snake_case). A dry run carries {@code selection} and
 * {@code preview} instead of {@code events}. What it shows is redacted: the target without credentials, the
 * preview with its URL redacted and its signature masked, errors without secrets.
 */
@JsonPropertyOrder({"summary", "run", "target", "selection", "preview", "events"})
public record ReplayResult(
        @JsonUnwrapped Summary summary,
        @JsonUnwrapped Run run,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("target") String target,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("selection") Selection selection,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("preview") WebhookRequest preview,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("events") List<EventOutcome> events) {

    public ReplayResult {
        target = Redaction.url(target);
        preview = preview == null ? null : preview.redacted();
    }

    /** The spec's fields, first in the JSON. */
    @JsonPropertyOrder({"success", "events_found", "events_replayed", "events_failed", "dry_run", "message"})
    public record Summary(
            @JsonProperty("success") boolean success,
            @JsonProperty("events_found") int eventsFound,
            @JsonProperty("events_replayed") int eventsReplayed,
            @JsonProperty("events_failed") int eventsFailed,
            @JsonProperty("dry_run") boolean dryRun,
            @JsonProperty("message") String message) {
    }

    /** What this replay was beyond the spec: its id, the full match, what was not attempted, how long it took. */
    @JsonPropertyOrder({"replay_id", "events_matched", "truncated", "events_not_attempted", "cancelled",
            "duration_ms"})
    public record Run(
            @JsonProperty("replay_id") String replayId,
            @JsonProperty("events_matched") long eventsMatched,
            @JsonProperty("truncated") boolean truncated,
            @JsonProperty("events_not_attempted") int eventsNotAttempted,
            @JsonProperty("cancelled") boolean cancelled,
            @JsonProperty("duration_ms") long durationMs) {
    }

    // The fields read one by one everywhere a result is shown; the two groups exist for the JSON's shape.
    public boolean success() {
        return summary.success();
    }

    public int eventsFound() {
        return summary.eventsFound();
    }

    public int eventsReplayed() {
        return summary.eventsReplayed();
    }

    public int eventsFailed() {
        return summary.eventsFailed();
    }

    public boolean dryRun() {
        return summary.dryRun();
    }

    public String message() {
        return summary.message();
    }

    public String replayId() {
        return run.replayId();
    }

    public long eventsMatched() {
        return run.eventsMatched();
    }

    public boolean truncated() {
        return run.truncated();
    }

    public int eventsNotAttempted() {
        return run.eventsNotAttempted();
    }

    public boolean cancelled() {
        return run.cancelled();
    }

    public long durationMs() {
        return run.durationMs();
    }

    /** How one event went. {@code status} is {@code replayed}, {@code failed} or {@code not_attempted}. */
    @JsonPropertyOrder({"id", "status", "attempts", "http_status", "latency_ms", "error"})
    public record EventOutcome(
            @JsonProperty("id") String id,
            @JsonProperty("status") String status,
            @JsonProperty("attempts") int attempts,
            @JsonProperty("http_status") Integer httpStatus,
            @JsonProperty("latency_ms") Long latencyMs,
            @JsonProperty("error") String error) {
        public static final String REPLAYED = "replayed";
        public static final String FAILED = "failed";
        public static final String NOT_ATTEMPTED = "not_attempted";

        static EventOutcome notAttempted(String id) {
            return new EventOutcome(id, NOT_ATTEMPTED, 0, null, null, null);
        }
    }

    /** A dry run's selection: how many, the time span, and the ids in delivery order (oldest first). */
    @JsonPropertyOrder({"count", "first_timestamp", "last_timestamp", "ids"})
    public record Selection(
            @JsonProperty("count") int count,
            @JsonProperty("first_timestamp") String firstTimestamp,
            @JsonProperty("last_timestamp") String lastTimestamp,
            @JsonProperty("ids") List<String> ids) {
    }

    /** The spec's wording, extended with what was not attempted when a replay was cancelled. */
    static String message(boolean dryRun, int found, int replayed, int failed, int notAttempted) {
        if (dryRun) {
            return "Dry run: would replay " + found + " events";
        }
        StringBuilder message = new StringBuilder("Replayed ").append(replayed).append(" events successfully");
        if (failed > 0) {
            message.append(", ").append(failed).append(" failed");
        }
        if (notAttempted > 0) {
            message.append(", ").append(notAttempted).append(" not attempted (cancelled)");
        }
        return message.toString();
    }
}
