package io.eventinspector.retention;

import java.time.Duration;

/** Durations written the way the configuration reads them ({@code 1h}, {@code 1h30m}, {@code 90s} → {@code 1m30s}). */
public final class GoDurations {
    private GoDurations() {
    }

    public static String format(Duration duration) {
        StringBuilder out = new StringBuilder();
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        if (duration.toHours() > 0) {
            out.append(duration.toHours()).append('h');
        }
        if (duration.toMinutesPart() > 0) {
            out.append(duration.toMinutesPart()).append('m');
        }
        if (duration.toSecondsPart() > 0) {
            out.append(duration.toSecondsPart()).append('s');
        }
        if (duration.toMillisPart() > 0) {
            out.append(duration.toMillisPart()).append("ms");
        }
        return out.length() == 0 ? "0s" : out.toString();
    }
}
