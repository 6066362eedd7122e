package io.eventinspector.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One condition of a filter expression: a {@code key:value} or payload words. */
public sealed interface FilterTerm extends FilterExpression {

    /** {@code session:sales}: the event's session is exactly this one. */
    record SessionTerm(String sessionId) implements FilterTerm {
        public SessionTerm {
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /** {@code type:message.sent} (exact) or {@code type:message.*} ({@code prefix}: the type starts with it). */
    record TypeTerm(String type, boolean prefix) implements FilterTerm {
        public TypeTerm {
            Objects.requireNonNull(type, "type");
        }

        public static TypeTerm exact(String type) {
            return new TypeTerm(type, false);
        }

        public static TypeTerm prefix(String start) {
            return new TypeTerm(start, true);
        }
    }

    /** {@code id:evt_…}: the event with this id. */
    record IdTerm(String id) implements FilterTerm {
        public IdTerm {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * {@code since:…}: the event's time is at or after {@code time}; {@code ago} is the duration it was written as
     * ({@code since:-2h}), kept so a rewritten expression stays relative.
     */
    record SinceTerm(Instant time, Optional<Duration> ago) implements FilterTerm {
        public SinceTerm {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(ago, "ago");
        }

        public static SinceTerm at(Instant time) {
            return new SinceTerm(time, Optional.empty());
        }
    }

    /** {@code until:…}: the event's time is at or before {@code time}; {@code ago} as for {@link SinceTerm}. */
    record UntilTerm(Instant time, Optional<Duration> ago) implements FilterTerm {
        public UntilTerm {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(ago, "ago");
        }

        public static UntilTerm at(Instant time) {
            return new UntilTerm(time, Optional.empty());
        }
    }

    /** {@code data.status:failed}, {@code data.retry_count:>3}: the payload's value at {@code path} compared. */
    record FieldTerm(FieldPath path, Operator operator, FieldValue value) implements FilterTerm {
        public FieldTerm {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
            boolean wildcard = value instanceof FieldValue.WildcardValue;
            if (wildcard != (operator == Operator.GLOB)) {
                throw new IllegalArgumentException("GLOB goes with a wildcard value and only with one");
            }
            if (operator.orders() && !value.isOrdered()) {
                throw new IllegalArgumentException(operator + " compares numbers and times only, not " + value);
            }
        }

        public static FieldTerm equal(FieldPath path, FieldValue value) {
            return new FieldTerm(path, value instanceof FieldValue.WildcardValue ? Operator.GLOB : Operator.EQ,
                    value);
        }
    }

    /** {@code has:data.error}: the payload has this path, whatever its value (JSON {@code null} included). */
    record HasTerm(FieldPath path) implements FilterTerm {
        public HasTerm {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * Payload search: a bare word, or a quoted phrase whose words must occur in this order. A text without
     * whitespace searches the same whether it was quoted or not, so it is one and the same term.
     */
    record TextTerm(String text) implements FilterTerm {
        public TextTerm {
            Objects.requireNonNull(text, "text");
        }

        /** True for a phrase of several words, which today's {@link EventQuery#text()} cannot hold in order. */
        public boolean isPhrase() {
            return text.chars().anyMatch(Character::isWhitespace);
        }
    }

    /** How a {@link FieldTerm} compares: equal, a {@code *} pattern, or an order of numbers or times. */
    enum Operator {
        EQ(""), GLOB(""), GT(">"), GE(">="), LT("<"), LE("<=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** As written before a value: {@code >=}; empty for EQ and GLOB. */
        public String symbol() {
            return symbol;
        }

        public boolean orders() {
            return !symbol.isEmpty();
        }
    }
}
