package io.eventinspector.event;

import io.eventinspector.event.FieldValue.BooleanValue;
import io.eventinspector.event.FieldValue.NullValue;
import io.eventinspector.event.FieldValue.NumberValue;
import io.eventinspector.event.FieldValue.TextValue;
import io.eventinspector.event.FieldValue.TimeValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** What an unquoted value of a filter is: JSON's literals and numbers, RFC 3339 times, else text. */
final class FilterLiterals {
    private FilterLiterals() {
    }

    /** {@code true}, {@code false}, {@code null}, a JSON number or an RFC 3339 time as such; any other text as text. */
    static FieldValue typed(String literal) {
        switch (literal) {
            case "true":
                return new BooleanValue(true);
            case "false":
                return new BooleanValue(false);
            case "null":
                return new NullValue();
            default:
                break;
        }
        if (isJsonNumber(literal)) {
            try {
                return new NumberValue(new BigDecimal(literal));
            } catch (NumberFormatException e) {
                // An exponent beyond BigDecimal's range: no JSON number a store holds compares to it; text it is.
                return new TextValue(literal);
            }
        }
        Instant time = time(literal);
        return time == null ? new TextValue(literal) : new TimeValue(time);
    }

    /**
     * The instant of an RFC 3339 time with an offset ({@code 2026-02-03T10:00:00Z}, {@code …+01:00}), full precision;
     * null for anything else. A cheap look at the shape comes first, so words are not parsed as dates.
     */
    static Instant time(String literal) {
        if (literal.length() < 16 || literal.charAt(4) != '-' || !isDigits(literal, 0, 4)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(literal, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** JSON's number grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, checked in one pass. */
    private static boolean isJsonNumber(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        if (i < n && text.charAt(i) == '0') {
            i++;
        } else {
            int digits = digitsFrom(text, i);
            if (digits == 0) {
                return false;
            }
            i += digits;
        }
        if (i < n && text.charAt(i) == '.') {
            int digits = digitsFrom(text, i + 1);
            if (digits == 0) {
                return false;
            }
            i += 1 + digits;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int digits = digitsFrom(text, i);
            if (digits == 0) {
                return false;
            }
            i += digits;
        }
        return i == n;
    }

    private static int digitsFrom(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static boolean isDigits(String text, int from, int to) {
        return digitsFrom(text, from) >= to - from;
    }
}
