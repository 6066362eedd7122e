package io.eventinspector.trace;

import io.eventinspector.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built events of two sessions in which every status and every anomaly happens once, with the figures they
 * must give. Session s1 from {@link #T0}: A read (its delivery receipt also covers B), C played, F failed, G sent to
 * a group and delivered to two participants, O delivered after read (out of order), D delivered twice
 * (duplicate), I incoming, X receipts without a message (orphan), W delivered after a disconnect, S stuck, AMBIGUOUS
 * sent in s1 (stuck, and waiting across the disconnect) and received in s2; session s2: P pending (its data ends at
 * exactly the threshold).
 */
public final class TraceScenario {
    public static final Instant T0 = Instant.parse("2026-02-03T10:00:00Z");
    public static final Duration STUCK_AFTER = Duration.ofMinutes(5);
    public static final String OWN = "4930111111@s.whatsapp.net";
    public static final String PEER = "4915122222@s.whatsapp.net";
    public static final String GROUP = "120363000000000001@g.us";
    public static final String P1 = "4915133333@s.whatsapp.net";
    public static final String P2 = "4915144444@s.whatsapp.net";

    public static final String A = "3EB0AAAAAAAAAAAA";
    public static final String B = "3EB0BBBBBBBBBBBB";
    public static final String C = "3EB0CCCCCCCCCCCC";
    public static final String F = "3EB0FFFFFFFFFFFF";
    public static final String G = "3EB0GGGGGGGGGGGG";
    public static final String O = "3EB0OOOOOOOOOOOO";
    public static final String D = "3EB0DDDDDDDDDDDD";
    public static final String I = "3EB0IIIIIIIIIIII";
    public static final String X = "3EB0XXXXXXXXXXXX";
    public static final String W = "3EB0WWWWWWWWWWWW";
    public static final String S = "3EB0SSSSSSSSSSSS";
    public static final String P = "3EB0PPPPPPPPPPPP";
    public static final String AMBIGUOUS = "3EB0MMMMMMMMMMMM";

    /** When the read receipt of A came: +10 h 57 m. */
    public static final long A_READ_MS = Duration.ofHours(10).plusMinutes(57).toMillis();
    /** When W was delivered, after the session's disconnect from +8 m 10 s to +20 m. */
    public static final long W_DELIVERED_MS = Duration.ofMinutes(21).toMillis();
    public static final Instant DISCONNECTED_FROM = T0.plus(Duration.ofMinutes(8).plusSeconds(10));
    public static final Instant DISCONNECTED_UNTIL = T0.plus(Duration.ofMinutes(20));
    /** The newest event of s1. */
    public static final Instant S1_NEWEST = T0.plus(Duration.ofHours(11));

    private TraceScenario() {
    }

    public static List<Event> events() {
        List<Event> events = new ArrayList<>();
        events.add(sent("e-a1", "s1", ms(0), A, PEER));
        events.add(sent("e-b1", "s1", ms(500), B, PEER));
        events.add(receipt("e-ab2", "message.delivered", "s1", ms(1_200), PEER, A, B));
        events.add(receipt("e-a3", "message.read", "s1", ms(A_READ_MS), PEER, A));

        events.add(sent("e-c1", "s1", min(1), C, PEER));
        events.add(receipt("e-c2", "message.delivered", "s1", min(1).plusSeconds(2), PEER, C));
        events.add(receipt("e-c3", "message.played", "s1", min(1).plusSeconds(30), PEER, C));

        events.add(sent("e-f1", "s1", min(2), F, PEER));
        events.add(event("e-f2", "message.failed", "s1", min(2).plusSeconds(9), "{\"message_ids\":[\"" + F
                + "\"],\"from\":\"" + PEER + "\",\"error\":{\"code\":463,\"reason\":\"recipient is not on WhatsApp\"}}"));

        events.add(sent("e-g1", "s1", min(3), G, GROUP));
        events.add(groupReceipt("e-g2", "message.delivered", min(3).plusSeconds(1), P1));
        events.add(groupReceipt("e-g3", "message.delivered", min(3).plusSeconds(5), P2));
        events.add(groupReceipt("e-g4", "message.read", min(3).plusSeconds(10), P1));

        events.add(sent("e-o1", "s1", min(4), O, PEER));
        events.add(receipt("e-o2", "message.read", "s1", min(4).plusSeconds(2), PEER, O));
        events.add(receipt("e-o3", "message.delivered", "s1", min(4).plusSeconds(3), PEER, O));

        events.add(sent("e-d1", "s1", min(5), D, PEER));
        events.add(receipt("e-d2", "message.delivered", "s1", min(5).plusSeconds(1), PEER, D));
        events.add(receipt("e-d3", "message.delivered", "s1", min(5).plusMillis(1_500), PEER, D));

        events.add(event("e-i1", "message.received", "s1", min(6), "{\"message_id\":\"" + I + "\",\"chat_id\":\""
                + PEER + "\",\"from\":\"" + PEER + "\",\"to\":\"" + OWN + "\",\"body\":\"Wo bleibt die Lieferung?\"}"));

        events.add(receipt("e-x1", "message.delivered", "s1", min(7), PEER, X));
        events.add(receipt("e-x2", "message.read", "s1", min(7).plusSeconds(5), PEER, X));

        events.add(sent("e-w1", "s1", min(8), W, PEER));
        events.add(event("e-w2", "connection.closed", "s1", DISCONNECTED_FROM, "{\"reason\":\"stream error\"}"));
        events.add(event("e-w3", "session.disconnected", "s1", DISCONNECTED_FROM.plusSeconds(1), "{}"));
        events.add(sent("e-m1", "s1", min(9), AMBIGUOUS, PEER));
        events.add(event("e-m2", "message.received", "s2", min(9).plusSeconds(1), "{\"message_id\":\"" + AMBIGUOUS
                + "\",\"chat_id\":\"" + OWN + "\",\"from\":\"" + OWN + "\"}"));
        events.add(event("e-w4", "connection.open", "s1", DISCONNECTED_UNTIL, "{}"));
        events.add(event("e-w5", "session.connected", "s1", DISCONNECTED_UNTIL.plusSeconds(1), "{}"));
        events.add(receipt("e-w6", "message.delivered", "s1", ms(W_DELIVERED_MS), PEER, W));

        events.add(sent("e-s1", "s1", min(30), S, PEER));
        events.add(event("e-z1", "presence.update", "s1", S1_NEWEST, "{\"jid\":\"" + PEER + "\"}"));

        events.add(sent("e-p1", "s2", min(60), P, PEER));
        events.add(event("e-p2", "presence.update", "s2", min(60).plus(STUCK_AFTER), "{\"jid\":\"" + PEER + "\"}"));
        return events;
    }

    public static Instant ms(long millis) {
        return T0.plusMillis(millis);
    }

    public static Instant min(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    public static Event sent(String id, String session, Instant at, String messageId, String chat) {
        return event(id, "message.sent", session, at, "{\"message_id\":\"" + messageId + "\",\"chat_id\":\"" + chat
                + "\",\"from\":\"" + OWN + "\",\"to\":\"" + chat + "\",\"body\":\"Ihre Bestellung ist unterwegs\"}");
    }

    public static Event receipt(String id, String type, String session, Instant at, String from, String... ids) {
        return event(id, type, session, at, "{\"message_ids\":[\"" + String.join("\",\"", ids) + "\"],\"from\":\""
                + from + "\",\"to\":\"" + OWN + "\"}");
    }

    private static Event groupReceipt(String id, String type, Instant at, String participant) {
        return event(id, type, "s1", at, "{\"message_ids\":[\"" + G + "\"],\"chat_id\":\"" + GROUP + "\",\"from\":\""
                + GROUP + "\",\"participant\":\"" + participant + "\",\"is_group\":true}");
    }

    public static Event event(String id, String type, String session, Instant at, String data) {
        return new Event(id, type, session, data, at);
    }
}
