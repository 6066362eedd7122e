package io.eventinspector.ui.trace;

import io.eventinspector.event.EventQuery;
import io.eventinspector.retention.GoDurations;
import io.eventinspector.trace.Delays;
import io.eventinspector.trace.DeliveryHealth;
import io.eventinspector.trace.Interval;
import io.eventinspector.trace.Percentiles;
import io.eventinspector.ui.fx.TimeInput;
import io.eventinspector.ui.trace.DeliveryHealthViewModel.Tile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** The delivery health in words and figures for the window: tiles, intervals, the problem caption, the filter. */
final class HealthTexts {
    private HealthTexts() {
    }

    static List<Tile> tiles(DeliveryHealth health, Duration threshold) {
        List<Tile> all = new ArrayList<>();
        all.add(new Tile("Outgoing", count(health.outgoing()), "messages sent", false));
        all.add(new Tile("Incoming", count(health.incoming()), "messages received", false));
        all.add(new Tile("Delivered", percent(health.delivered(), health.outgoing()),
                count(health.delivered()) + " of " + count(health.outgoing()) + " outgoing", false));
        all.add(new Tile("Read", percent(health.read(), health.outgoing()),
                count(health.read()) + " of " + count(health.outgoing()) + " outgoing", false));
        all.add(new Tile("Failed", count(health.failed()), percent(health.failed(), health.outgoing())
                + " of outgoing", health.failed() > 0));
        all.add(new Tile("Stuck", count(health.stuck()), "not delivered within " + GoDurations.format(threshold),
                health.stuck() > 0));
        all.add(new Tile("Pending", count(health.pending()), "too recent to call stuck", false));
        all.add(new Tile("Orphan receipts", count(health.orphanReceipts()), "their message is not in the store",
                health.orphanReceipts() > 0));
        all.add(delays("Time to delivered", health.timeToDeliveredMs()));
        all.add(delays("Time to read", health.timeToReadMs()));
        return all;
    }

    private static Tile delays(String caption, Percentiles percentiles) {
        return new Tile(caption, "p50 " + delay(percentiles.p50()),
                "p95 " + delay(percentiles.p95()) + " · max " + delay(percentiles.max()), false);
    }

    /** {@code 1.2 s}, or {@code –} when no message got that far. */
    private static String delay(OptionalLong millis) {
        return millis.isPresent() ? Delays.format(millis.getAsLong()) : "–";
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 97.2 %}, or {@code –} of nothing. */
    static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    /** {@code sales · 2026-11-26 10:02:11 – 10:14:40 UTC (12 m 29 s)}. */
    static String interval(Interval interval) {
        String from = interval.sessionId() + " · " + TimeInput.format(interval.from());
        if (interval.until().isEmpty()) {
            return from + " UTC – not connected again in the data";
        }
        String until = TimeInput.format(interval.until().get());
        String untilShown = until.substring(0, 10).equals(TimeInput.format(interval.from()).substring(0, 10))
                ? until.substring(11) : until;
        return from + " – " + untilShown + " UTC ("
                + Delays.format(Duration.between(interval.from(), interval.until().get()).toMillis()) + ")";
    }

    static String problemsCaption(DeliveryHealth health) {
        if (health.problemCount() == 0) {
            return "No problem messages";
        }
        if (health.problemCount() > health.problems().size()) {
            return String.format(Locale.ROOT, "Problem messages, worst first: the first %,d of %,d",
                    health.problems().size(), health.problemCount());
        }
        return String.format(Locale.ROOT, "Problem messages, worst first: %,d", health.problemCount());
    }

    /** {@code session s1 · types message.sent, message.read · since 2026-11-26 10:00:00 UTC · text "3EB0"}. */
    static String describe(EventQuery query) {
        List<String> parts = new ArrayList<>();
        query.sessionId().ifPresent(session -> parts.add("session " + session));
        if (!query.types().isEmpty()) {
            parts.add("types " + String.join(", ", query.types()));
        }
        query.since().ifPresent(since -> parts.add("since " + TimeInput.formatExact(since) + " UTC"));
        query.until().ifPresent(until -> parts.add("until " + TimeInput.formatExact(until) + " UTC"));
        query.text().ifPresent(text -> parts.add("text \"" + text + "\""));
        return parts.isEmpty() ? "All events (no filter set)" : "Filter: " + String.join(" · ", parts);
    }
}
