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

    /** A message id to look up: bounded like the ids the message index keeps ({@link MessageIds#MAX_ID_LENGTH}). */
    public static String messageId(String field, String messageId) {
        return bounded(field, messageId, MessageIds.MAX_ID_LENGTH);
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

    /**
     * Quotes a user's value for an error message, shortened so a huge value cannot flood a log or a terminal,
     * with control characters escaped (ESC as backslash-u001b) so it cannot move the cursor, recolour or forge
     * lines.
     */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > QUOTE_LIMIT ? value.substring(0, QUOTE_LIMIT) + "…" : value;
        return '"' + printable(shown.replace("\"", "\\\"")) + '"';
    }

    /** The text with every control character (C0, DEL, C1) written as a backslash-u escape, for terminals and logs. */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
