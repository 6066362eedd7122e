package io.eventinspector.ui.events;

import java.util.regex.Pattern;

/** JSON paths as "copy path" gives them: {@code $.data.message.body}, {@code $.items[0]}, {@code $['a b']}. */
final class JsonPaths {
    static final String ROOT = "$";
    /** Compiled once: a layout names every member it shows, 150,000 of them in an expanded large array. */
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    static String field(String parent, String key) {
        return parent + (PLAIN_KEY.matcher(key).matches() ? "." + key : "['" + key.replace("'", "\\'") + "']");
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
