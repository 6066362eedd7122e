package io.eventinspector.event;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * The durations of relative times ({@code since:-2h}): Go's way of writing them, {@code 1h30m}, {@code 90s},
 * {@code 500ms}, plus {@code d} for 24 hours, since support engineers ask for "the last 7 days". Whole numbers,
 * each unit at most once and largest first, so one duration has one spelling.
 */
final class FilterDurations {
    private static final String[] UNITS = {"d", "h", "m", "s", "ms"};
    private static final long[] MILLIS = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
    /** More digits could overflow a long before the range check says "out of range". */
    private static final int MAX_DIGITS = 15;

    private FilterDurations() {
    }

    /** The duration {@code text} (without its sign) describes, or null when it is not one or is zero. */
    static Duration parse(String text) {
        long millis = 0;
        int nextUnit = 0;
        int i = 0;
        while (i < text.length()) {
            int digitsStart = i;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i == digitsStart || i - digitsStart > MAX_DIGITS) {
                return null;
            }
            long amount = Long.parseLong(text, digitsStart, i, 10);
            int unit = unitAt(text, i, nextUnit);
            if (unit < 0) {
                return null;
            }
            i += UNITS[unit].length();
            nextUnit = unit + 1;
            try {
                millis = Math.addExact(millis, Math.multiplyExact(amount, MILLIS[unit]));
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return millis == 0 ? null : Duration.ofMillis(millis);
    }

    /** The index of the unit written at {@code i}, when it is {@code from} or a smaller one; else -1. */
    private static int unitAt(String text, int i, int from) {
        // "ms" before "m": the longer spelling wins where both fit.
        if (from <= 4 && text.startsWith("ms", i)) {
            return 4;
        }
        for (int unit = from; unit < 4; unit++) {
            if (text.startsWith(UNITS[unit], i)) {
                return unit;
            }
        }
        return -1;
    }

    /** {@code now} minus {@code duration}, or null when that is before any time an {@link Instant} holds. */
    static Instant before(Instant now, Duration duration) {
        try {
            return now.minus(duration);
        } catch (ArithmeticException | DateTimeException e) {
            return null;
        }
    }

    /** {@code 1d2h30m}: the largest units first, as {@link #parse} reads it. */
    static String format(Duration duration) {
        long rest = duration.toMillis();
        StringBuilder out = new StringBuilder();
        for (int unit = 0; unit < UNITS.length; unit++) {
            long amount = rest / MILLIS[unit];
            if (amount > 0) {
                out.append(amount).append(UNITS[unit]);
                rest -= amount * MILLIS[unit];
            }
        }
        return out.toString();
    }
}
