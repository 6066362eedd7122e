package io.eventinspector.cli;

import io.eventinspector.event.Timestamps;
import io.eventinspector.event.Validation;
import io.eventinspector.trace.AnomalyKind;
import io.eventinspector.trace.DelayBucket;
import io.eventinspector.trace.Delays;
import io.eventinspector.trace.DeliveryHealth;
import io.eventinspector.trace.HealthProblem;
import io.eventinspector.trace.MessageTraces;
import io.eventinspector.trace.Percentiles;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/** A delivery health for people at a terminal: figures, the delay distribution as bars, disconnects, problems. */
final class HealthTable {
    private static final int BAR_WIDTH = 40;
    private static final String PROBLEM_ROW = "  %-9s  %-20s  %-34s  %-24s  %s%n";

    private HealthTable() {
    }

    static void print(PrintWriter out, DeliveryHealth health, Duration stuckAfter) {
        if (health.scanned()) {
            out.println("scanned: this database keeps no message index; counted from a scan of the range"
                    + (health.truncated() ? ", cut at " + String.format(Locale.ROOT, "%,d", MessageTraces.MAX_HEALTH_SCAN)
                    + " events (the oldest messages are not counted)" : ""));
        }
        out.printf("outgoing           %d%n", health.outgoing());
        out.printf("incoming           %d%n", health.incoming());
        count(out, "delivered", health.delivered(), health.outgoing());
        count(out, "read", health.read(), health.outgoing());
        count(out, "failed", health.failed(), health.outgoing());
        count(out, "stuck", health.stuck(), health.outgoing());
        count(out, "pending", health.pending(), health.outgoing());
        out.printf("orphan receipts    %d%n", health.orphanReceipts());
        out.println("stuck after        " + Delays.format(stuckAfter.toMillis()));
        out.println("time to delivered  " + percentiles(health.timeToDeliveredMs()));
        out.println("time to read       " + percentiles(health.timeToReadMs()));
        long fullest = health.timeToDelivered().stream().mapToLong(DelayBucket::messages).max().orElse(0);
        if (fullest > 0) {
            out.println();
            out.println("delivered within");
            for (DelayBucket bucket : health.timeToDelivered()) {
                int width = bucket.messages() == 0 ? 0
                        : (int) Math.max(1, Math.round((double) bucket.messages() * BAR_WIDTH / fullest));
                out.printf("  %-8s %-" + BAR_WIDTH + "s %d%n", bucket.label(), "#".repeat(width), bucket.messages());
            }
        }
        if (!health.disconnected().isEmpty()) {
            out.println();
            out.println("sessions disconnected");
            health.disconnected().forEach(interval -> out.printf("  %-20s  %s%n",
                    Validation.printable(interval.sessionId()), TraceTable.interval(interval)));
        }
        if (health.problemCount() > 0) {
            out.println();
            out.println("problems, worst first (" + (health.problems().size() == health.problemCount()
                    ? health.problemCount() : health.problems().size() + " of " + health.problemCount()) + ")");
            out.printf(PROBLEM_ROW, "STATUS", "SESSION", "MESSAGE", "SENT (UTC)", "ANOMALIES");
            for (HealthProblem problem : health.problems()) {
                out.printf(PROBLEM_ROW, problem.status().label(), Validation.printable(problem.sessionId()),
                        Validation.printable(problem.messageId()),
                        problem.sentAt().map(Timestamps::format).orElse("-"),
                        problem.anomalies().stream().map(AnomalyKind::label).collect(Collectors.joining(", ")));
            }
        }
    }

    private static void count(PrintWriter out, String name, long count, long outgoing) {
        String rate = outgoing == 0 ? "" : String.format(Locale.ROOT, "  %5.1f %%", count * 100.0 / outgoing);
        out.printf("%-18s %d%s%n", name, count, rate);
    }

    private static String percentiles(Percentiles percentiles) {
        return "p50 " + TraceTable.delay(percentiles.p50()) + "   p95 " + TraceTable.delay(percentiles.p95())
                + "   max " + TraceTable.delay(percentiles.max());
    }
}
