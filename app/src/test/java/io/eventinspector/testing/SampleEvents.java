package io.eventinspector.testing;

import io.eventinspector.event.Event;
import io.eventinspector.store.EventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic gateway traffic for UI tests, screenshots and benchmarks: a few sessions exchanging messages with
 * their receipts, plus presence and connection events, one every {@code spacing}, newest at {@code end}.
 */
public final class SampleEvents {
    private static final String[] BODIES = {"Your refund has been approved", "Where is my order #4411?",
        "Thanks, received!", "Can you call me back?", "Invoice attached", "See you tomorrow 👋"};
    private static final String[] SESSIONS = {"wa_491511234567", "wa_491709876543", "wa_4930555000", "wa_4369911"};

    private SampleEvents() {
    }

    /** Appends {@code count} events in batches, deterministic for a given seed. */
    public static void fill(EventStore store, int count, Instant end, Duration spacing, long seed) {
        Random random = new Random(seed);
        List<Event> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(event(i, end.minus(spacing.multipliedBy(count - 1L - i)), random));
            if (batch.size() == 10_000) {
                store.append(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.append(batch);
        }
    }

    static Event event(int index, Instant time, Random random) {
        String session = SESSIONS[random.nextInt(SESSIONS.length)];
        String id = String.format("evt_%010d", index);
        String peer = "+4917" + (1_000_000 + random.nextInt(9_000_000));
        String own = "+49" + session.substring(3);
        int kind = random.nextInt(10);
        if (kind < 4) {
            String type = random.nextBoolean() ? "message.sent" : "message.received";
            boolean sent = type.equals("message.sent");
            return new Event(id, type, session, "{\"message_id\":\"msg_" + index + "\",\"from\":\""
                    + (sent ? own : peer) + "\",\"to\":\"" + (sent ? peer : own) + "\",\"body\":\""
                    + BODIES[random.nextInt(BODIES.length)] + "\",\"type\":\"text\"}", time);
        }
        if (kind < 7) {
            String type = random.nextBoolean() ? "message.delivered" : "message.read";
            return new Event(id, type, session, "{\"message_id\":\"msg_" + (index - 1) + "\",\"from\":\"" + own
                    + "\",\"to\":\"" + peer + "\",\"status\":\"" + type.substring(8) + "\"}", time);
        }
        if (kind < 9) {
            return new Event(id, "presence.update", session, "{\"jid\":\"" + peer
                    + "@s.whatsapp.net\",\"presence\":\"" + (random.nextBoolean() ? "available" : "composing")
                    + "\"}", time);
        }
        return new Event(id, random.nextBoolean() ? "connection.open" : "session.connected", session,
                "{\"state\":\"open\",\"device\":{\"platform\":\"android\",\"battery\":" + random.nextInt(100) + "}}",
                time);
    }
}
