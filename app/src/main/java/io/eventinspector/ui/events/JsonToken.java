package io.eventinspector.ui.events;

/** A piece of one line of JSON and what it is, so the view can colour it. */
public record JsonToken(Kind kind, String text) {
    /** {@code FOLDED}: the size note of a cut value; {@code PLAIN}: text that is not JSON (request headers). */
    public enum Kind { KEY, STRING, NUMBER, LITERAL, PUNCTUATION, WHITESPACE, FOLDED, PLAIN }
}
