package io.eventinspector.ui.fx;

import io.eventinspector.event.Timestamps;
import io.eventinspector.event.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * The since/until fields: {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm[:ss[.SSS]]} read as UTC (the window shows
 * UTC everywhere), or RFC 3339 with an explicit offset.
 */
public final class TimeInput {
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[[ ]['T']HH:mm[:ss]]")
            .optionalStart().appendFraction(ChronoField.MILLI_OF_SECOND, 1, 3, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHOWN_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private TimeInput() {
    }

    public static Optional<Instant> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (trimmed.endsWith("Z") || trimmed.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return Optional.of(Timestamps.parse(field, trimmed));
        }
        try {
            var parsed = LOCAL.parseBest(trimmed, LocalDateTime::from, LocalDate::from);
            LocalDateTime time = parsed instanceof LocalDate date ? date.atStartOfDay() : (LocalDateTime) parsed;
            return Optional.of(time.toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid " + field + ": " + trimmed
                    + " (expected yyyy-MM-dd HH:mm[:ss] in UTC, or RFC 3339 such as 2026-02-03T10:30:00Z)");
        }
    }

    public static String format(Instant instant) {
        return SHOWN.format(instant);
    }

    /** Like {@link #format} but keeps milliseconds when there are any, so the text parses back to the same instant. */
    public static String formatExact(Instant instant) {
        return instant.toEpochMilli() % 1000 == 0 ? SHOWN.format(instant) : SHOWN_MILLIS.format(instant);
    }
}
