package io.eventinspector.event;

import java.util.List;

/**
 * A place in an event's {@code data}: the names below it, outermost first ({@code data.key.remoteJid} is
 * {@code [key, remoteJid]}). A name is any non-empty text; names of other characters than letters, digits,
 * {@code _} and {@code -} are written in quotes ({@code data."@type"}). A name of digits only also addresses that
 * element of an array.
 */
public record FieldPath(List<String> names) {
    public static final String ROOT = "data";

    public FieldPath {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a field path names at least one field below data");
        }
        for (String name : names) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a field name is never empty");
            }
        }
    }

    public static FieldPath of(String... names) {
        return new FieldPath(List.of(names));
    }

    /** True when {@code name} can be written without quotes: letters, digits, {@code _} and {@code -} only. */
    public static boolean isPlainName(CharSequence name) {
        if (name.length() == 0) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isNameCharacter(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    /** {@code data.key.remoteJid}, {@code data."@type"}: as a filter expression writes it. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(ROOT);
        for (String name : names) {
            out.append('.');
            if (isPlainName(name)) {
                out.append(name);
            } else {
                FilterWriter.quote(name, false, out);
            }
        }
        return out.toString();
    }
}
