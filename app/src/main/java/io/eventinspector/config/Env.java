package io.eventinspector.config;

import io.eventinspector.retention.GoDurations;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed, validated reads of environment variables. Every error names the variable, the bad value and what is
 * expected. Tests pass a map instead of the process environment.
 */
public final class Env {
    private static final Pattern GO_DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");
    /**
     * The longest duration any setting takes (about 11 years): a longer one is surely a typo, and an instant
     * plus it could overflow.
     */
    static final Duration LONGEST_DURATION = Duration.ofHours(100_000);
    private final Map<String, String> values;

    public Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Env system() {
        return new Env(System.getenv());
    }

    /** The value, or empty when unset or blank. */
    public Optional<String> get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public boolean bool(String name, boolean fallback) {
        return get(name).map(value -> switch (value.toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw invalid(name, value, "true or false");
        }).orElse(fallback);
    }

    public int integer(String name, int fallback, int min, int max) {
        return get(name).map(value -> {
            try {
                int parsed = Integer.parseInt(value);
                if (parsed < min || parsed > max) {
                    throw invalid(name, value, "a whole number from " + min + " to " + max);
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw invalid(name, value, "a whole number from " + min + " to " + max);
            }
        }).orElse(fallback);
    }

    public Duration duration(String name, Duration fallback) {
        return get(name).map(value -> parseDuration(name, value)).orElse(fallback);
    }

    /** Parses a Go-style duration: {@code 90s}, {@code 30m}, {@code 1h}, {@code 1h30m}, {@code 500ms}; must be > 0. */
    public static Duration parseDuration(String name, String value) {
        Matcher matcher = GO_DURATION.matcher(value.trim());
        if (value.isBlank() || !matcher.matches()) {
            throw invalid(name, value, "a duration such as 90s, 30m, 1h or 1h30m");
        }
        Duration duration;
        try {
            duration = Duration.ZERO.plusHours(part(matcher, 1)).plusMinutes(part(matcher, 2))
                    .plusSeconds(part(matcher, 3)).plusMillis(part(matcher, 4));
        } catch (ArithmeticException | NumberFormatException e) {
            duration = LONGEST_DURATION.plusMillis(1); // too many digits for a number: refused just below
        }
        if (duration.compareTo(LONGEST_DURATION) > 0) {
            throw invalid(name, value, "a duration of at most " + LONGEST_DURATION.toHours() + "h");
        }
        if (duration.isZero()) {
            throw invalid(name, value, "a duration greater than zero, such as 90s, 30m, 1h or 1h30m");
        }
        return duration;
    }

    /** Formats a duration the Go way: {@code 1h}, {@code 1h30m}, {@code 90s} prints as {@code 1m30s}. */
    public static String formatDuration(Duration duration) {
        return GoDurations.format(duration);
    }

    private static long part(Matcher matcher, int group) {
        String text = matcher.group(group);
        return text == null ? 0 : Long.parseLong(text);
    }

    public static ConfigException invalid(String name, String value, String expected) {
        return new ConfigException("invalid " + name + "=" + value + ": expected " + expected);
    }
}
