package io.eventinspector.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** RFC 3339 in, UTC out, millisecond precision everywhere. */
public final class Timestamps {
    private Timestamps() {
    }

    /**
     * Parses an RFC 3339 timestamp that carries an offset or {@code Z}; a local time without an offset is refused
     * because it would silently depend on the machine's zone.
     */
    public static Instant parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, field + " is required (RFC 3339, e.g. 2026-02-03T10:30:00Z)");
        }
        try {
            return OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant()
                    .truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid " + field + " timestamp format: " + Validation.quote(text)
                    + " (expected RFC 3339 with an offset, e.g. 2026-02-03T10:30:00Z)");
        }
    }

    /** {@code 2026-02-03T10:30:00Z} or {@code 2026-02-03T10:30:00.123Z}. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
