package io.eventinspector.ui.replay;

import io.eventinspector.replay.ReplayRequest;
import io.eventinspector.replay.ReplayResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a dry run found, in the words the replay dialog shows; each is empty (or the plain label) without one. */
final class DryRunText {
    private DryRunText() {
    }

    /** {@code Replay 42 events} once a dry run counted them. */
    static String replayLabel(ReplayResult dry) {
        return dry == null ? "Replay events" : String.format(Locale.ROOT, "Replay %,d event%s", dry.eventsFound(),
                plural(dry.eventsFound()));
    }

    /** The question the confirmation asks. */
    static String confirmation(ReplayResult dry) {
        return dry == null ? "" : String.format(Locale.ROOT,
                "Send %,d event%s to %s now? They are delivered for real.", dry.eventsFound(),
                plural(dry.eventsFound()), dry.target());
    }

    /** {@code 42 events · 2026-11-26T10:00:00Z → 2026-11-26T11:00:00Z}. */
    static String summary(ReplayResult dry) {
        if (dry == null) {
            return "";
        }
        if (dry.eventsFound() == 0) {
            return "No events match: nothing to replay";
        }
        return String.format(Locale.ROOT, "%,d event%s · %s → %s", dry.eventsFound(), plural(dry.eventsFound()),
                dry.selection().firstTimestamp(), dry.selection().lastTimestamp());
    }

    /** Set when the safety limit cut the selection. */
    static String truncationWarning(ReplayResult dry) {
        return dry == null || !dry.truncated() ? "" : String.format(Locale.ROOT,
                "%,d events match; only the newest %,d will be replayed", dry.eventsMatched(),
                ReplayRequest.MAX_EVENTS);
    }

    /** The first request exactly as it would be sent: request line, headers, blank line, body. */
    static String preview(ReplayResult dry) {
        if (dry == null || dry.preview() == null) {
            return "";
        }
        return String.join("\n", requestHead(dry)) + "\n" + dry.preview().bodyText();
    }

    /**
     * The first request's line, headers and the blank line before its body, one per line; the dialog lays the
     * body (a large event's JSON) out in the background beneath them, without ever joining the two.
     */
    static List<String> requestHead(ReplayResult dry) {
        if (dry == null || dry.preview() == null) {
            return List.of();
        }
        List<String> head = new ArrayList<>();
        head.add("POST " + dry.preview().urlText());
        dry.preview().headers().forEach((name, value) -> head.add(name + ": " + value));
        head.add("");
        return head;
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }
}
