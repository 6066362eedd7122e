package io.eventinspector.bench;

import io.eventinspector.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic gateway-like events for the search benchmark: 50 sessions, realistic message, receipt and
 * presence payloads with phone numbers and message ids, evenly spread over 30 days. The rare word is in one
 * message of {@value #RARE_EVERY}; the common word in about a quarter of message bodies; the absent word nowhere.
 */
final class SearchBenchData {
    static final String RARE_WORD = "Lieferung";
    static final String COMMON_WORD = "hello";
    static final String ABSENT_WORD = "xylophonequartz";
    static final int RARE_EVERY = 20_000;
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(30);

    private static final String[] VOCABULARY = ("please send the invoice today thanks order number tracking "
            + "where is my package can you call me back tomorrow morning payment failed card declined retry "
            + "support team ticket opened closed address changed delivery window confirm cancel refund status "
            + "update photo attached voice note location shared meeting at noon see you soon good night").split(" ");
    private static final String[] TYPES = {"message.received", "message.received", "message.received",
            "message.sent", "message.sent", "message.delivered", "message.delivered", "message.read",
            "presence.update", "presence.update"};

    private final int total;

    SearchBenchData(int total) {
        this.total = total;
    }

    int total() {
        return total;
    }

    /** Events {@code from} (inclusive) to {@code to} (exclusive) of the deterministic sequence. */
    List<Event> slice(int from, int to) {
        List<Event> events = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            events.add(event(i));
        }
        return events;
    }

    Event event(int i) {
        SplittableRandom random = new SplittableRandom(i * 7919L + 17);
        String type = i % RARE_EVERY == 7 ? "message.received" : TYPES[random.nextInt(TYPES.length)];
        String session = String.format("session-%02d", random.nextInt(50));
        String phone = "49151" + (10_000_000 + random.nextInt(89_999_999));
        String messageId = "wamid.HBgL" + Long.toHexString(random.nextLong()).toUpperCase();
        Instant timestamp = START.plusMillis(SPAN.toMillis() * i / total);
        String data = switch (type) {
            case "message.received", "message.sent" -> "{\"message\":{\"id\":\"" + messageId + "\",\"from\":\""
                    + phone + "@s.whatsapp.net\",\"body\":\"" + body(random, i) + "\",\"timestamp\":"
                    + timestamp.getEpochSecond() + "},\"pushName\":\"Kunde " + random.nextInt(1000) + "\"}";
            case "presence.update" -> "{\"jid\":\"" + phone + "@s.whatsapp.net\",\"presence\":\""
                    + (random.nextBoolean() ? "available" : "composing") + "\"}";
            default -> "{\"messageId\":\"" + messageId + "\",\"recipient\":\"" + phone
                    + "@s.whatsapp.net\",\"status\":\"" + type.substring(8) + "\"}";
        };
        return new Event(String.format("evt_%08d", i), type, session, data, timestamp);
    }

    private static String body(SplittableRandom random, int i) {
        StringBuilder body = new StringBuilder();
        if (i % RARE_EVERY == 7) {
            body.append("Ihre ").append(RARE_WORD).append(" kommt ");
        } else if (random.nextInt(4) == 0) {
            body.append(COMMON_WORD).append(' ');
        }
        int words = 3 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
            body.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(w == words - 1 ? "" : " ");
        }
        return body.toString();
    }
}
