package io.eventinspector.ui.events;

/**
 * JSON string literals read where they stand in a text already checked by a JSON parser: where one ends, how long
 * it is decoded, and its start, without decoding a long one into a String (a folded 4 MB string is measured in
 * place and never copied).
 */
final class JsonStrings {
    private JsonStrings() {
    }

    /**
     * What one literal holds.
     *
     * @param end the offset just after its closing quote
     * @param length its length decoded, in chars
     * @param utf8Bytes its length decoded, in UTF-8 bytes
     * @param base64 whether all of it is base64 (or base64url) characters
     */
    record Measure(int end, int length, long utf8Bytes, boolean base64) {
    }

    /** Measures the literal whose opening quote is at {@code start}. */
    static Measure measure(CharSequence text, int start) {
        Cursor cursor = new Cursor(text, start);
        int length = 0;
        long bytes = 0;
        boolean base64 = true;
        boolean pendingHigh = false;
        while (cursor.next()) {
            char c = cursor.unit;
            boolean pairs = pendingHigh && Character.isLowSurrogate(c);
            // As Sizes.utf8Length counts: a surrogate pair is 4 bytes, a lone surrogate 3.
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : pairs ? 1 : 3;
            pendingHigh = !pairs && Character.isHighSurrogate(c);
            base64 &= LongValues.isBase64(c);
            length++;
        }
        return new Measure(cursor.at, length, bytes, base64);
    }

    /** The literal at {@code start} decoded, or its first {@code most} chars. */
    static String decode(CharSequence text, int start, int most) {
        Cursor cursor = new Cursor(text, start);
        StringBuilder decoded = new StringBuilder(most);
        while (decoded.length() < most && cursor.next()) {
            decoded.append(cursor.unit);
        }
        return decoded.toString();
    }

    /** Steps through a literal's chars, escapes decoded. */
    private static final class Cursor {
        private final CharSequence text;
        private int at;
        private char unit;

        Cursor(CharSequence text, int openingQuote) {
            this.text = text;
            this.at = openingQuote + 1;
        }

        /** Reads the next char into {@link #unit}; false at the closing quote, which it steps over. */
        boolean next() {
            char c = text.charAt(at++);
            if (c == '"') {
                return false;
            }
            if (c == '\\') {
                char escaped = text.charAt(at++);
                c = switch (escaped) {
                    case 'u' -> {
                        char code = (char) Integer.parseInt(text, at, at + 4, 16);
                        at += 4;
                        yield code;
                    }
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> escaped; // \" \\ \/
                };
            }
            unit = c;
            return true;
        }
    }
}
