package io.eventinspector.ui.events;

import java.util.ArrayList;
import java.util.List;

/** A piece of pretty-printed JSON and what it is, so the view can colour it. */
public record JsonToken(Kind kind, String text) {
    public enum Kind { KEY, STRING, NUMBER, LITERAL, PUNCTUATION, WHITESPACE }

    /** Splits pretty-printed JSON into tokens; the concatenated texts give back the input exactly. */
    public static List<JsonToken> tokenize(String json) {
        List<JsonToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            int end;
            Kind kind;
            if (c == '"') {
                end = stringEnd(json, i);
                int after = end;
                while (after < json.length() && json.charAt(after) == ' ') {
                    after++;
                }
                kind = after < json.length() && json.charAt(after) == ':' ? Kind.KEY : Kind.STRING;
            } else if (Character.isWhitespace(c)) {
                end = i;
                while (end < json.length() && Character.isWhitespace(json.charAt(end))) {
                    end++;
                }
                kind = Kind.WHITESPACE;
            } else if (c == '-' || Character.isDigit(c)) {
                end = i + 1;
                while (end < json.length() && "0123456789.eE+-".indexOf(json.charAt(end)) >= 0) {
                    end++;
                }
                kind = Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                end = i;
                while (end < json.length() && Character.isLetter(json.charAt(end))) {
                    end++;
                }
                kind = Kind.LITERAL;
            } else {
                end = i + 1;
                kind = Kind.PUNCTUATION;
            }
            tokens.add(new JsonToken(kind, json.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    private static int stringEnd(String json, int start) {
        int i = start + 1;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return json.length();
    }
}
