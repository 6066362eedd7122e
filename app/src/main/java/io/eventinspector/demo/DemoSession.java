package io.eventinspector.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * One simulated gateway session while demo data is generated: its own number, its contacts and groups, recent
 * messages a reaction can point at, the receipts still open to later messages of their chat, and the lifecycle
 * events (connect, QR, sync) it must emit next. Every collection is bounded, so memory does not grow with the
 * event count: recent messages are capped, receipts leave when emitted.
 */
final class DemoSession {
    private static final int CONTACTS = 40;
    private static final int GROUPS = 3;
    private static final int RECENT = 64;

    /** A message a receipt or reaction can refer to; {@code peer} is the contact (in a group, a participant). */
    record Message(String id, String chatId, String peer, boolean voiceNote) {
        boolean inGroup() {
            return chatId.endsWith("@g.us");
        }
    }

    final String id;
    final String phone;
    final String pushName;
    final List<String> contacts = new ArrayList<>(CONTACTS);
    final List<String> contactNames = new ArrayList<>(CONTACTS);
    final List<String> groups = new ArrayList<>(GROUPS);
    final List<String> groupSubjects = new ArrayList<>(GROUPS);
    private final Deque<Message> recent = new ArrayDeque<>(RECENT);
    private final DemoReceiptQueue receipts;
    private final Map<DemoReceipt.Key, DemoReceipt> openReceipts = new HashMap<>();
    /** Receipts that came due while this session was in an outage. */
    private List<DemoReceipt> held = new ArrayList<>();
    /** Until when a contact's phone is offline (epoch millis): its deliveries wait until it is back. */
    private final Map<String, Long> offlineUntil = new HashMap<>();
    private final Deque<String> script = new ArrayDeque<>();
    private Message lastSent;
    int qrAttempt;
    int connectAttempt;

    DemoSession(String id, RandomGenerator random, DemoReceiptQueue receipts) {
        this.id = id;
        this.receipts = receipts;
        this.phone = DemoVocabulary.phoneNumber(random);
        this.pushName = "Shop " + DemoVocabulary.personName(random).split(" ")[1];
        for (int i = 0; i < CONTACTS; i++) {
            contacts.add(jid(DemoVocabulary.phoneNumber(random)));
            contactNames.add(DemoVocabulary.personName(random));
        }
        for (int i = 0; i < GROUPS; i++) {
            groups.add("120363" + DemoVocabulary.digits(random, 12) + "@g.us");
            groupSubjects.add(DemoVocabulary.groupSubject(random));
        }
        plan("connection.connecting", "session.qr", "qr.code", "session.qr_scanned", "session.authenticated",
                "connection.open", "session.connected", "sync.progress", "sync.progress", "sync.progress");
    }

    static String jid(String phone) {
        return phone + "@s.whatsapp.net";
    }

    String ownJid() {
        return jid(phone);
    }

    /** Queues lifecycle events this session emits before anything else. */
    void plan(String... types) {
        script.addAll(List.of(types));
    }

    String nextPlanned() {
        return script.poll();
    }

    boolean hasPlan() {
        return !script.isEmpty();
    }

    void received(Message message) {
        remember(recent, message, RECENT);
    }

    void sent(Message message) {
        remember(recent, message, RECENT);
        lastSent = message;
    }

    /** The last message this session sent, or null: the chat a follow-up message goes to. */
    Message lastSent() {
        return lastSent;
    }

    /**
     * Queues a receipt of {@code type} from {@code from} for one message, due at {@code due}; an open one takes
     * later messages of the same chat from the same recipient. Null when the queue is full.
     */
    DemoReceipt schedule(String type, Message message, String from, long due, boolean open) {
        var receipt = new DemoReceipt(this, new DemoReceipt.Key(type, message.chatId(), from), List.of(message.id()),
                due, receipts.nextSequence(), null);
        if (!receipts.add(receipt)) {
            return null;
        }
        if (open) {
            receipt.open = true;
            openReceipts.put(receipt.key, receipt);
        }
        return receipt;
    }

    /** Queues a gateway's second delivery of {@code receipt}, with the same data, due at {@code due}. */
    void resend(DemoReceipt receipt, String data, long due) {
        receipts.add(new DemoReceipt(this, receipt.key, receipt.messageIds, due, receipts.nextSequence(), data));
    }

    /** The open receipt of this kind from this recipient in the message's chat, or null. */
    DemoReceipt openReceipt(String type, Message message, String from) {
        return openReceipts.get(new DemoReceipt.Key(type, message.chatId(), from));
    }

    /** Adds a message to an open receipt; a full one takes no more. */
    void join(DemoReceipt receipt, Message message) {
        receipt.messageIds.add(message.id());
        if (receipt.isFull()) {
            close(receipt);
        }
    }

    /** No later message joins the receipt: it is full or on its way. */
    void close(DemoReceipt receipt) {
        if (receipt.open) {
            receipt.open = false;
            openReceipts.remove(receipt.key, receipt);
        }
    }

    /** Between a disconnect (or expiry) and the end of the reconnect it planned: no receipt gets through. */
    boolean inOutage() {
        return hasPlan();
    }

    void hold(DemoReceipt receipt) {
        held.add(receipt);
    }

    List<DemoReceipt> releaseHeld() {
        List<DemoReceipt> released = held;
        held = new ArrayList<>();
        return released;
    }

    long offlineUntil(String contact) {
        return offlineUntil.getOrDefault(contact, Long.MIN_VALUE);
    }

    void offline(String contact, long until) {
        offlineUntil.put(contact, until);
    }

    boolean hasRecent() {
        return !recent.isEmpty();
    }

    /** A recent message, newer ones more likely. */
    Message recentMessage(RandomGenerator random) {
        int skip = Math.min(recent.size() - 1, random.nextInt(8));
        var newestFirst = recent.descendingIterator();
        for (int i = 0; i < skip; i++) {
            newestFirst.next();
        }
        return newestFirst.next();
    }

    private static void remember(Deque<Message> queue, Message message, int capacity) {
        if (queue.size() == capacity) {
            queue.poll();
        }
        queue.add(message);
    }
}
