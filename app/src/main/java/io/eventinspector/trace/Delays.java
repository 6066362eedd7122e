package io.eventinspector.trace;

/**
 * Delays as a person reads them on a timeline: {@code +350 ms}, {@code +1.2 s}, {@code +5 s}, {@code +4 m 5 s},
 * {@code +10 h 57 m}, {@code +2 d 3 h}. Two units at most; the smaller one is cut, never rounded up, so a delay
 * never shows as more than it was ({@code 59,999 ms} is {@code 59.9 s}, not {@code 60.0 s}).
 */
public final class Delays {
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private Delays() {
    }

    /** With its sign: {@code +1.2 s}, {@code -300 ms}, {@code +0 ms}. */
    public static String signed(long millis) {
        return (millis < 0 ? "-" : "+") + format(millis);
    }

    /** Without a sign (a length of time, such as a threshold): {@code 5 m}, {@code 1.2 s}. */
    public static String format(long millis) {
        long ms = Math.abs(millis);
        if (ms < SECOND) {
            return ms + " ms";
        }
        if (ms < MINUTE) {
            long tenths = ms % SECOND / 100;
            return ms / SECOND + (tenths == 0 ? "" : "." + tenths) + " s";
        }
        if (ms < HOUR) {
            return twoUnits(ms, MINUTE, "m", SECOND, "s");
        }
        if (ms < DAY) {
            return twoUnits(ms, HOUR, "h", MINUTE, "m");
        }
        return twoUnits(ms, DAY, "d", HOUR, "h");
    }

    private static String twoUnits(long ms, long big, String bigUnit, long small, String smallUnit) {
        long rest = ms % big / small;
        return ms / big + " " + bigUnit + (rest == 0 ? "" : " " + rest + " " + smallUnit);
    }
}
