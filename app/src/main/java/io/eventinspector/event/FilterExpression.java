package io.eventinspector.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A filter expression as read by {@link FilterText}: terms ({@link FilterTerm}) joined by {@link And}, {@link Or}
 * and {@link Not}. Immutable values; build groups through {@link #and} and {@link #or}, which flatten nested groups
 * of the same kind and unwrap a group of one, so equal filters are equal trees and written alike.
 */
public sealed interface FilterExpression permits FilterExpression.And, FilterExpression.Or, FilterExpression.Not,
        FilterTerm {

    /** The empty filter: every event. */
    And EVERYTHING = new And(List.of());

    /** Every part must match; no parts matches every event. */
    record And(List<FilterExpression> parts) implements FilterExpression {
        public And {
            parts = List.copyOf(parts);
            if (parts.size() == 1) {
                throw new IllegalArgumentException("an And of one part is that part: use FilterExpression.and");
            }
        }
    }

    /** At least one part must match. */
    record Or(List<FilterExpression> parts) implements FilterExpression {
        public Or {
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("an Or needs two parts or more: use FilterExpression.or");
            }
        }
    }

    /** The events the operand does not match, including those without the field it looks at. */
    record Not(FilterExpression operand) implements FilterExpression {
    }

    static FilterExpression and(List<? extends FilterExpression> parts) {
        List<FilterExpression> flat = new ArrayList<>(parts.size());
        for (FilterExpression part : parts) {
            if (part instanceof And and) {
                flat.addAll(and.parts());
            } else {
                flat.add(part);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new And(flat);
    }

    static FilterExpression or(List<? extends FilterExpression> parts) {
        List<FilterExpression> flat = new ArrayList<>(parts.size());
        for (FilterExpression part : parts) {
            if (part instanceof Or or) {
                flat.addAll(or.parts());
            } else {
                flat.add(part);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new Or(flat);
    }

    /** The filters of {@code query} (session, types, time range, text; not its paging) as an expression. */
    static FilterExpression of(EventQuery query) {
        return SimpleFilters.expression(query);
    }

    /**
     * True when the filter bar's fixed controls can show this expression exactly: an AND of at most one session,
     * one set of exact types, one {@code since}, one {@code until} and any payload words, none negated.
     */
    default boolean isSimple() {
        return SimpleFilters.isSimple(this);
    }

    /**
     * When {@link #isSimple()}, {@code base} with its session, types, since, until and text set to this
     * expression's (each absent one cleared; paging untouched); otherwise empty and {@code base} unchanged.
     */
    default Optional<EventQuery.Builder> toQuery(EventQuery.Builder base) {
        return SimpleFilters.toQuery(this, base);
    }
}
