package io.eventinspector.event;

import io.eventinspector.event.FilterExpression.And;
import io.eventinspector.event.FilterExpression.Not;
import io.eventinspector.event.FilterExpression.Or;
import io.eventinspector.event.FilterTerm.SinceTerm;
import io.eventinspector.event.FilterTerm.TextTerm;
import io.eventinspector.event.FilterTerm.UntilTerm;
import java.util.List;
import java.util.Map;

/**
 * Checks on the terms an AND joins, made once the whole expression is read (a group's parts may come from
 * parentheses around it): what {@link EventQuery.Builder} would refuse is refused here with a column, so a simple
 * expression always converts, and no filter that can match nothing by construction passes unnoticed.
 * <ul>
 *   <li>payload words: at least one with a letter or digit, as {@code &} alone has nothing to search for;</li>
 *   <li>{@code since:} not after {@code until:}.</li>
 * </ul>
 */
final class FilterGroups {
    /** Makes the exception for a problem at a character index of the text. */
    @FunctionalInterface
    interface Errors {
        FilterSyntaxException at(int index, String problem, String hint);
    }

    private final Map<FilterTerm, Integer> termStarts;
    private final Errors errors;

    FilterGroups(Map<FilterTerm, Integer> termStarts, Errors errors) {
        this.termStarts = termStarts;
        this.errors = errors;
    }

    void check(FilterExpression expression) {
        if (expression instanceof And and) {
            checkGroup(and.parts());
            and.parts().stream().filter(part -> !(part instanceof FilterTerm)).forEach(this::check);
        } else if (expression instanceof Or or) {
            or.parts().forEach(this::check);
        } else if (expression instanceof Not not) {
            check(not.operand());
        } else {
            checkGroup(List.of(expression));
        }
    }

    private void checkGroup(List<FilterExpression> parts) {
        TextTerm firstText = null;
        boolean searchable = false;
        SinceTerm latestSince = null;
        UntilTerm earliestUntil = null;
        for (FilterExpression part : parts) {
            if (part instanceof TextTerm term) {
                firstText = firstText == null ? term : firstText;
                searchable |= hasLetterOrDigit(term.text());
            } else if (part instanceof SinceTerm since) {
                latestSince = latestSince == null || since.time().isAfter(latestSince.time()) ? since : latestSince;
            } else if (part instanceof UntilTerm until) {
                earliestUntil = earliestUntil == null || until.time().isBefore(earliestUntil.time())
                        ? until : earliestUntil;
            }
        }
        if (firstText != null && !searchable) {
            throw errors.at(termStarts.get(firstText), "search text " + FilterText.shown(firstText.text())
                    + " has no letters or digits to search for", null);
        }
        if (latestSince != null && earliestUntil != null && latestSince.time().isAfter(earliestUntil.time())) {
            throw errors.at(termStarts.get(latestSince), "since (" + Timestamps.format(latestSince.time())
                    + ") is after until (" + Timestamps.format(earliestUntil.time()) + ")", null);
        }
    }

    /** The letters and digits {@link EventQuery.Builder#text} looks for (Unicode letters and numbers). */
    private static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c) || isNumber(Character.getType(c)));
    }

    private static boolean isNumber(int type) {
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
