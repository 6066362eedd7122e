package io.eventinspector.ui.trace;

import io.eventinspector.trace.Delays;
import io.eventinspector.trace.Interval;
import io.eventinspector.trace.MessageTrace;
import io.eventinspector.trace.TraceStep;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One row of a trace's timeline: a step (an event of the message, which can be opened in the table) or a change
 * of the session's connection. {@code disconnected} is the connection band beside the row: whether the session
 * was disconnected at that time.
 */
public record TimelineRow(Optional<String> eventId, StepKind kind, String time, String delay, String what,
                          String from, boolean disconnected) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    /**
     * The trace's steps in its order (oldest first; receipts out of order stay where the trace put them), with a
     * row where each disconnected interval starts and ends, placed before the first step after it.
     */
    public static List<TimelineRow> of(MessageTrace trace) {
        Optional<Instant> messageAt = trace.events().stream()
                .filter(step -> step.sinceMessageMs().isPresent())
                .map(step -> step.timestamp().minusMillis(step.sinceMessageMs().getAsLong()))
                .findFirst();
        Deque<Timed> connection = new ArrayDeque<>(connectionRows(trace.disconnected(), messageAt));
        List<TimelineRow> rows = new ArrayList<>();
        for (TraceStep step : trace.events()) {
            while (!connection.isEmpty() && connection.peek().at().isBefore(step.timestamp())) {
                rows.add(connection.poll().row());
            }
            rows.add(step(step, disconnectedAt(trace.disconnected(), step.timestamp())));
        }
        connection.forEach(timed -> rows.add(timed.row()));
        return rows;
    }

    private record Timed(Instant at, TimelineRow row) {
    }

    private static TimelineRow step(TraceStep step, boolean disconnected) {
        String delay = step.sinceMessageMs().isPresent() ? Delays.signed(step.sinceMessageMs().getAsLong()) : "";
        return new TimelineRow(Optional.of(step.id()), StepKind.of(step), TIME.format(step.timestamp()), delay,
                step.type(), step.from().map(from -> "from " + from).orElse(""), disconnected);
    }

    private static List<Timed> connectionRows(List<Interval> intervals, Optional<Instant> messageAt) {
        List<Timed> rows = new ArrayList<>();
        for (Interval interval : intervals) {
            String what = interval.until().isPresent() ? "session disconnected"
                    : "session disconnected (not connected again in the data)";
            rows.add(new Timed(interval.from(), connection(StepKind.DISCONNECTED, interval.from(), messageAt, what,
                    true)));
            interval.until().ifPresent(until -> rows.add(new Timed(until, connection(StepKind.CONNECTED, until,
                    messageAt, "session connected again after "
                            + Delays.format(Duration.between(interval.from(), until).toMillis()), false))));
        }
        rows.sort(Comparator.comparing(Timed::at));
        return rows;
    }

    private static TimelineRow connection(StepKind kind, Instant at, Optional<Instant> messageAt, String what,
                                          boolean disconnected) {
        String delay = messageAt.map(message -> Delays.signed(Duration.between(message, at).toMillis())).orElse("");
        return new TimelineRow(Optional.empty(), kind, TIME.format(at), delay, what, "", disconnected);
    }

    private static boolean disconnectedAt(List<Interval> intervals, Instant at) {
        return intervals.stream().anyMatch(interval -> !at.isBefore(interval.from())
                && interval.until().map(at::isBefore).orElse(true));
    }
}
