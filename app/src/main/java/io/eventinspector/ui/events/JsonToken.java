package io.eventinspector.ui.events;

import java.util.Locale;

/** A piece of one line of JSON and what it is, so the view can colour it. */
public record JsonToken(Kind kind, String text) {
    /** {@code FOLDED}: the size note of a cut value; {@code PLAIN}: text that is not JSON (request headers). */
    public enum Kind {
        KEY, STRING, NUMBER, LITERAL, PUNCTUATION, WHITESPACE, FOLDED, PLAIN;

        /** {@code json-key}, {@code json-string}, …: the style class {@code styles/app.css} colours it by. */
        public String styleClass() {
            return "json-" + name().toLowerCase(Locale.ROOT);
        }
    }
}
