package io.eventinspector.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A receipt a demo session will emit once it is due: its type, the messages it acknowledges (one receipt can
 * cover several messages of the same chat, as WhatsApp acknowledges batches), who sends it and when. While
 * {@link #open}, later messages of the same chat to the same recipient may join it. Ordered by when it is due,
 * then by when it was queued.
 */
final class DemoReceipt implements Comparable<DemoReceipt> {
    /** The most messages one receipt acknowledges. */
    static final int MAX_MESSAGES = 5;

    /** What later messages look up to join a receipt: the same kind of receipt from the same recipient in a chat. */
    record Key(String type, String chatId, String from) {
    }

    final DemoSession session;
    final Key key;
    final List<String> messageIds = new ArrayList<>(2);
    final long due;
    final long sequence;
    /** A gateway's second delivery of a receipt already emitted: its exact data; null for a first delivery. */
    final String resentData;
    boolean open;

    DemoReceipt(DemoSession session, Key key, List<String> messageIds, long due, long sequence, String resentData) {
        this.session = session;
        this.key = key;
        this.messageIds.addAll(messageIds);
        this.due = due;
        this.sequence = sequence;
        this.resentData = resentData;
    }

    String type() {
        return key.type();
    }

    /** The status word the payload carries: {@code delivered} for {@code message.delivered}. */
    String status() {
        return key.type().substring(key.type().indexOf('.') + 1);
    }

    boolean isFull() {
        return messageIds.size() >= MAX_MESSAGES;
    }

    @Override
    public int compareTo(DemoReceipt other) {
        int byDue = Long.compare(due, other.due);
        return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
    }
}
