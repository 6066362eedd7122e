package io.eventinspector.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One gateway event. {@code dataJson} is the payload as compact JSON text (any JSON value), kept as text so
 * that it travels from the database to the wire without being parsed again; {@code timestamp} has millisecond
 * precision.
 *
 * <p>{@code timestampUnreadable} marks an event whose stored time could not be read (a gateway's own database
 * can hold NULL or text that is no time): its {@code timestamp} is then {@link #UNREADABLE_TIMESTAMP}, a
 * placeholder that keeps it last in newest-first order, and retention never deletes it.
 */
public record Event(String id, String type, String sessionId, String dataJson, Instant timestamp,
                    boolean timestampUnreadable) {
    /** The placeholder time of an event whose stored time could not be read. */
    public static final Instant UNREADABLE_TIMESTAMP = Instant.EPOCH;

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(dataJson, "dataJson");
        Objects.requireNonNull(timestamp, "timestamp");
        if (timestampUnreadable && !timestamp.equals(UNREADABLE_TIMESTAMP)) {
            throw new IllegalArgumentException("an unreadable timestamp stands at " + UNREADABLE_TIMESTAMP);
        }
    }

    /** An event with a readable time. */
    public Event(String id, String type, String sessionId, String dataJson, Instant timestamp) {
        this(id, type, sessionId, dataJson, timestamp, false);
    }

    /** An event whose stored time could not be read. */
    public static Event withUnreadableTimestamp(String id, String type, String sessionId, String dataJson) {
        return new Event(id, type, sessionId, dataJson, UNREADABLE_TIMESTAMP, true);
    }

    /** The position of this event in the store's newest-first order. */
    public Cursor position() {
        return new Cursor(timestamp, id);
    }
}
