package io.eventinspector.ui.replay;

import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Timestamps;
import io.eventinspector.event.ValidationException;
import io.eventinspector.replay.ReplayRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a replay dialog replays: the window's current filter, or the rows selected in the table (by id). */
public record ReplaySource(Optional<EventQuery> filter, List<String> eventIds) {
    public ReplaySource {
        eventIds = List.copyOf(eventIds);
    }

    public static ReplaySource filter(EventQuery query) {
        return new ReplaySource(Optional.of(query), List.of());
    }

    public static ReplaySource events(List<String> ids) {
        return new ReplaySource(Optional.empty(), ids);
    }

    /**
     * The replay request for this source; a {@link ValidationException} says why it cannot be replayed. The payload
     * search is refused rather than dropped, since dropping it would replay more than the table shows.
     */
    public ReplayRequest request(boolean dryRun, URI target) {
        if (filter.isEmpty()) {
            return ReplayRequest.ofEvents(eventIds, dryRun, Optional.of(target));
        }
        EventQuery query = filter.get();
        if (query.text().isPresent()) {
            throw new ValidationException("q", "a replay cannot use the payload search: clear it, or select the rows "
                    + "to replay and use \"Replay selected events…\"");
        }
        return new ReplayRequest(query, dryRun, Optional.of(target));
    }

    /** {@code session_id=s1 · event_type=message.sent} or {@code 3 selected events}. */
    public String describe() {
        if (filter.isEmpty()) {
            return String.format(Locale.ROOT, "%,d selected event%s", eventIds.size(), eventIds.size() == 1 ? "" : "s");
        }
        EventQuery query = filter.get();
        List<String> parts = new ArrayList<>();
        query.sessionId().ifPresent(value -> parts.add("session_id=" + value));
        if (!query.types().isEmpty()) {
            parts.add("event_type=" + String.join(",", query.types()));
        }
        query.since().ifPresent(value -> parts.add("since=" + Timestamps.format(value)));
        query.until().ifPresent(value -> parts.add("until=" + Timestamps.format(value)));
        query.text().ifPresent(value -> parts.add("q=" + value));
        return parts.isEmpty() ? "the current filter (no filter set)" : "filter " + String.join(" · ", parts);
    }
}
