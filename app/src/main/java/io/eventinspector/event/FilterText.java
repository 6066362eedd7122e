package io.eventinspector.event;

import io.eventinspector.event.FilterExpression.Not;
import io.eventinspector.event.FilterTerm.FieldTerm;
import io.eventinspector.event.FilterTerm.HasTerm;
import io.eventinspector.event.FilterTerm.IdTerm;
import io.eventinspector.event.FilterTerm.Operator;
import io.eventinspector.event.FilterTerm.SessionTerm;
import io.eventinspector.event.FilterTerm.SinceTerm;
import io.eventinspector.event.FilterTerm.TextTerm;
import io.eventinspector.event.FilterTerm.TypeTerm;
import io.eventinspector.event.FilterTerm.UntilTerm;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The filter language (decision 0009): {@code session:sales type:message.* data.status:failed -has:data.error},
 * read by hand-written recursive descent in one pass over the text (no regular expression touches it), and written
 * back in a canonical form. Every mistake is a {@link FilterSyntaxException} naming the column and what was
 * expected there.
 */
public final class FilterText {
    /** Longer text is refused before it is read: a filter is typed or pasted by a person. */
    public static final int MAX_LENGTH = 10_000;
    /** Deeper nesting is refused, so no expression can exhaust the stack. */
    public static final int MAX_DEPTH = 32;

    private static final String KEYS_HINT =
            "keys are session, type, id, since, until, has and data.<field>; quote text that has a ':'";
    private static final String FIELD_NAME_HINT = "quote a name of other characters, e.g. data.\"@type\"";
    private static final String STAR_HINT = "a literal * goes in quotes as \\*";

    private final String text;
    private final Instant now;
    private final Map<FilterTerm, Integer> termStarts = new IdentityHashMap<>();
    private int pos;
    private int depth;

    private FilterText(String text, Instant now) {
        this.text = text;
        this.now = now;
    }

    /**
     * The expression {@code text} describes; blank text is {@link FilterExpression#EVERYTHING}. Relative times
     * ({@code since:-2h}) are resolved against {@code now}, to the millisecond.
     */
    public static FilterExpression parse(String text, Instant now) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(now, "now");
        FilterText parser = new FilterText(text, now.truncatedTo(ChronoUnit.MILLIS));
        if (text.length() > MAX_LENGTH) {
            throw parser.error(MAX_LENGTH, "filter is " + text.length() + " characters long, at most " + MAX_LENGTH
                    + " are allowed", null);
        }
        return parser.filter();
    }

    /** The canonical text of {@code expression}: parsed again (at the same {@code now}) it is equal to it. */
    public static String write(FilterExpression expression) {
        return FilterWriter.write(expression);
    }

    /** The filters of {@code query} (not its paging) as expression text: {@code session:sales type:a,b refund}. */
    public static String write(EventQuery query) {
        return write(FilterExpression.of(query));
    }

    private FilterExpression filter() {
        skipSpace();
        if (atEnd()) {
            return FilterExpression.EVERYTHING;
        }
        FilterExpression expression = or(null);
        if (!atEnd()) {
            throw error(pos, "unbalanced ')'", null);
        }
        new FilterGroups(termStarts, this::error).check(expression);
        return expression;
    }

    /** Parts joined by {@code OR}; stops at the end or at a {@code )}. */
    private FilterExpression or(String after) {
        List<FilterExpression> parts = new ArrayList<>();
        parts.add(and(after));
        while (keywordHere("OR")) {
            pos += 2;
            skipSpace();
            parts.add(and("OR"));
        }
        return FilterExpression.or(parts);
    }

    /** Parts side by side or joined by {@code AND}, which binds tighter than {@code OR}. */
    private FilterExpression and(String after) {
        List<FilterExpression> parts = new ArrayList<>();
        parts.add(unary(after));
        while (true) {
            skipSpace();
            if (atEnd() || peek() == ')' || keywordHere("OR")) {
                return FilterExpression.and(parts);
            }
            if (keywordHere("AND")) {
                pos += 3;
                skipSpace();
                parts.add(unary("AND"));
            } else {
                parts.add(unary(null));
            }
        }
    }

    /** A part with any number of {@code -}, {@code !} (right before it) or {@code NOT} (a word) before it. */
    private FilterExpression unary(String after) {
        int negations = 0;
        String negatedBy = after;
        while (!atEnd()) {
            if (peek() == '-' || peek() == '!') {
                negatedBy = String.valueOf(peek());
                pos++;
                if (atEnd() || Character.isWhitespace(peek())) {
                    throw error(pos, "expected a term right after '" + negatedBy + "'",
                            "e.g. " + negatedBy + "type:presence.update");
                }
            } else if (keywordHere("NOT")) {
                negatedBy = "NOT";
                pos += 3;
                skipSpace();
            } else {
                break;
            }
            negations++;
        }
        requireTermStart(negatedBy);
        FilterExpression expression = primary();
        for (int i = 0; i < negations; i++) {
            expression = new Not(expression);
        }
        return expression;
    }

    private void requireTermStart(String after) {
        boolean keyword = keywordHere("OR") || keywordHere("AND");
        if (!atEnd() && peek() != ')' && !keyword) {
            return;
        }
        if (after != null) {
            throw error(pos, "expected a term after '" + after + "'", null);
        }
        if (keyword) {
            throw error(pos, "expected a term before '" + (keywordHere("OR") ? "OR" : "AND") + "'", null);
        }
        throw error(pos, "unbalanced ')'", null);
    }

    private FilterExpression primary() {
        if (peek() != '(') {
            return term();
        }
        int open = pos;
        if (++depth > MAX_DEPTH) {
            throw error(open, "more than " + MAX_DEPTH + " nested parentheses", null);
        }
        pos++;
        skipSpace();
        FilterExpression group = or("(");
        if (atEnd()) {
            throw error(open, "unclosed '('", null);
        }
        pos++;
        depth--;
        requireTermEnd();
        return group;
    }

    private FilterExpression term() {
        int start = pos;
        if (peek() == '"') {
            String phrase = quoted(false).get(0);
            if (phrase.isEmpty()) {
                throw error(start, "empty phrase", "put words between the quotes, or remove them");
            }
            requireTermEnd();
            return started(new TextTerm(phrase), start);
        }
        int end = start;
        while (end < text.length() && !endsWord(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        boolean quotedFieldName = end < text.length() && text.charAt(end) == '"'
                && word.startsWith(FieldPath.ROOT + ".") && word.endsWith(".");
        if (end < text.length() && text.charAt(end) == ':' || quotedFieldName) {
            return keyed(start, word);
        }
        pos = end;
        requireTermEnd();
        return started(new TextTerm(word), start);
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"' || c == ':';
    }

    /** {@code key:values}; {@code key} is what stands before the colon (or before a quoted field name). */
    private FilterExpression keyed(int start, String key) {
        if (key.isEmpty()) {
            throw error(start, "expected a key before ':'", "quote text that has a ':'");
        }
        int dot = key.indexOf('.');
        String root = dot < 0 ? key : key.substring(0, dot);
        if (root.equals(FieldPath.ROOT)) {
            return field(start);
        }
        if (dot >= 0) {
            throw unknownKey(start, key);
        }
        pos = start + key.length() + 1;
        return switch (key) {
            case "session" -> values(start, key, this::sessionValue);
            case "type" -> values(start, key, this::typeValue);
            case "id" -> values(start, key, this::idValue);
            case "since" -> timeValue(start, key, true);
            case "until" -> timeValue(start, key, false);
            case "has" -> values(start, key, this::hasValue);
            default -> throw unknownKey(start, key);
        };
    }

    private FilterSyntaxException unknownKey(int start, String key) {
        String suggestion = KeySuggestions.suggest(key);
        return error(start, "unknown key " + shown(key),
                suggestion == null ? KEYS_HINT : "did you mean '" + suggestion + "'?");
    }

    /** One value, or several separated by commas (one of them must match). */
    private FilterExpression values(int start, String key, ValueReader reader) {
        List<FilterExpression> alternatives = new ArrayList<>();
        String after = key + ":";
        while (true) {
            if (atValueEnd()) {
                throw error(pos, "expected a value after " + shown(after), null);
            }
            alternatives.add(started(reader.read(after), start));
            if (atEnd() || peek() != ',') {
                break;
            }
            pos++;
            after = ",";
        }
        requireTermEnd();
        return FilterExpression.or(alternatives);
    }

    @FunctionalInterface
    private interface ValueReader {
        FilterTerm read(String after);
    }

    private FilterTerm sessionValue(String after) {
        return new SessionTerm(exactValue("session", after, Validation.MAX_SESSION_ID_LENGTH));
    }

    private FilterTerm idValue(String after) {
        return new IdTerm(exactValue("id", after, Validation.MAX_ID_LENGTH));
    }

    private String exactValue(String key, String after, int maxLength) {
        int start = pos;
        RawValue value = rawValue();
        if (value.isWildcard()) {
            throw error(start, "'" + key + ":' takes exact values, no '*' wildcards", STAR_HINT);
        }
        String literal = value.literals().get(0);
        if (literal.isEmpty()) {
            throw error(start, "expected a value after " + shown(after), null);
        }
        if (literal.length() > maxLength) {
            throw error(start, key + " is " + literal.length() + " characters long, at most " + maxLength
                    + " are allowed", null);
        }
        return literal;
    }

    private FilterTerm typeValue(String after) {
        int start = pos;
        RawValue value = rawValue();
        List<String> literals = value.literals();
        String type = literals.get(0);
        boolean prefix = literals.size() == 2 && literals.get(1).isEmpty();
        if (value.isWildcard() && !prefix) {
            throw error(start, "a type wildcard '*' goes at the end", "e.g. type:message.*");
        }
        if (type.isEmpty()) {
            throw prefix ? error(start, "expected the start of a type before '*'", "e.g. type:message.*")
                    : error(start, "expected a value after " + shown(after), null);
        }
        if (type.length() > Validation.MAX_TYPE_LENGTH) {
            throw error(start, "type is " + type.length() + " characters long, at most "
                    + Validation.MAX_TYPE_LENGTH + " are allowed", null);
        }
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-')) {
                throw error(start, "invalid type " + shown(value.written()),
                        "only lowercase letters, digits and _ . - are allowed");
            }
        }
        return prefix ? TypeTerm.prefix(type) : TypeTerm.exact(type);
    }

    private FilterTerm hasValue(String after) {
        int end = pos + FieldPath.ROOT.length();
        boolean longerName = end < text.length() && FieldPath.isNameCharacter(text.charAt(end));
        if (!text.startsWith(FieldPath.ROOT, pos) || longerName) {
            throw error(pos, "'has:' needs a field path", "e.g. has:data.error");
        }
        FieldPath path = path();
        if (!atValueEnd() && peek() != '"') {
            throw error(pos, "unexpected " + shown(String.valueOf(peek())) + " in a field name", FIELD_NAME_HINT);
        }
        return new HasTerm(path);
    }

    /** {@code since:} or {@code until:} and its one time, absolute or a duration before now. */
    private FilterExpression timeValue(int start, String key, boolean since) {
        int at = pos;
        if (atValueEnd()) {
            throw error(at, "expected a value after " + shown(key + ":"), null);
        }
        RawValue value = rawValue();
        if (!atEnd() && peek() == ',') {
            throw error(pos, "'" + key + ":' takes one time", null);
        }
        requireTermEnd();
        String written = value.isWildcard() ? value.written() : value.literals().get(0);
        Instant time;
        Optional<Duration> ago = Optional.empty();
        if (written.startsWith("-")) {
            Duration duration = FilterDurations.parse(written.substring(1));
            if (duration == null) {
                throw error(at, "bad duration " + shown(written),
                        "use d, h, m, s and ms, largest first, e.g. -2h or -1h30m");
            }
            ago = Optional.of(duration);
            time = FilterDurations.before(now, duration);
        } else {
            time = FilterLiterals.time(written);
            if (time == null) {
                throw error(at, "bad time " + shown(written) + " for '" + key + ":'",
                        "use RFC 3339 with an offset, e.g. 2026-02-03T10:00:00Z, or a duration before now, e.g. -2h");
            }
            time = time.truncatedTo(ChronoUnit.MILLIS);
        }
        if (time == null || time.isBefore(Timestamps.EARLIEST) || time.isAfter(Timestamps.LATEST)) {
            throw error(at, "time " + shown(written) + " is out of range", "allowed are times from "
                    + Timestamps.format(Timestamps.EARLIEST) + " to " + Timestamps.format(Timestamps.LATEST));
        }
        FilterTerm term = since ? new SinceTerm(time, ago) : new UntilTerm(time, ago);
        return started(term, start);
    }

    /** {@code data.path:values}, where {@code start} is at {@code data}. */
    private FilterExpression field(int start) {
        pos = start;
        FieldPath path = path();
        if (atEnd() || peek() != ':') {
            if (atEnd() || Character.isWhitespace(peek()) || peek() == ')') {
                throw error(pos, "expected ':' after the field path", "e.g. data.status:failed");
            }
            throw error(pos, "unexpected " + shown(String.valueOf(peek())) + " in a field name", FIELD_NAME_HINT);
        }
        pos++;
        String key = text.substring(start, pos - 1);
        return values(start, key, after -> fieldValue(path));
    }

    private FilterTerm fieldValue(FieldPath path) {
        int at = pos;
        Operator operator = comparison();
        if (operator != Operator.EQ) {
            FieldValue typed = atValueEnd() || peek() == '"' ? null : orderedValue();
            if (typed == null) {
                throw error(at, "'" + operator.symbol() + "' needs a number or an RFC 3339 time",
                        "e.g. " + path + ":" + operator.symbol() + "3");
            }
            return new FieldTerm(path, operator, typed);
        }
        RawValue value = rawValue();
        if (value.isWildcard()) {
            return new FieldTerm(path, Operator.GLOB, new FieldValue.WildcardValue(value.literals()));
        }
        String literal = value.literals().get(0);
        FieldValue typed = value.quoted() ? new FieldValue.TextValue(literal) : FilterLiterals.typed(literal);
        return FieldTerm.equal(path, typed);
    }

    /** The number or time after {@code >}, {@code <} and the like; null when it is something else. */
    private FieldValue orderedValue() {
        RawValue value = rawValue();
        FieldValue typed = value.isWildcard() ? null : FilterLiterals.typed(value.literals().get(0));
        return typed != null && typed.isOrdered() ? typed : null;
    }

    private Operator comparison() {
        if (atEnd() || peek() != '>' && peek() != '<') {
            return Operator.EQ;
        }
        boolean greater = peek() == '>';
        pos++;
        boolean orEqual = !atEnd() && peek() == '=';
        if (orEqual) {
            pos++;
        }
        return greater ? (orEqual ? Operator.GE : Operator.GT) : (orEqual ? Operator.LE : Operator.LT);
    }

    /** {@code data} and one or more {@code .name} or {@code ."quoted name"}, from {@code pos}. */
    private FieldPath path() {
        pos += FieldPath.ROOT.length();
        List<String> names = new ArrayList<>();
        while (!atEnd() && peek() == '.') {
            pos++;
            int nameStart = pos;
            if (!atEnd() && peek() == '"') {
                String name = quoted(false).get(0);
                if (name.isEmpty()) {
                    throw error(nameStart, "empty field name", null);
                }
                names.add(name);
                continue;
            }
            while (!atEnd() && FieldPath.isNameCharacter(peek())) {
                pos++;
            }
            if (pos == nameStart) {
                throw error(pos, "expected a field name after '.'", FIELD_NAME_HINT);
            }
            names.add(text.substring(nameStart, pos));
        }
        if (names.isEmpty()) {
            throw error(pos, "expected a field path after 'data'", "e.g. data.status:failed");
        }
        return new FieldPath(names);
    }

    /**
     * A value from {@code pos}: quoted (escapes {@code \"}, {@code \\}, {@code \*}) or bare up to a space, a comma,
     * a quote or a parenthesis; split at each {@code *} that is a wildcard.
     */
    private RawValue rawValue() {
        int start = pos;
        if (peek() == '"') {
            List<String> literals = quoted(true);
            return new RawValue(literals, true, text.substring(start, pos));
        }
        List<String> literals = new ArrayList<>(2);
        int literalStart = pos;
        while (!atValueEnd() && peek() != '"') {
            if (peek() == '*') {
                literals.add(text.substring(literalStart, pos));
                literalStart = pos + 1;
            }
            pos++;
        }
        literals.add(text.substring(literalStart, pos));
        return new RawValue(literals, false, text.substring(start, pos));
    }

    /** The text between the quotes at {@code pos}, split at unescaped {@code *} when {@code wildcards}. */
    private List<String> quoted(boolean wildcards) {
        int open = pos;
        List<String> literals = new ArrayList<>(2);
        StringBuilder literal = new StringBuilder();
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                literals.add(literal.toString());
                pos = i + 1;
                return literals;
            }
            if (c == '\\' && i + 1 < text.length()) {
                char escaped = text.charAt(i + 1);
                if (escaped != '"' && escaped != '\\' && escaped != '*') {
                    throw error(i, "unknown escape " + shown("\\" + Character.toString(text.codePointAt(i + 1))),
                            "in quotes \\\" \\\\ and \\* are the escapes");
                }
                literal.append(escaped);
                i += 2;
            } else if (c == '*' && wildcards) {
                literals.add(literal.toString());
                literal.setLength(0);
                i++;
            } else {
                literal.append(c);
                i++;
            }
        }
        throw error(open, "unclosed quote", null);
    }

    /** A value as read: its literal parts between wildcards, whether it was quoted, and the text as written. */
    private record RawValue(List<String> literals, boolean quoted, String written) {
        boolean isWildcard() {
            return literals.size() > 1;
        }
    }

    private FilterTerm started(FilterTerm term, int start) {
        termStarts.put(term, start);
        return term;
    }

    /** After a term or a {@code )}: the end, a space or a {@code )}. */
    private void requireTermEnd() {
        if (!atEnd() && !Character.isWhitespace(peek()) && peek() != ')') {
            throw error(pos, "unexpected " + shown(Character.toString(text.codePointAt(pos))),
                    "separate terms with a space");
        }
    }

    private boolean atValueEnd() {
        if (atEnd()) {
            return true;
        }
        char c = peek();
        return Character.isWhitespace(c) || c == ',' || c == '(' || c == ')';
    }

    /** {@code word} (OR, AND, NOT: capitals only) standing alone at {@code pos}. */
    private boolean keywordHere(String word) {
        if (!text.startsWith(word, pos)) {
            return false;
        }
        int after = pos + word.length();
        if (after == text.length()) {
            return true;
        }
        char c = text.charAt(after);
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }

    private void skipSpace() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    /** A user's text in a message: in single quotes, control characters escaped, long text shortened. */
    static String shown(String value) {
        String shortened = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "'" + Validation.printable(shortened) + "'";
    }

    FilterSyntaxException error(int index, String problem, String hint) {
        int column = text.codePointCount(0, Math.min(index, text.length())) + 1;
        return new FilterSyntaxException(new FilterError(column, problem, Optional.ofNullable(hint)));
    }
}
