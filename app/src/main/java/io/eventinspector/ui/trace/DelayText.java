package io.eventinspector.ui.trace;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * Delays as a person reads them: {@code 350 ms}, {@code 1.2 s}, {@code 42 s}, {@code 3 m 12 s}, {@code 10 h 57 m},
 * {@code 2 d 4 h}. Two units at most, each cut rather than rounded, so a delay is never shown longer than it was.
 */
public final class DelayText {
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private DelayText() {
    }

    /** {@code 1.2 s}; a negative delay (a receipt stored with a time before its message's) keeps its sign. */
    public static String of(long millis) {
        if (millis < 0) {
            return "-" + of(-millis);
        }
        if (millis < SECOND) {
            return millis + " ms";
        }
        if (millis < 10 * SECOND) {
            return String.format(Locale.ROOT, "%d.%d s", millis / SECOND, millis % SECOND / 100);
        }
        if (millis < MINUTE) {
            return millis / SECOND + " s";
        }
        if (millis < HOUR) {
            return twoUnits(millis / MINUTE, "m", millis % MINUTE / SECOND, "s");
        }
        if (millis < DAY) {
            return twoUnits(millis / HOUR, "h", millis % HOUR / MINUTE, "m");
        }
        return twoUnits(millis / DAY, "d", millis % DAY / HOUR, "h");
    }

    /** {@code –} when there is no delay to show (never delivered, or no message to measure from). */
    public static String of(OptionalLong millis) {
        return millis.isPresent() ? of(millis.getAsLong()) : "–";
    }

    /** The delay of a step since its message: {@code +1.2 s}, {@code +10 h 57 m}. */
    public static String since(long millis) {
        return millis < 0 ? of(millis) : "+" + of(millis);
    }

    private static String twoUnits(long large, String largeUnit, long small, String smallUnit) {
        return small == 0 ? large + " " + largeUnit : large + " " + largeUnit + " " + small + " " + smallUnit;
    }
}
