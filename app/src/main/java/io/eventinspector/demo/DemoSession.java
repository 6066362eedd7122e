package io.eventinspector.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One simulated gateway session while demo data is generated: its own number, its contacts and groups, the
 * messages that still await a receipt, recent messages a reaction can point at, and the lifecycle events
 * (connect, QR, sync) it must emit next. Every collection is bounded, so memory does not grow with the event count.
 */
final class DemoSession {
    private static final int CONTACTS = 40;
    private static final int GROUPS = 3;
    private static final int RECENT = 64;
    private static final int AWAITING = 128;

    /** A message a receipt or reaction can refer to. */
    record Message(String id, String chatId, String peer) {
    }

    final String id;
    final String phone;
    final String pushName;
    final List<String> contacts = new ArrayList<>(CONTACTS);
    final List<String> contactNames = new ArrayList<>(CONTACTS);
    final List<String> groups = new ArrayList<>(GROUPS);
    final List<String> groupSubjects = new ArrayList<>(GROUPS);
    private final Deque<Message> recent = new ArrayDeque<>(RECENT);
    private final Deque<Message> awaitingDelivery = new ArrayDeque<>(AWAITING);
    private final Deque<Message> awaitingRead = new ArrayDeque<>(AWAITING);
    private final Deque<String> script = new ArrayDeque<>();
    int qrAttempt;
    int connectAttempt;

    DemoSession(String id, RandomGenerator random) {
        this.id = id;
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
        remember(awaitingDelivery, message, AWAITING);
    }

    Message takeUndelivered() {
        return awaitingDelivery.poll();
    }

    void delivered(Message message) {
        remember(awaitingRead, message, AWAITING);
    }

    Message takeUnread() {
        return awaitingRead.poll();
    }

    boolean hasUndelivered() {
        return !awaitingDelivery.isEmpty();
    }

    boolean hasUnread() {
        return !awaitingRead.isEmpty();
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
