package io.eventinspector.ui.events;

import io.eventinspector.ui.events.JsonToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the JSON view. Lines are small and hold no text of their own beyond one piece, so a view of a
 * large expanded array costs a few dozen bytes per line; their coloured tokens are made when a line is drawn,
 * and no line is longer than about {@link FoldedJson#CHUNK} + {@link LongValues#LONG_STRING} characters.
 *
 * @param shape what the line shows
 * @param depth how deep it is nested (two spaces each)
 * @param key the object key it starts with, or null (array elements, closing brackets, plain lines)
 * @param path the JSON path of its value, for expanding, collapsing and copying; null for plain lines
 * @param value where the JSON value it belongs to lies in the text; null for plain lines
 * @param text the value's text (scalar), its bracket, its piece (expanded string) or its size note (folded)
 * @param comma whether a comma ends the line
 */
public record JsonLine(Shape shape, int depth, String key, String path, JsonSpan value, String text,
                       boolean comma) {
    public enum Shape {
        /** A whole scalar or an empty array/object. */
        VALUE,
        /** The opening line of an expanded array or object. */
        OPEN,
        /** Its closing bracket. */
        CLOSE,
        /** A long string or a large array/object shown cut, with its size. */
        FOLDED,
        /** One piece of an expanded long string, split so that no line is long. */
        STRING_PART,
        /** Text that is not JSON, such as a request's headers. */
        PLAIN
    }

    public static JsonLine plain(String text) {
        return new JsonLine(Shape.PLAIN, 0, null, null, null, text, false);
    }

    /** This line with or without the comma that separates its value from the next. */
    JsonLine withComma(boolean withComma) {
        return withComma == comma ? this : new JsonLine(shape, depth, key, path, value, text, withComma);
    }

    /** Whether this line's value can be expanded or collapsed. */
    public boolean foldable() {
        return shape == Shape.FOLDED || shape == Shape.OPEN || shape == Shape.CLOSE || shape == Shape.STRING_PART;
    }

    /** The coloured pieces of the line; their texts joined are {@link #text()} as shown. */
    public List<JsonToken> tokens() {
        List<JsonToken> tokens = new ArrayList<>(8);
        if (shape == Shape.PLAIN) {
            tokens.add(new JsonToken(Kind.PLAIN, text));
            return tokens;
        }
        if (depth > 0) {
            tokens.add(new JsonToken(Kind.WHITESPACE, "  ".repeat(depth)));
        }
        if (key != null) {
            tokens.add(new JsonToken(Kind.KEY, "\"" + LongValues.escape(shortKey()) + "\""));
            tokens.add(new JsonToken(Kind.PUNCTUATION, " : "));
        }
        switch (shape) {
            case VALUE -> tokens.add(new JsonToken(scalarKind(), text));
            case OPEN, CLOSE -> tokens.add(new JsonToken(Kind.PUNCTUATION, text));
            case STRING_PART -> tokens.add(new JsonToken(Kind.STRING, text));
            case FOLDED -> {
                if (value.kind() == JsonSpan.Kind.STRING) {
                    tokens.add(new JsonToken(Kind.STRING, LongValues.preview(value)));
                    tokens.add(new JsonToken(Kind.FOLDED, text));
                    tokens.add(new JsonToken(Kind.STRING, "\""));
                } else {
                    boolean array = value.kind() == JsonSpan.Kind.ARRAY;
                    tokens.add(new JsonToken(Kind.PUNCTUATION, array ? "[" : "{"));
                    tokens.add(new JsonToken(Kind.FOLDED, text));
                    tokens.add(new JsonToken(Kind.PUNCTUATION, array ? "]" : "}"));
                }
            }
            default -> throw new IllegalStateException("unexpected shape " + shape);
        }
        if (comma) {
            tokens.add(new JsonToken(Kind.PUNCTUATION, ","));
        }
        return tokens;
    }

    /** The line as shown, e.g. {@code   "thumb" : "hERJB0K… (1.0 MB, base64)",}. */
    public String shown() {
        StringBuilder line = new StringBuilder();
        tokens().forEach(token -> line.append(token.text()));
        return line.toString();
    }

    /** A key as long as a long string is cut like one; its path still names it in full. */
    private String shortKey() {
        if (key.length() <= LongValues.LONG_STRING) {
            return key;
        }
        // Never between the two halves of a character outside the BMP (an emoji): copied lines stay valid text.
        int end = Character.isHighSurrogate(key.charAt(LongValues.PREVIEW - 1)) ? LongValues.PREVIEW - 1
                : LongValues.PREVIEW;
        return key.substring(0, end) + "…";
    }

    private Kind scalarKind() {
        return switch (value.kind()) {
            case STRING -> Kind.STRING;
            case NUMBER -> Kind.NUMBER;
            case LITERAL -> Kind.LITERAL;
            case ARRAY, OBJECT -> Kind.PUNCTUATION;
        };
    }
}
