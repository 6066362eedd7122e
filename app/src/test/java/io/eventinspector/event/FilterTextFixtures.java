package io.eventinspector.event;

import io.eventinspector.event.FieldValue.BooleanValue;
import io.eventinspector.event.FieldValue.NullValue;
import io.eventinspector.event.FieldValue.NumberValue;
import io.eventinspector.event.FieldValue.TextValue;
import io.eventinspector.event.FieldValue.TimeValue;
import io.eventinspector.event.FieldValue.WildcardValue;
import io.eventinspector.event.FilterExpression.Not;
import io.eventinspector.event.FilterTerm.FieldTerm;
import io.eventinspector.event.FilterTerm.HasTerm;
import io.eventinspector.event.FilterTerm.IdTerm;
import io.eventinspector.event.FilterTerm.Operator;
import io.eventinspector.event.FilterTerm.SessionTerm;
import io.eventinspector.event.FilterTerm.TextTerm;
import io.eventinspector.event.FilterTerm.TypeTerm;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Short names for building expected expressions in the filter language's tests. */
final class FilterTextFixtures {
    /** The {@code now} every test parses at, so relative times are known. */
    static final Instant NOW = Instant.parse("2026-02-03T12:00:00Z");

    private FilterTextFixtures() {
    }

    static FilterExpression parse(String text) {
        return FilterText.parse(text, NOW);
    }

    static FilterExpression and(FilterExpression... parts) {
        return FilterExpression.and(List.of(parts));
    }

    static FilterExpression or(FilterExpression... parts) {
        return FilterExpression.or(List.of(parts));
    }

    static FilterExpression not(FilterExpression operand) {
        return new Not(operand);
    }

    static SessionTerm session(String id) {
        return new SessionTerm(id);
    }

    static TypeTerm type(String type) {
        return TypeTerm.exact(type);
    }

    static IdTerm id(String id) {
        return new IdTerm(id);
    }

    static TextTerm text(String text) {
        return new TextTerm(text);
    }

    static FieldPath path(String... names) {
        return FieldPath.of(names);
    }

    static HasTerm has(String... names) {
        return new HasTerm(path(names));
    }

    /** {@code data.<path>:<value>} with an unquoted value's typing: text, number, true/false/null, time. */
    static FieldTerm field(String dottedPath, FieldValue value) {
        return FieldTerm.equal(path(dottedPath.split("\\.")), value);
    }

    static FieldTerm field(String dottedPath, Operator operator, FieldValue value) {
        return new FieldTerm(path(dottedPath.split("\\.")), operator, value);
    }

    static TextValue string(String text) {
        return new TextValue(text);
    }

    static NumberValue number(String number) {
        return new NumberValue(new BigDecimal(number));
    }

    static BooleanValue bool(boolean value) {
        return new BooleanValue(value);
    }

    static NullValue jsonNull() {
        return new NullValue();
    }

    static TimeValue time(String rfc3339) {
        return new TimeValue(Instant.parse(rfc3339));
    }

    static WildcardValue wildcard(String... literals) {
        return new WildcardValue(List.of(literals));
    }
}
