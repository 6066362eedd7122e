package io.eventinspector.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A keyset position in newest-first order: the next page holds events strictly older than
 * {@code (timestamp, id)}. Its token is opaque to clients but stable, so a URL with a cursor can be shared.
 */
public record Cursor(Instant timestamp, String id) {
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    public Cursor {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(id, "id");
    }

    public String token() {
        String raw = timestamp.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a token made by {@link #token()}; anything else is a {@link ValidationException} naming {@code field}. */
    public static Cursor parse(String field, String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0 || colon == raw.length() - 1) {
                throw new IllegalArgumentException("no separator");
            }
            Instant timestamp = Instant.ofEpochMilli(Long.parseLong(raw.substring(0, colon)));
            // PostgreSQL fails on an instant it cannot hold. A gateway's rows may predate 1970 (Go's zero time is
            // year 1), so the cursor takes every four-digit year, not only the range new events must lie in.
            if (timestamp.isBefore(EARLIEST) || timestamp.isAfter(Timestamps.LATEST)) {
                throw new IllegalArgumentException("time out of range");
            }
            return new Cursor(timestamp, raw.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "invalid " + field + ": " + Validation.quote(token));
        }
    }
}
