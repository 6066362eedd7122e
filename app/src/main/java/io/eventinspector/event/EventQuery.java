package io.eventinspector.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Filters and paging for a query. Every filter is optional; {@code since} and {@code until} are inclusive.
 * Use {@link #builder()}: it validates as it goes, naming the field of each bad value.
 */
public record EventQuery(
        Optional<String> sessionId,
        List<String> types,
        Optional<Instant> since,
        Optional<Instant> until,
        Optional<String> text,
        int limit,
        int offset,
        Optional<Cursor> cursor) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public EventQuery {
        types = List.copyOf(types);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static EventQuery all() {
        return builder().build();
    }

    /** True when at least one of session, type, since or until narrows the selection. */
    public boolean hasFilter() {
        return sessionId.isPresent() || !types.isEmpty() || since.isPresent() || until.isPresent();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.sessionId = sessionId.orElse(null);
        builder.types = types;
        builder.since = since.orElse(null);
        builder.until = until.orElse(null);
        builder.text = text.orElse(null);
        builder.limit = limit;
        builder.offset = offset;
        builder.cursor = cursor.orElse(null);
        return builder;
    }

    public EventQuery withCursor(Cursor next) {
        return toBuilder().cursor(next).offset(0).build();
    }

    public EventQuery withLimit(int newLimit) {
        return toBuilder().limit(newLimit).build();
    }

    public static final class Builder {
        /** The same characters the search indexes hold words of (see store.SearchTerms). */
        private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

        private String sessionId;
        private List<String> types = List.of();
        private Instant since;
        private Instant until;
        private String text;
        private int limit = DEFAULT_LIMIT;
        private int offset;
        private Cursor cursor;

        private Builder() {
        }

        public Builder sessionId(String value) {
            sessionId = value == null || value.isEmpty() ? null : Validation.sessionId("session_id", value);
            return this;
        }

        public Builder types(List<String> values) {
            types = values.stream().map(type -> Validation.type("event_type", type)).distinct().toList();
            return this;
        }

        public Builder type(String value) {
            return types(value == null ? List.of() : List.of(value));
        }

        public Builder since(Instant value) {
            since = value;
            return this;
        }

        public Builder until(Instant value) {
            until = value;
            return this;
        }

        /**
         * Payload search text: blank means no search; text without a single letter or digit ({@code "}, {@code *},
         * {@code ((}, an emoji) has nothing to search for and is refused here, before any store sees it.
         */
        public Builder text(String value) {
            if (value != null && !value.isBlank() && !LETTER_OR_DIGIT.matcher(value).find()) {
                throw new ValidationException("text", "search text " + Validation.quote(value.strip())
                        + " has no letters or digits to search for");
            }
            text = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        public Builder limit(int value) {
            if (value < 1 || value > MAX_LIMIT) {
                throw new ValidationException("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + value);
            }
            limit = value;
            return this;
        }

        public Builder offset(int value) {
            if (value < 0) {
                throw new ValidationException("offset", "offset must be 0 or more, got " + value);
            }
            offset = value;
            return this;
        }

        public Builder cursor(Cursor value) {
            cursor = value;
            return this;
        }

        public EventQuery build() {
            if (since != null && until != null && since.isAfter(until)) {
                throw new ValidationException("since", "since (" + Timestamps.format(since)
                        + ") is after until (" + Timestamps.format(until) + ")");
            }
            return new EventQuery(Optional.ofNullable(sessionId), types, Optional.ofNullable(since),
                    Optional.ofNullable(until), Optional.ofNullable(text), limit, offset, Optional.ofNullable(cursor));
        }
    }
}
