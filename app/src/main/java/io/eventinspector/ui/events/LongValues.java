package io.eventinspector.ui.events;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Locale;

/**
 * When a value is too long to show whole, and how it is shown cut: a string longer than {@link #LONG_STRING}
 * characters as its first {@link #PREVIEW} characters with its full size ({@code "hERJB0K… (1.0 MB, base64)"}),
 * an array or object with more than {@link #MANY_MEMBERS} members as its size alone. Cut values cost the same to
 * show whatever their size; expanding one, or copying it, gives all of it.
 */
public final class LongValues {
    public static final int LONG_STRING = 300;
    public static final int PREVIEW = 24;
    public static final int MANY_MEMBERS = 200;

    private LongValues() {
    }

    /**
     * The start of a long string, JSON-escaped, with its opening quote and an ellipsis: {@code "hERJB0K…}. Reads
     * only those characters of the text, so a cell or a tree label draws it at once.
     */
    public static String preview(JsonSpan string) {
        String start = string.stringStart(PREVIEW);
        int end = Character.isHighSurrogate(start.charAt(PREVIEW - 1)) ? PREVIEW - 1 : PREVIEW;
        return "\"" + escape(start.substring(0, end)) + "…";
    }

    /** What a cut string is: {@code  (1.0 MB, base64)}; with a leading space, to follow the preview. */
    static String note(long utf8Bytes, boolean base64) {
        return " (" + Sizes.format(utf8Bytes) + (base64 ? ", base64" : "") + ")";
    }

    /** What a cut array or object holds: {@code  50,000 items } or {@code  312 fields }. */
    public static String members(JsonSpan container) {
        return String.format(Locale.ROOT, " %,d %s ", container.size(),
                container.kind() == JsonSpan.Kind.ARRAY ? "items" : "fields");
    }

    /** The text of a string value inside JSON quotes (without them). */
    public static String escape(String value) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(value));
    }

    /** Whether {@code c} is a base64 or base64url character (padding included). */
    static boolean isBase64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '+' || c == '/' || c == '=' || c == '-' || c == '_';
    }
}
