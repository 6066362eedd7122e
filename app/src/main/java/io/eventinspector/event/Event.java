package io.eventinspector.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One gateway event. {@code dataJson} is the payload as compact JSON text (any JSON value), kept as text so
 * that it travels from the database to the wire without being parsed again; {@code timestamp} has millisecond
 * precision.
 */
public record Event(String id, String type, String sessionId, String dataJson, Instant timestamp) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(dataJson, "dataJson");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** The position of this event in the store's newest-first order. */
    public Cursor position() {
        return new Cursor(timestamp, id);
    }
}
