package io.eventinspector.event;

import java.util.regex.Pattern;

/** Field rules shared by every way an event or a filter comes in (file, HTTP request, UI). */
public final class Validation {
    public static final int MAX_ID_LENGTH = 255;
    public static final int MAX_TYPE_LENGTH = 50;
    public static final int MAX_SESSION_ID_LENGTH = 255;
    private static final Pattern TYPE_PATTERN = Pattern.compile("[a-z0-9_.-]+");
    private static final int QUOTE_LIMIT = 80;

    private Validation() {
    }

    public static String id(String field, String id) {
        return bounded(field, id, MAX_ID_LENGTH);
    }

    public static String sessionId(String field, String sessionId) {
        return bounded(field, sessionId, MAX_SESSION_ID_LENGTH);
    }

    public static String type(String field, String type) {
        bounded(field, type, MAX_TYPE_LENGTH);
        if (!TYPE_PATTERN.matcher(type).matches()) {
            throw new ValidationException(field, "invalid " + field + " " + quote(type)
                    + ": only lowercase letters, digits and _ . - are allowed");
        }
        return type;
    }

    private static String bounded(String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            throw new ValidationException(field, field + " is required");
        }
        if (value.length() > max) {
            throw new ValidationException(field, field + " is " + value.length() + " characters long, at most "
                    + max + " allowed: " + quote(value));
        }
        return value;
    }

    /** Quotes a user's value for an error message, shortened so a huge value cannot flood a log or a terminal. */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > QUOTE_LIMIT ? value.substring(0, QUOTE_LIMIT) + "…" : value;
        return '"' + shown.replace("\"", "\\\"") + '"';
    }
}
