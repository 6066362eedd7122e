package io.eventinspector.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import io.eventinspector.event.EventJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes the {@code data} of one demo event in the shape a WhatsApp gateway sends: messages, receipts and
 * reactions (in {@link DemoMessagePayloads}), presence, contacts, groups and the connect/QR/sync lifecycle of a
 * session. Keys come in a fixed order so the same seed gives byte-identical JSON.
 */
final class DemoPayloads {
    private static final List<String> PRESENCES = List.of("available", "unavailable", "composing", "recording",
            "paused");
    private static final String WS_ENDPOINT = "wss://web.whatsapp.com/ws/chat";

    private DemoPayloads() {
    }

    /**
     * The JSON data of an event of {@code type} (any but a receipt); a sent message also plans its receipts in the
     * session.
     */
    static String write(String type, DemoSession session, Instant time, RandomGenerator random) {
        return json(out -> {
            switch (type) {
                case "message.received" -> DemoMessagePayloads.message(out, session, time, random, false);
                case "message.sent" -> DemoMessagePayloads.message(out, session, time, random, true);
                case "message.reaction" -> DemoMessagePayloads.reaction(out, session, time, random);
                case "presence.update" -> presence(out, session, time, random);
                case "contact.update" -> contact(out, session, time, random);
                case "group.joined", "group.left" -> group(out, session, time, random, type.equals("group.joined"));
                default -> lifecycle(out, type, session, time, random);
            }
        });
    }

    /** The JSON data of a receipt the session emits now. */
    static String receipt(DemoReceipt receipt, DemoSession session, Instant time, RandomGenerator random) {
        return json(out -> DemoMessagePayloads.receipt(out, receipt, session, time, random));
    }

    private static String json(Fields fields) {
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator out = EventJson.mapper().getFactory().createGenerator(text)) {
            out.writeStartObject();
            fields.write(out);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Writes the fields of one payload object. */
    private interface Fields {
        void write(JsonGenerator out) throws IOException;
    }

    private static void presence(JsonGenerator out, DemoSession session, Instant time, RandomGenerator random)
            throws IOException {
        int contact = random.nextInt(session.contacts.size());
        String presence = DemoVocabulary.pick(random, PRESENCES);
        out.writeStringField("jid", session.contacts.get(contact));
        out.writeStringField("chat_id", session.contacts.get(contact));
        out.writeStringField("lid", DemoVocabulary.digits(random, 15) + "@lid");
        out.writeStringField("push_name", session.contactNames.get(contact));
        out.writeStringField("presence", presence);
        out.writeBooleanField("unavailable", presence.equals("unavailable"));
        out.writeStringField("media", presence.equals("recording") ? "audio" : "");
        out.writeStringField("device", DemoVocabulary.device(random));
        if (presence.equals("unavailable")) {
            out.writeNumberField("last_seen", time.getEpochSecond() - random.nextInt(3_600));
        } else {
            out.writeNullField("last_seen");
        }
        out.writeNumberField("timestamp", time.getEpochSecond());
    }

    private static void contact(JsonGenerator out, DemoSession session, Instant time, RandomGenerator random)
            throws IOException {
        int contact = random.nextInt(session.contacts.size());
        out.writeStringField("jid", session.contacts.get(contact));
        out.writeStringField("push_name", session.contactNames.get(contact));
        out.writeStringField("status", DemoVocabulary.pick(random,
                List.of("Hey there! I am using WhatsApp.", "Im Urlaub 🌴", "Nur Notfälle", "Busy")));
        out.writeStringField("picture_id", DemoVocabulary.digits(random, 10));
        out.writeArrayFieldStart("changed");
        out.writeString(random.nextBoolean() ? "push_name" : "picture");
        out.writeEndArray();
        out.writeNumberField("timestamp", time.getEpochSecond());
    }

    private static void group(JsonGenerator out, DemoSession session, Instant time, RandomGenerator random,
                              boolean joined) throws IOException {
        int group = random.nextInt(session.groups.size());
        out.writeStringField("group_id", session.groups.get(group));
        out.writeStringField("subject", session.groupSubjects.get(group));
        out.writeStringField("participant", DemoVocabulary.pick(random, session.contacts));
        if (joined) {
            out.writeStringField("invited_by", session.ownJid());
            out.writeArrayFieldStart("participants");
            for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
                out.writeString(DemoVocabulary.pick(random, session.contacts));
            }
            out.writeEndArray();
        } else {
            out.writeStringField("reason", random.nextBoolean() ? "left" : "removed");
        }
        out.writeNumberField("timestamp", time.getEpochSecond());
    }

    private static void lifecycle(JsonGenerator out, String type, DemoSession session, Instant time,
                                  RandomGenerator random) throws IOException {
        switch (type) {
            case "connection.connecting" -> {
                session.connectAttempt++;
                out.writeNumberField("attempt", session.connectAttempt);
                out.writeStringField("endpoint", WS_ENDPOINT);
                out.writeNumberField("backoff_ms", Math.min(30_000, 500 * session.connectAttempt));
            }
            case "connection.open" -> {
                session.connectAttempt = 0;
                out.writeStringField("endpoint", WS_ENDPOINT);
                out.writeNumberField("latency_ms", 20 + random.nextInt(400));
                out.writeStringField("protocol_version", "2.3000." + DemoVocabulary.digits(random, 10));
            }
            case "connection.closed" -> {
                out.writeNumberField("code", random.nextBoolean() ? 1006 : 1000);
                out.writeStringField("reason", DemoVocabulary.pick(random,
                        List.of("stream:error conflict", "keepalive timeout", "server closed the stream")));
                out.writeNumberField("duration_sec", random.nextInt(86_400));
            }
            case "connection.error" -> {
                out.writeStringField("error", DemoVocabulary.pick(random, List.of(
                        "websocket: close 1006 (abnormal closure): unexpected EOF",
                        "dial tcp 157.240.0.53:443: i/o timeout",
                        "tls: handshake failure")));
                out.writeNumberField("retry_in_ms", 1_000 + random.nextInt(29_000));
            }
            case "session.qr", "qr.code" -> {
                if (type.equals("session.qr")) {
                    session.qrAttempt++;
                }
                out.writeNumberField("attempt", session.qrAttempt);
                if (type.equals("qr.code")) {
                    out.writeStringField("code", "2@" + DemoVocabulary.base64(random, 88) + ","
                            + DemoVocabulary.hash(random) + "," + DemoVocabulary.hash(random));
                }
                out.writeNumberField("timeout_ms", 20_000);
            }
            case "session.qr_scanned", "session.authenticated", "session.connected" -> {
                out.writeStringField("jid", session.ownJid());
                out.writeStringField("push_name", session.pushName);
                out.writeStringField("platform", DemoVocabulary.pick(random, List.of("smba", "smbi", "android")));
                out.writeBooleanField("business", true);
                if (type.equals("session.connected")) {
                    session.qrAttempt = 0;
                    out.writeNumberField("battery", 5 + random.nextInt(96));
                }
            }
            case "session.disconnected" -> {
                out.writeStringField("reason", DemoVocabulary.pick(random,
                        List.of("connection_lost", "stream_replaced", "keepalive_timeout")));
                out.writeBooleanField("will_reconnect", true);
            }
            case "session.expired" -> {
                out.writeStringField("reason", DemoVocabulary.pick(random,
                        List.of("device_removed", "logged_out", "inactive_for_14_days")));
                out.writeNumberField("last_seen", time.getEpochSecond() - random.nextInt(600));
            }
            case "sync.progress" -> {
                out.writeStringField("kind", random.nextInt(3) == 0 ? "app_state" : "history_sync");
                out.writeNumberField("progress", Math.min(100, 25 + random.nextInt(4) * 25));
                out.writeNumberField("chunk", 1 + random.nextInt(12));
                out.writeNumberField("messages", random.nextInt(2_000));
            }
            default -> throw new IllegalArgumentException("no demo payload for " + type);
        }
        out.writeNumberField("timestamp", time.getEpochSecond());
    }
}
