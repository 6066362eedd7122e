package io.eventinspector.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** RFC 3339 in, UTC out, millisecond precision everywhere, and only times from 1970 to 9999. */
public final class Timestamps {
    /**
     * The earliest time accepted: event ids keep their time as unsigned epoch milliseconds, and the cleanup and
     * every "older than" comparison assume nothing is stored before the epoch.
     */
    public static final Instant EARLIEST = Instant.EPOCH;
    /**
     * The latest time accepted, the end of the last four-digit year: RFC 3339 has no larger year, and beyond it
     * (year ±292 million) epoch milliseconds overflow.
     */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private Timestamps() {
    }

    /**
     * Parses an RFC 3339 timestamp that carries an offset or {@code Z}; a local time without an offset is refused
     * because it would silently depend on the machine's zone, and a time outside {@link #EARLIEST} to
     * {@link #LATEST} is refused (see {@link #requireInRange}).
     */
    public static Instant parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, field + " is required (RFC 3339, e.g. 2026-02-03T10:30:00Z)");
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant()
                    .truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "invalid " + field + " timestamp format: " + Validation.quote(text)
                    + " (expected RFC 3339 with an offset, e.g. 2026-02-03T10:30:00Z)");
        }
        return requireInRange(field, instant);
    }

    /** {@code instant} when it lies from {@link #EARLIEST} to {@link #LATEST} inclusive, else an error naming it. */
    public static Instant requireInRange(String field, Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new ValidationException(field, field + " " + instant + " is out of range: allowed are times from "
                    + format(EARLIEST) + " to " + format(LATEST) + " (UTC)");
        }
        return instant;
    }

    /** {@code 2026-02-03T10:30:00Z} or {@code 2026-02-03T10:30:00.123Z}. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
