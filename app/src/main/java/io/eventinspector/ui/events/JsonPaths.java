package io.eventinspector.ui.events;

/** JSON paths as "copy path" gives them: {@code $.data.message.body}, {@code $.items[0]}, {@code $['a b']}. */
final class JsonPaths {
    static final String ROOT = "$";

    private JsonPaths() {
    }

    static String field(String parent, String key) {
        return parent + (key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key : "['" + key.replace("'", "\\'") + "']");
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
