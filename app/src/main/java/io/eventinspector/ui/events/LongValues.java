package io.eventinspector.ui.events;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

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
    private static final Map<String, String> NOTES = Collections.synchronizedMap(new WeakHashMap<>());

    private LongValues() {
    }

    public static boolean isLongString(JsonNode node) {
        return node.isTextual() && node.textValue().length() > LONG_STRING;
    }

    public static boolean hasManyMembers(JsonNode node) {
        return node.isContainerNode() && node.size() > MANY_MEMBERS;
    }

    /** The start of a long string, JSON-escaped, with its opening quote and an ellipsis: {@code "hERJB0K…}. */
    public static String preview(String value) {
        int end = Character.isHighSurrogate(value.charAt(PREVIEW - 1)) ? PREVIEW - 1 : PREVIEW;
        return "\"" + escape(value.substring(0, end)) + "…";
    }

    /**
     * What a cut string is: {@code  (1.0 MB, base64)}; with a leading space, to follow the preview. Reading a
     * long string takes milliseconds, so each one is read once, by the background layout, and the tree's labels,
     * made on the UI thread, find it here (a string caches its hash; a weak key goes with the event's tree).
     */
    public static String note(String value) {
        return NOTES.computeIfAbsent(value,
                read -> " (" + Sizes.format(Sizes.utf8Length(read)) + (isBase64(read) ? ", base64" : "") + ")");
    }

    /** What a cut array or object holds: {@code  50,000 items } or {@code  312 fields }. */
    public static String members(JsonNode node) {
        return String.format(Locale.ROOT, " %,d %s ", node.size(), node.isArray() ? "items" : "fields");
    }

    /** The text of a string value inside JSON quotes (without them). */
    public static String escape(String value) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(value));
    }

    private static boolean isBase64(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean base64 = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '+' || c == '/' || c == '=' || c == '-' || c == '_';
            if (!base64) {
                return false;
            }
        }
        return true;
    }
}
