package io.eventinspector.ui.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The text a JSON view reads its values from: one string, or an event's wire form made of its small envelope
 * around its stored data, which is not copied (a 10 MB payload stays the one string the event holds). Values are
 * read from any offset in it, so a folded one is read only when it is opened.
 */
final class JsonText implements CharSequence {
    private final String head;
    private final String body;
    private final String tail;

    private JsonText(String head, String body, String tail) {
        this.head = head;
        this.body = body;
        this.tail = tail;
    }

    static JsonText of(String json) {
        return new JsonText("", json, "");
    }

    /** Exactly {@code EventJson.toJson(event)}, with the event's data where its envelope has it. */
    static JsonText wireForm(Event event) {
        String envelope = EventJson.toJson(new Event(event.id(), event.type(), event.sessionId(), "null",
                event.timestamp(), event.timestampUnreadable()));
        int data = dataOffset(envelope);
        return new JsonText(envelope.substring(0, data), event.dataJson(), envelope.substring(data + "null".length()));
    }

    /** Where the envelope's {@code "data"} value starts, found by reading it rather than searching its text. */
    private static int dataOffset(String envelope) {
        try (JsonParser parser = EventJson.mapper().getFactory().createParser(envelope)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean data = "data".equals(parser.currentName());
                parser.nextToken();
                if (data) {
                    return (int) parser.currentTokenLocation().getCharOffset();
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an envelope written by EventJson is JSON", e);
        }
        throw new IllegalStateException("EventJson wrote an envelope without data");
    }

    /**
     * Whether {@code start} to {@code end} is all of the stored data but whitespace: in a wire form, data such as
     * {@code 1,"x":2} would otherwise read as part of the envelope.
     */
    boolean isWholeBody(int start, int end) {
        int bodyEnd = head.length() + body.length();
        return start >= head.length() && end <= bodyEnd && body.substring(0, start - head.length()).isBlank()
                && body.substring(end - head.length()).isBlank();
    }

    @Override
    public int length() {
        return head.length() + body.length() + tail.length();
    }

    @Override
    public char charAt(int index) {
        if (index < head.length()) {
            return head.charAt(index);
        }
        int inBody = index - head.length();
        return inBody < body.length() ? body.charAt(inBody) : tail.charAt(inBody - body.length());
    }

    /** The text from {@code start} to {@code end}; within the stored data, a substring of it. */
    String slice(int start, int end) {
        int bodyStart = head.length();
        int bodyEnd = bodyStart + body.length();
        if (start >= bodyStart && end <= bodyEnd) {
            return body.substring(start - bodyStart, end - bodyStart);
        }
        StringBuilder slice = new StringBuilder(end - start);
        appendClipped(slice, head, 0, start, end);
        appendClipped(slice, body, bodyStart, start, end);
        appendClipped(slice, tail, bodyEnd, start, end);
        return slice.toString();
    }

    private static void appendClipped(StringBuilder to, String part, int partStart, int start, int end) {
        int from = Math.max(start, partStart);
        int upTo = Math.min(end, partStart + part.length());
        if (from < upTo) {
            to.append(part, from - partStart, upTo - partStart);
        }
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return slice(start, end);
    }

    @Override
    public String toString() {
        return slice(0, length());
    }

    /** Reads the text from {@code offset} on, copying from the parts straight into the reader's buffer. */
    Reader reader(int offset) {
        return new Reader() {
            private int at = offset;

            @Override
            public int read(char[] buffer, int into, int most) {
                if (at >= length()) {
                    return -1;
                }
                String part;
                int partStart;
                if (at < head.length()) {
                    part = head;
                    partStart = 0;
                } else if (at < head.length() + body.length()) {
                    part = body;
                    partStart = head.length();
                } else {
                    part = tail;
                    partStart = head.length() + body.length();
                }
                int count = Math.min(most, partStart + part.length() - at);
                part.getChars(at - partStart, at - partStart + count, buffer, into);
                at += count;
                return count;
            }

            @Override
            public void close() {
                // Nothing to release: the parts are strings.
            }
        };
    }
}
