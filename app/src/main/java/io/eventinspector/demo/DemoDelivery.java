package io.eventinspector.demo;

import io.eventinspector.demo.DemoSession.Message;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The demo's delivery model: what becomes of each message a session sends (delivered, read, played, failed or
 * never acknowledged), when each receipt comes and from whom, which receipts cover several messages, and the
 * faults a gateway adds (receipts out of order, sent twice, or for messages not in the store). The rates it
 * makes are in {@link DemoDataGenerator}'s table; every probability and delay is a constant here.
 */
final class DemoDelivery {
    static final String DELIVERED = "message.delivered";
    static final String READ = "message.read";
    static final String PLAYED = "message.played";
    static final String FAILED = "message.failed";

    /** Share of sent messages that go to the chat of the session's previous one (agents write in bursts). */
    static final double FOLLOW_UP = 0.45;
    static final double FAILS = 0.04;
    /** Share of sent messages no receipt ever comes for (they get stuck). */
    static final double NEVER_ACKNOWLEDGED = 0.012;
    /** Chance a recipient's phone is offline when a message reaches it: every delivery waits until it is back. */
    static final double RECIPIENT_OFFLINE = 0.05;
    static final double READ_IN_DIRECT_CHAT = 0.75;
    static final double READ_IN_GROUP = 0.60;
    /** Chance a voice note that was read is also played. */
    static final double VOICE_NOTE_PLAYED = 0.80;
    /** Share of read direct messages whose delivered receipt the gateway emits after the read one. */
    static final double DELIVERED_AFTER_READ = 0.02;
    /** Chance the gateway emits a delivered or read receipt a second time (a retried webhook). */
    static final double RESENT = 0.01;
    /** Chance a receipt slot carries a receipt for a message sent before the generated range. */
    static final double ORPHAN_RECEIPT = 0.004;
    /** Chance a reaction is to a message sent before the generated range. */
    static final double ORPHAN_REACTION = 0.03;

    private static final Delay DELIVERY = new Delay(Duration.ofMillis(2_500), 1.0, Duration.ofMillis(300),
            Duration.ofMinutes(3));
    private static final Delay OFFLINE = new Delay(Duration.ofMinutes(10), 1.2, Duration.ofMinutes(1),
            Duration.ofHours(8));
    private static final Delay READING = new Delay(Duration.ofMinutes(6), 1.8, Duration.ofSeconds(2),
            Duration.ofDays(2));
    private static final Delay PLAYING = new Delay(Duration.ofSeconds(20), 1.0, Duration.ofSeconds(1),
            Duration.ofHours(1));
    private static final Delay FAILING = new Delay(Duration.ofSeconds(10), 1.5, Duration.ofSeconds(1),
            Duration.ofMinutes(30));
    private static final Delay RESENDING = new Delay(Duration.ofSeconds(15), 1.2, Duration.ofSeconds(1),
            Duration.ofMinutes(10));

    private DemoDelivery() {
    }

    /** Plans the receipts of a message the session just sent at {@code sentAt} (epoch millis). */
    static void sent(DemoSession session, Message message, long sentAt, RandomGenerator random) {
        double fate = random.nextDouble();
        if (fate < FAILS) {
            session.schedule(FAILED, message, message.peer(), sentAt + FAILING.draw(random), false);
            return;
        }
        if (fate < FAILS + NEVER_ACKNOWLEDGED) {
            return;
        }
        if (!message.inGroup()) {
            boolean deliveredAfterRead = random.nextDouble() < DELIVERED_AFTER_READ;
            acknowledge(session, message, message.peer(), sentAt, READ_IN_DIRECT_CHAT, deliveredAfterRead, random);
            return;
        }
        for (String participant : participants(session, message.peer(), random)) {
            acknowledge(session, message, participant, sentAt, READ_IN_GROUP, false, random);
        }
    }

    /**
     * The receipt emitted in an outgoing slot of {@code session} at {@code now}: now and then one of that session
     * for a message older than the range, else the one due first of any connected session; null when none is due
     * (the slot then sends a message).
     */
    static DemoReceipt due(DemoReceiptQueue receipts, DemoSession session, long now, RandomGenerator random) {
        if (random.nextDouble() < ORPHAN_RECEIPT) {
            String contact = DemoVocabulary.pick(random, session.contacts);
            String type = random.nextInt(10) < 7 ? READ : DELIVERED;
            var key = new DemoReceipt.Key(type, contact, contact);
            return new DemoReceipt(session, key, List.of(DemoVocabulary.messageId(random, true)), now, -1, null);
        }
        return receipts.takeDue(now);
    }

    /** After a receipt was emitted with {@code data}: now and then the gateway sends it again, a little later. */
    static void emitted(DemoSession session, DemoReceipt receipt, String data, long now, RandomGenerator random) {
        boolean resendable = receipt.resentData == null
                && (receipt.type().equals(DELIVERED) || receipt.type().equals(READ));
        if (resendable && random.nextDouble() < RESENT) {
            session.resend(receipt, data, now + RESENDING.draw(random));
        }
    }

    /** A message a reaction points at: now and then one sent before the range (not in the store). */
    static Message reactionTarget(DemoSession session, RandomGenerator random) {
        if (random.nextDouble() < ORPHAN_REACTION) {
            String contact = DemoVocabulary.pick(random, session.contacts);
            return new Message(DemoVocabulary.messageId(random, random.nextBoolean()), contact, contact, false);
        }
        return session.recentMessage(random);
    }

    /** The receipts of one recipient: delivered, maybe read, and for a voice note maybe played. */
    private static void acknowledge(DemoSession session, Message message, String recipient, long sentAt,
                                    double readChance, boolean deliveredAfterRead, RandomGenerator random) {
        long arrives = arrival(session, recipient, sentAt, random);
        boolean read = random.nextDouble() < readChance;
        long readAt;
        if (read && deliveredAfterRead) {
            readAt = receipt(session, READ, message, recipient, arrives + READING.draw(random), arrives);
            long late = Duration.ofSeconds(1 + random.nextInt(60)).toMillis();
            session.schedule(DELIVERED, message, recipient, readAt + late, false);
        } else {
            long delivered = receipt(session, DELIVERED, message, recipient, arrives, sentAt);
            readAt = read ? receipt(session, READ, message, recipient, delivered + READING.draw(random), delivered)
                    : 0;
        }
        if (read && message.voiceNote() && random.nextDouble() < VOICE_NOTE_PLAYED) {
            session.schedule(PLAYED, message, recipient, readAt + PLAYING.draw(random), false);
        }
    }

    /**
     * When the message reaches the recipient's phone: seconds later, or when an offline phone is back (then
     * every message sent to it meanwhile arrives together).
     */
    private static long arrival(DemoSession session, String recipient, long sentAt, RandomGenerator random) {
        long back = session.offlineUntil(recipient);
        if (back <= sentAt && random.nextDouble() < RECIPIENT_OFFLINE) {
            back = sentAt + OFFLINE.draw(random);
            session.offline(recipient, back);
        }
        return back > sentAt ? back + random.nextInt(2_000) : sentAt + DELIVERY.draw(random);
    }

    /**
     * Adds the message to the open receipt of this kind from this recipient when that comes after {@code after},
     * else queues a new one due at {@code due}; returns when the message's receipt comes.
     */
    private static long receipt(DemoSession session, String type, Message message, String recipient, long due,
                                long after) {
        DemoReceipt open = session.openReceipt(type, message, recipient);
        if (open != null && open.due > after) {
            session.join(open, message);
            return open.due;
        }
        session.schedule(type, message, recipient, due, true);
        return due;
    }

    /** Two or three members of a group that acknowledge a message: the message's peer and one or two others. */
    private static List<String> participants(DemoSession session, String peer, RandomGenerator random) {
        List<String> contacts = session.contacts;
        int size = contacts.size();
        int first = contacts.indexOf(peer);
        // Distinct offsets from the peer, so no one acknowledges twice.
        int second = 1 + random.nextInt(size - 1);
        if (random.nextBoolean()) {
            return List.of(peer, contacts.get((first + second) % size));
        }
        int third = 1 + random.nextInt(size - 2);
        third = third >= second ? third + 1 : third;
        return List.of(peer, contacts.get((first + second) % size), contacts.get((first + third) % size));
    }

    /** A log-normal delay (median, spread as the log's standard deviation), kept between a floor and a cap. */
    private record Delay(Duration median, double sigma, Duration floor, Duration cap) {
        long draw(RandomGenerator random) {
            double millis = median.toMillis() * Math.exp(sigma * random.nextGaussian());
            return Math.max(floor.toMillis(), Math.min(cap.toMillis(), Math.round(millis)));
        }
    }
}
