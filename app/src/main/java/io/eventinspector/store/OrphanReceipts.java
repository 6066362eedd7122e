package io.eventinspector.store;

import java.time.Instant;

/**
 * The receipts and reactions of one message whose message event is not in the store (cut by retention, or never
 * emitted): how many, when the first came, and the highest status type among them ({@code message.read}, or
 * {@code message.reaction} when only reactions came).
 */
public record OrphanReceipts(String sessionId, String messageId, long events, Instant firstAt, String highestType) {
}
