package io.eventinspector.cli;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.Timestamps;
import io.eventinspector.event.Validation;
import io.eventinspector.trace.Anomaly;
import io.eventinspector.trace.Delays;
import io.eventinspector.trace.Direction;
import io.eventinspector.trace.Interval;
import io.eventinspector.trace.MessageTrace;
import io.eventinspector.trace.MessageTraces;
import io.eventinspector.trace.ParticipantStatus;
import io.eventinspector.trace.TraceStep;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** A trace for people at a terminal: the message, its timeline with delays, anomalies, participants, disconnects. */
final class TraceTable {
    private static final String ROW = "%-24s  %-12s  %-18s  %-9s  %-34s  %s%n";

    private TraceTable() {
    }

    static void print(PrintWriter out, MessageTrace trace) {
        out.println("message    " + printable(trace.messageId()));
        out.println("session    " + printable(trace.sessionId()));
        out.println("chat       " + trace.chatId().map(TraceTable::printable).orElse("-"));
        out.println("direction  " + trace.direction().map(Direction::label).orElse("- (message event not stored)"));
        out.println("status     " + trace.status().label() + delays(trace.timeToDeliveredMs(), trace.timeToReadMs()));
        if (trace.scanned()) {
            out.println("scanned    this database keeps no message index: the events were found by a scan of the "
                    + MessageTraces.SCAN_WINDOW.toDays() + " days before the newest one");
        }
        out.println();
        out.printf(ROW, "TIME (UTC)", "DELAY", "TYPE", "STATUS", "FROM", "ID");
        for (TraceStep step : trace.events()) {
            out.printf(ROW, Timestamps.format(step.timestamp()), delay(step.sinceMessageMs()),
                    printable(step.type()), step.status().map(DeliveryStatus::label).orElse("-"),
                    step.from().map(TraceTable::printable).orElse("-"), printable(step.id()));
        }
        if (!trace.anomalies().isEmpty()) {
            out.println();
            out.println("anomalies");
            for (Anomaly anomaly : trace.anomalies()) {
                out.printf("  %-13s %s%n", anomaly.kind().label(), printable(anomaly.message()));
            }
        }
        if (!trace.participants().isEmpty()) {
            out.println();
            out.println("participants");
            for (ParticipantStatus participant : trace.participants()) {
                out.printf("  %-34s  %s%s%n", printable(participant.participant()), participant.status().label(),
                        delays(participant.timeToDeliveredMs(), participant.timeToReadMs()));
            }
        }
        if (!trace.disconnected().isEmpty()) {
            out.println();
            out.println("session disconnected");
            trace.disconnected().forEach(interval -> out.println("  " + interval(interval)));
        }
    }

    static String interval(Interval interval) {
        return Timestamps.format(interval.from()) + " -> "
                + interval.until().map(Timestamps::format).orElse("(not reconnected in the data)");
    }

    /** {@code " (delivered +1.2 s, read +10 h 57 m)"}, or nothing before a delivery. */
    private static String delays(OptionalLong delivered, OptionalLong read) {
        List<String> delays = new ArrayList<>();
        delivered.ifPresent(millis -> delays.add("delivered " + Delays.signed(millis)));
        read.ifPresent(millis -> delays.add("read " + Delays.signed(millis)));
        return delays.isEmpty() ? "" : " (" + String.join(", ", delays) + ")";
    }

    /** {@code +1.2 s}, or {@code -} for none (an orphan's events, no message delivered). */
    static String delay(OptionalLong since) {
        return since.isPresent() ? Delays.signed(since.getAsLong()) : "-";
    }

    /** Payload values of a gateway's rows are not validated: no escape sequence reaches the terminal. */
    private static String printable(String text) {
        return Validation.printable(text);
    }
}
