package io.eventinspector.event;

import io.eventinspector.event.FieldValue.BooleanValue;
import io.eventinspector.event.FieldValue.NullValue;
import io.eventinspector.event.FieldValue.NumberValue;
import io.eventinspector.event.FieldValue.TextValue;
import io.eventinspector.event.FieldValue.TimeValue;
import io.eventinspector.event.FieldValue.WildcardValue;
import io.eventinspector.event.FilterExpression.And;
import io.eventinspector.event.FilterExpression.Not;
import io.eventinspector.event.FilterExpression.Or;
import io.eventinspector.event.FilterTerm.FieldTerm;
import io.eventinspector.event.FilterTerm.HasTerm;
import io.eventinspector.event.FilterTerm.IdTerm;
import io.eventinspector.event.FilterTerm.SessionTerm;
import io.eventinspector.event.FilterTerm.SinceTerm;
import io.eventinspector.event.FilterTerm.TextTerm;
import io.eventinspector.event.FilterTerm.TypeTerm;
import io.eventinspector.event.FilterTerm.UntilTerm;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical text of an expression: terms side by side for AND, {@code OR} between alternatives, {@code -} for
 * NOT, parentheses only where precedence needs them, {@code key:a,b} for alternatives of one key, and quotes only
 * around values that need them.
 */
final class FilterWriter {
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT");

    private FilterWriter() {
    }

    static String write(FilterExpression expression) {
        StringBuilder out = new StringBuilder();
        write(expression, out);
        return out.toString();
    }

    private static void write(FilterExpression expression, StringBuilder out) {
        if (expression instanceof And and) {
            for (int i = 0; i < and.parts().size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                FilterExpression part = and.parts().get(i);
                writeGrouped(part, part instanceof Or && !isList(part) || part instanceof And, out);
            }
        } else if (expression instanceof Or or) {
            if (isList(or)) {
                writeList(or, out);
                return;
            }
            for (int i = 0; i < or.parts().size(); i++) {
                if (i > 0) {
                    out.append(" OR ");
                }
                FilterExpression part = or.parts().get(i);
                writeGrouped(part, part instanceof Or && !isList(part), out);
            }
        } else if (expression instanceof Not not) {
            out.append('-');
            FilterExpression operand = not.operand();
            writeGrouped(operand, operand instanceof And || operand instanceof Or && !isList(operand), out);
        } else {
            writeTerm((FilterTerm) expression, out);
        }
    }

    private static void writeGrouped(FilterExpression expression, boolean parenthesised, StringBuilder out) {
        if (expression instanceof And and && and.parts().isEmpty()) {
            throw new IllegalArgumentException("the empty filter matches everything and has no text inside another");
        }
        if (parenthesised) {
            out.append('(');
            write(expression, out);
            out.append(')');
        } else {
            write(expression, out);
        }
    }

    /** An OR of values of one key, none negated: {@code type:a,b}, {@code data.n:<1,>9}. */
    private static boolean isList(FilterExpression expression) {
        if (!(expression instanceof Or or)) {
            return false;
        }
        Optional<String> first = listKey(or.parts().get(0));
        return first.isPresent() && or.parts().stream().allMatch(part -> listKey(part).equals(first));
    }

    private static Optional<String> listKey(FilterExpression part) {
        if (part instanceof SessionTerm) {
            return Optional.of("session");
        } else if (part instanceof TypeTerm) {
            return Optional.of("type");
        } else if (part instanceof IdTerm) {
            return Optional.of("id");
        } else if (part instanceof HasTerm) {
            return Optional.of("has");
        } else if (part instanceof FieldTerm field) {
            return Optional.of(field.path().toString());
        }
        return Optional.empty();
    }

    private static void writeList(Or or, StringBuilder out) {
        writeTerm((FilterTerm) or.parts().get(0), out);
        for (int i = 1; i < or.parts().size(); i++) {
            out.append(',');
            writeValue((FilterTerm) or.parts().get(i), out);
        }
    }

    private static void writeTerm(FilterTerm term, StringBuilder out) {
        if (term instanceof TextTerm text) {
            if (isPlainWord(text.text())) {
                out.append(text.text());
            } else {
                quote(text.text(), false, out);
            }
            return;
        }
        out.append(key(term)).append(':');
        writeValue(term, out);
    }

    private static String key(FilterTerm term) {
        if (term instanceof SinceTerm) {
            return "since";
        } else if (term instanceof UntilTerm) {
            return "until";
        }
        return listKey(term).orElseThrow();
    }

    /** What stands after the colon of {@code term}. */
    private static void writeValue(FilterTerm term, StringBuilder out) {
        if (term instanceof SessionTerm session) {
            writeExact(session.sessionId(), out);
        } else if (term instanceof TypeTerm type) {
            out.append(type.type()).append(type.prefix() ? "*" : "");
        } else if (term instanceof IdTerm id) {
            writeExact(id.id(), out);
        } else if (term instanceof SinceTerm since) {
            writeTime(since.time(), since.ago(), out);
        } else if (term instanceof UntilTerm until) {
            writeTime(until.time(), until.ago(), out);
        } else if (term instanceof HasTerm has) {
            out.append(has.path());
        } else if (term instanceof FieldTerm field) {
            out.append(field.operator().symbol());
            writeFieldValue(field.value(), out);
        } else {
            throw new IllegalArgumentException("no key:value form for " + term);
        }
    }

    private static void writeExact(String value, StringBuilder out) {
        if (isPlainValue(value)) {
            out.append(value);
        } else {
            quote(value, true, out);
        }
    }

    private static void writeTime(Instant time, Optional<Duration> ago, StringBuilder out) {
        if (ago.isPresent()) {
            out.append('-').append(FilterDurations.format(ago.get()));
        } else {
            out.append(Timestamps.format(time));
        }
    }

    private static void writeFieldValue(FieldValue value, StringBuilder out) {
        if (value instanceof TextValue text) {
            boolean plain = isPlainValue(text.text()) && FilterLiterals.typed(text.text()) instanceof TextValue;
            if (plain) {
                out.append(text.text());
            } else {
                quote(text.text(), true, out);
            }
        } else if (value instanceof NumberValue number) {
            out.append(number.number());
        } else if (value instanceof BooleanValue bool) {
            out.append(bool.value());
        } else if (value instanceof NullValue) {
            out.append("null");
        } else if (value instanceof TimeValue time) {
            out.append(DateTimeFormatter.ISO_INSTANT.format(time.time()));
        } else if (value instanceof WildcardValue wildcard) {
            writeWildcard(wildcard, out);
        }
    }

    private static void writeWildcard(WildcardValue wildcard, StringBuilder out) {
        boolean plain = wildcard.literals().stream().allMatch(literal -> literal.isEmpty() || isPlainValue(literal))
                && !startsWithComparison(wildcard.literals().get(0));
        if (plain) {
            out.append(String.join("*", wildcard.literals()));
            return;
        }
        out.append('"');
        for (int i = 0; i < wildcard.literals().size(); i++) {
            if (i > 0) {
                out.append('*');
            }
            escape(wildcard.literals().get(i), true, out);
        }
        out.append('"');
    }

    /** A value that reads back as itself unquoted: no space, quote, comma, parenthesis, star or backslash. */
    private static boolean isPlainValue(String value) {
        if (value.isEmpty() || startsWithComparison(value)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == ',' || c == '(' || c == ')' || c == '*' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithComparison(String value) {
        return value.startsWith(">") || value.startsWith("<");
    }

    /** A payload word that reads back as itself unquoted: not a key, a negation, a keyword or a group. */
    private static boolean isPlainWord(String word) {
        if (word.isEmpty() || word.charAt(0) == '-' || word.charAt(0) == '!' || KEYWORDS.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '(' || c == ')' || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** {@code "…"} with {@code \"} and {@code \\} (and {@code \*} where a star would be a wildcard). */
    static void quote(String text, boolean escapeStars, StringBuilder out) {
        out.append('"');
        escape(text, escapeStars, out);
        out.append('"');
    }

    private static void escape(String text, boolean escapeStars, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '*' && escapeStars) {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
