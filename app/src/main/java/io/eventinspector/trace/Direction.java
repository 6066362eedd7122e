package io.eventinspector.trace;

import java.util.Locale;

/** Outgoing ({@code message.sent}: we sent it) or incoming ({@code message.received}). */
public enum Direction {
    OUTGOING, INCOMING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
