package io.eventinspector.event;

import java.util.List;

/**
 * The event types the gateway is known to emit, for suggestions and colours. Unknown but well-formed types are
 * still accepted everywhere.
 */
public final class EventType {
    public static final List<String> KNOWN = List.of(
            "message.received", "message.sent", "message.delivered", "message.read", "message.played", "message.failed",
            "message.reaction",
            "presence.update",
            "session.connected", "session.disconnected", "session.qr", "session.qr_scanned",
            "session.authenticated", "session.expired",
            "connection.connecting", "connection.open", "connection.closed", "connection.error",
            "qr.code",
            "sync.progress",
            "group.joined", "group.left",
            "contact.update");

    private EventType() {
    }

    /** The family a type belongs to, for colouring: message, presence, session, group, contact or other. */
    public static Family family(String type) {
        int dot = type.indexOf('.');
        String prefix = dot < 0 ? type : type.substring(0, dot);
        return switch (prefix) {
            case "message" -> Family.MESSAGE;
            case "presence" -> Family.PRESENCE;
            case "session", "connection", "qr", "sync" -> Family.SESSION;
            case "group" -> Family.GROUP;
            case "contact" -> Family.CONTACT;
            default -> Family.OTHER;
        };
    }

    public enum Family { MESSAGE, PRESENCE, SESSION, GROUP, CONTACT, OTHER }
}
