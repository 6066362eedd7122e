package io.eventinspector.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The value of a {@code data.…} term, typed the way it was written: unquoted {@code true}, {@code false},
 * {@code null}, a JSON number or an RFC 3339 time are those; anything quoted, or any other word, is a string; a
 * {@code *} (unless escaped in quotes) makes a wildcard pattern.
 */
public sealed interface FieldValue {

    /** Numbers and times can be ordered with {@code >}, {@code >=}, {@code <} and {@code <=}. */
    default boolean isOrdered() {
        return this instanceof NumberValue || this instanceof TimeValue;
    }

    /** A JSON string equal to this text (case matters). */
    record TextValue(String text) implements FieldValue {
        public TextValue {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A JSON number of this value; for equality also a JSON string of the same text ({@link BigDecimal#toString()}),
     * as ids and phone numbers are often strings. The scale is kept as written, so {@code 3.0} and {@code 3} are
     * different terms (that compare equal as numbers).
     */
    record NumberValue(BigDecimal number) implements FieldValue {
        public NumberValue {
            Objects.requireNonNull(number, "number");
        }
    }

    /** JSON {@code true} or {@code false}. */
    record BooleanValue(boolean value) implements FieldValue {
    }

    /** JSON {@code null} (a missing field is not null: see {@code has:}). */
    record NullValue() implements FieldValue {
    }

    /** A JSON string holding an RFC 3339 time, compared as the instant it names. */
    record TimeValue(Instant time) implements FieldValue {
        public TimeValue {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * A JSON string matching {@code literals.get(0) * literals.get(1) * …}: each {@code *} any run of characters,
     * case mattering; the literals are plain text (no wildcard or escape left in them).
     */
    record WildcardValue(List<String> literals) implements FieldValue {
        public WildcardValue {
            literals = List.copyOf(literals);
            if (literals.size() < 2) {
                throw new IllegalArgumentException("a wildcard pattern has at least one '*'");
            }
        }
    }
}
