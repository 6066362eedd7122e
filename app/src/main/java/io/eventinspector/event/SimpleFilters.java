package io.eventinspector.event;

import io.eventinspector.event.FilterExpression.And;
import io.eventinspector.event.FilterExpression.Or;
import io.eventinspector.event.FilterTerm.SessionTerm;
import io.eventinspector.event.FilterTerm.SinceTerm;
import io.eventinspector.event.FilterTerm.TextTerm;
import io.eventinspector.event.FilterTerm.TypeTerm;
import io.eventinspector.event.FilterTerm.UntilTerm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Between an expression and the fixed filters of {@link EventQuery} (the filter bar's session, types, time and text
 * controls), both ways. Payload text comes back with single spaces between its words: the search splits at any
 * run of whitespace, so it is the same search.
 */
final class SimpleFilters {
    private SimpleFilters() {
    }

    static FilterExpression expression(EventQuery query) {
        List<FilterExpression> parts = new ArrayList<>();
        query.sessionId().ifPresent(session -> parts.add(new SessionTerm(session)));
        if (!query.types().isEmpty()) {
            parts.add(FilterExpression.or(query.types().stream().map(TypeTerm::exact).toList()));
        }
        query.since().ifPresent(since -> parts.add(SinceTerm.at(since)));
        query.until().ifPresent(until -> parts.add(UntilTerm.at(until)));
        query.text().ifPresent(text -> words(text).forEach(word -> parts.add(new TextTerm(word))));
        return parts.isEmpty() ? FilterExpression.EVERYTHING : FilterExpression.and(parts);
    }

    static boolean isSimple(FilterExpression expression) {
        return filters(expression).isPresent();
    }

    static Optional<EventQuery.Builder> toQuery(FilterExpression expression, EventQuery.Builder base) {
        return filters(expression).map(filters -> base
                .sessionId(filters.sessionId)
                .types(filters.types == null ? List.of() : filters.types)
                .since(filters.since)
                .until(filters.until)
                .text(filters.words.isEmpty() ? null : String.join(" ", filters.words)));
    }

    /** The fixed filters {@code expression} amounts to, or empty when it says more than they can. */
    private static Optional<Filters> filters(FilterExpression expression) {
        List<FilterExpression> parts = expression instanceof And and ? and.parts() : List.of(expression);
        Filters filters = new Filters();
        for (FilterExpression part : parts) {
            if (!filters.add(part)) {
                return Optional.empty();
            }
        }
        return Optional.of(filters);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** The fixed filters collected so far; each one at most once. */
    private static final class Filters {
        private String sessionId;
        private List<String> types;
        private Instant since;
        private Instant until;
        private final List<String> words = new ArrayList<>();

        /** False when {@code part} is not one of the fixed filters, or repeats one. */
        boolean add(FilterExpression part) {
            if (part instanceof SessionTerm session && sessionId == null) {
                sessionId = session.sessionId();
            } else if (isExactTypes(part) && types == null) {
                types = part instanceof Or or
                        ? or.parts().stream().map(type -> ((TypeTerm) type).type()).toList()
                        : List.of(((TypeTerm) part).type());
            } else if (part instanceof SinceTerm term && since == null) {
                since = term.time();
            } else if (part instanceof UntilTerm term && until == null) {
                until = term.time();
            } else if (part instanceof TextTerm text && !text.isPhrase()) {
                words.add(text.text());
            } else {
                return false;
            }
            return true;
        }

        private static boolean isExactTypes(FilterExpression part) {
            if (part instanceof Or or) {
                return or.parts().stream().allMatch(Filters::isExactType);
            }
            return isExactType(part);
        }

        private static boolean isExactType(FilterExpression part) {
            return part instanceof TypeTerm type && !type.prefix();
        }
    }
}
