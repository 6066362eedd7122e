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
            long millis = Long.parseLong(raw.substring(0, colon));
            return new Cursor(Instant.ofEpochMilli(millis), raw.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "invalid " + field + ": " + Validation.quote(token));
        }
    }
}
