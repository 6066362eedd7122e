package io.eventinspector.ui.events;

import com.fasterxml.jackson.databind.JsonNode;
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
 * @param value the JSON value it belongs to; null for plain lines
 * @param text the value's text (scalar), its bracket, its piece (expanded string) or its size note (folded)
 * @param comma whether a comma ends the line
 */
public record JsonLine(Shape shape, int depth, String key, String path, JsonNode value, String text,
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
                if (value.isTextual()) {
                    tokens.add(new JsonToken(Kind.STRING, LongValues.preview(value.textValue())));
                    tokens.add(new JsonToken(Kind.FOLDED, text));
                    tokens.add(new JsonToken(Kind.STRING, "\""));
                } else {
                    tokens.add(new JsonToken(Kind.PUNCTUATION, value.isArray() ? "[" : "{"));
                    tokens.add(new JsonToken(Kind.FOLDED, text));
                    tokens.add(new JsonToken(Kind.PUNCTUATION, value.isArray() ? "]" : "}"));
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
        return key.length() > LongValues.LONG_STRING ? key.substring(0, LongValues.PREVIEW) + "…" : key;
    }

    private Kind scalarKind() {
        if (value.isTextual()) {
            return Kind.STRING;
        }
        if (value.isNumber()) {
            return Kind.NUMBER;
        }
        return value.isContainerNode() ? Kind.PUNCTUATION : Kind.LITERAL;
    }
}
