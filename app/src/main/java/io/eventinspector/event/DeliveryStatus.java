package io.eventinspector.event;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a message stands on its way, from the event types the gateway emits: the message event itself
 * ({@code message.sent} outgoing, {@code message.received} incoming), then receipts. Ordered by rank, so the
 * highest status reached is the maximum whatever order the receipts arrived in; {@link #FAILED} outranks all.
 */
public enum DeliveryStatus {
    PENDING(0, null),
    RECEIVED(1, "message.received"),
    SENT(1, "message.sent"),
    DELIVERED(2, "message.delivered"),
    READ(3, "message.read"),
    PLAYED(4, "message.played"),
    FAILED(5, "message.failed");

    private final int rank;
    private final String type;

    DeliveryStatus(int rank, String type) {
        this.rank = rank;
        this.type = type;
    }

    /** The status an event of this type stands for; empty for types that carry none (reactions, others). */
    public static Optional<DeliveryStatus> ofType(String type) {
        for (DeliveryStatus status : values()) {
            if (type.equals(status.type)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The event type of this status; empty for {@link #PENDING}. */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    public int rank() {
        return rank;
    }

    /** A receipt: a status some later event reports about a message (delivered, read, played, failed). */
    public boolean isReceipt() {
        return rank >= DELIVERED.rank;
    }

    /** The name in JSON and on screen: {@code delivered}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
