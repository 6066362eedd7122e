package io.eventinspector.demo;

import java.util.PriorityQueue;

/**
 * The receipts every demo session will emit, the one due first at the head. One queue for all sessions, so a
 * receipt comes as soon as it is due however rarely its own session is busy; a session in an outage (between a
 * disconnect and its reconnect) holds its receipts back until it is connected again. At most {@value #CAPACITY}
 * wait: memory does not grow with the event count (a message sent while the queue is full gets no receipt).
 */
final class DemoReceiptQueue {
    static final int CAPACITY = 200_000;

    private final PriorityQueue<DemoReceipt> receipts = new PriorityQueue<>();
    private long sequence;
    private int held;

    /** Queues a receipt; false when the queue is full. */
    boolean add(DemoReceipt receipt) {
        if (receipts.size() + held >= CAPACITY) {
            return false;
        }
        receipts.add(receipt);
        return true;
    }

    long nextSequence() {
        return sequence++;
    }

    /**
     * The receipt due first at {@code now} of a connected session, taken out of the queue; null when none is due.
     * Due receipts of sessions in an outage move to those sessions until {@link #reconnected}.
     */
    DemoReceipt takeDue(long now) {
        DemoReceipt first;
        while ((first = receipts.peek()) != null && first.due <= now) {
            receipts.poll();
            first.session.close(first);
            if (!first.session.inOutage()) {
                return first;
            }
            first.session.hold(first);
            held++;
        }
        return null;
    }

    /** The session is connected again: the receipts it held back are due at once, in their order. */
    void reconnected(DemoSession session) {
        for (DemoReceipt receipt : session.releaseHeld()) {
            receipts.add(receipt);
            held--;
        }
    }
}
