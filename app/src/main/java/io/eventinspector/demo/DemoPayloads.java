package io.eventinspector.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import io.eventinspector.demo.DemoSession.Message;
import io.eventinspector.event.EventJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes the {@code data} of one demo event in the shape a WhatsApp gateway sends: message ids, JIDs, push
 * names, media descriptors, receipts, presence, lifecycle details. Keys come in a fixed order so the same seed
 * gives byte-identical JSON.
 */
final class DemoPayloads {
    private static final List<String> MEDIA_TYPES = List.of("image", "image", "video", "audio", "document",
            "sticker", "location");
    private static final List<String> DEVICES = List.of("android", "ios", "web", "android", "ios");
    private static final List<String> PRESENCES = List.of("available", "unavailable", "composing", "recording",
            "paused");
    private static final List<String> FAILURES = List.of(
            "463:recipient is not on WhatsApp", "479:message too old to retry", "500:internal server error",
            "408:timed out waiting for server ack");
    private static final String WS_ENDPOINT = "wss://web.whatsapp.com/ws/chat";

    private DemoPayloads() {
    }

    /** The JSON data of an event of {@code type}; also updates the session's memory of messages. */
    static String write(String type, DemoSession session, Instant time, RandomGenerator random) {
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator out = EventJson.mapper().getFactory().createGenerator(text)) {
            out.writeStartObject();
            switch (type) {
                case "message.received" -> message(out, session, time, random, false);
                case "message.sent" -> message(out, session, time, random, true);
                case "message.delivered" -> receipt(out, session, time, random, "delivered");
                case "message.read" -> receipt(out, session, time, random, "read");
                case "message.failed" -> receipt(out, session, time, random, "failed");
                case "message.reaction" -> reaction(out, session, time, random);
                case "presence.update" -> presence(out, session, time, random);
                case "contact.update" -> contact(out, session, time, random);
                case "group.joined", "group.left" -> group(out, session, time, random, type.equals("group.joined"));
                default -> lifecycle(out, type, session, time, random);
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void message(JsonGenerator out, DemoSession session, Instant time, RandomGenerator random,
                                boolean fromMe) throws IOException {
        int contact = random.nextInt(session.contacts.size());
        boolean group = random.nextInt(6) == 0;
        String peer = session.contacts.get(contact);
        String chat = group ? DemoVocabulary.pick(random, session.groups) : peer;
        String id = DemoVocabulary.messageId(random, fromMe);
        String kind = random.nextInt(4) == 0 ? DemoVocabulary.pick(random, MEDIA_TYPES) : "text";
        out.writeStringField("message_id", id);
        out.writeStringField("chat_id", chat);
        out.writeStringField("from", fromMe ? session.ownJid() : peer);
        out.writeStringField("to", fromMe ? chat : session.ownJid());
        if (group && !fromMe) {
            out.writeStringField("participant", peer);
        }
        out.writeStringField("push_name", fromMe ? session.pushName : session.contactNames.get(contact));
        out.writeStringField("sender_lid", DemoVocabulary.digits(random, 15) + "@lid");
        out.writeBooleanField("from_me", fromMe);
        out.writeBooleanField("is_group", group);
        out.writeStringField("message_type", kind);
        if (kind.equals("text")) {
            out.writeStringField("body", DemoVocabulary.body(random));
        } else {
            media(out, kind, random);
        }
        out.writeNumberField("timestamp", time.getEpochSecond());
        out.writeStringField("device", fromMe ? "web" : DemoVocabulary.pick(random, DEVICES));
        out.writeObjectFieldStart("context");
        out.writeBooleanField("forwarded", random.nextInt(10) == 0);
        if (session.hasRecent() && random.nextInt(5) == 0) {
            out.writeStringField("quoted_message_id", session.recentMessage(random).id());
        } else {
            out.writeNullField("quoted_message_id");
        }
        out.writeArrayFieldStart("mentions");
        if (group && random.nextInt(3) == 0) {
            out.writeString(DemoVocabulary.pick(random, session.contacts));
        }
        out.writeEndArray();
        out.writeNumberField("expiration", random.nextInt(4) == 0 ? 604_800 : 0);
        out.writeEndObject();
        deviceListMetadata(out, time, random);
        out.writeObjectFieldStart("web_message_info");
        out.writeStringField("status", fromMe ? "SERVER_ACK" : "DELIVERY_ACK");
        out.writeBooleanField("broadcast", false);
        out.writeBooleanField("starred", false);
        out.writeBooleanField("view_once", !kind.equals("text") && random.nextInt(20) == 0);
        out.writeStringField("edit", "");
        out.writeStringField("category", "");
        out.writeEndObject();
        if (fromMe) {
            out.writeStringField("status", "sent");
            out.writeStringField("server_id", DemoVocabulary.digits(random, 6));
        }
        Message message = new Message(id, chat, peer);
        if (fromMe) {
            session.sent(message);
        } else {
            session.received(message);
        }
    }

    /** The end-to-end encryption bookkeeping real gateways pass through with every message. */
    private static void deviceListMetadata(JsonGenerator out, Instant time, RandomGenerator random)
            throws IOException {
        out.writeObjectFieldStart("message_context_info");
        out.writeObjectFieldStart("device_list_metadata");
        out.writeStringField("sender_key_hash", DemoVocabulary.base64(random, 14));
        out.writeNumberField("sender_timestamp", time.getEpochSecond() - random.nextInt(2_000_000));
        out.writeStringField("recipient_key_hash", DemoVocabulary.base64(random, 14));
        out.writeNumberField("recipient_timestamp", time.getEpochSecond() - random.nextInt(2_000_000));
        out.writeEndObject();
        out.writeNumberField("device_list_metadata_version", 2);
        out.writeStringField("message_secret", DemoVocabulary.hash(random));
        out.writeEndObject();
    }

    private static void media(JsonGenerator out, String kind, RandomGenerator random) throws IOException {
        if (kind.equals("location")) {
            out.writeObjectFieldStart("location");
            out.writeNumberField("latitude", BigDecimal.valueOf(47_000_000L + random.nextInt(8_000_000), 6));
            out.writeNumberField("longitude", BigDecimal.valueOf(6_000_000L + random.nextInt(9_000_000), 6));
            out.writeStringField("name", DemoVocabulary.pick(random,
                    List.of("Alexanderplatz", "Marienplatz", "Hauptbahnhof", "Lager Süd", "Filiale Nord")));
            out.writeEndObject();
            return;
        }
        if (kind.equals("image") || kind.equals("video") || kind.equals("document")) {
            out.writeStringField("caption", random.nextBoolean() ? DemoVocabulary.body(random) : "");
        }
        out.writeObjectFieldStart("media");
        out.writeStringField("mimetype", switch (kind) {
            case "image" -> "image/jpeg";
            case "video" -> "video/mp4";
            case "audio" -> "audio/ogg; codecs=opus";
            case "sticker" -> "image/webp";
            default -> "application/pdf";
        });
        out.writeStringField("url", "https://mmg.whatsapp.net/v/t62.7118-24/" + DemoVocabulary.digits(random, 8)
                + "_" + DemoVocabulary.digits(random, 16) + "_n.enc?ccb=11-4&oh=01_Q5Aa"
                + DemoVocabulary.base64(random, 30).replace('+', '-').replace('/', '_')
                + "&oe=" + DemoVocabulary.hex(random, 8) + "&mms3=true");
        out.writeStringField("sha256", DemoVocabulary.hash(random));
        out.writeStringField("media_key", DemoVocabulary.hash(random));
        out.writeNumberField("file_length", 4_000 + random.nextInt(4_000_000));
        switch (kind) {
            case "image", "video", "sticker" -> {
                out.writeNumberField("width", kind.equals("sticker") ? 512 : 1280);
                out.writeNumberField("height", kind.equals("sticker") ? 512 : 720 + random.nextInt(4) * 120);
                if (kind.equals("video")) {
                    out.writeNumberField("seconds", 3 + random.nextInt(120));
                }
            }
            case "audio" -> {
                out.writeNumberField("seconds", 1 + random.nextInt(90));
                out.writeBooleanField("ptt", true);
            }
            default -> out.writeStringField("file_name", "Rechnung_" + DemoVocabulary.digits(random, 6) + ".pdf");
        }
        out.writeEndObject();
    }

    private static void receipt(JsonGenerator out, DemoSession session, Instant time, RandomGenerator random,
                                String status) throws IOException {
        Message message = status.equals("read") ? session.takeUnread() : session.takeUndelivered();
        if (status.equals("delivered")) {
            session.delivered(message);
        }
        boolean group = message.chatId().endsWith("@g.us");
        out.writeStringField("message_id", message.id());
        out.writeArrayFieldStart("message_ids");
        out.writeString(message.id());
        out.writeEndArray();
        out.writeStringField("chat_id", message.chatId());
        out.writeStringField("from", message.peer());
        out.writeStringField("from_lid", DemoVocabulary.digits(random, 15) + "@lid");
        out.writeStringField("to", session.ownJid());
        out.writeBooleanField("is_from_me", true);
        out.writeBooleanField("is_group", group);
        out.writeStringField("chat_type", group ? "group" : "individual");
        out.writeStringField("receipt_type", status.equals("failed") ? "error" : status);
        out.writeStringField("status", status);
        out.writeNumberField("timestamp", time.getEpochSecond());
        out.writeNumberField("server_timestamp_ms", time.toEpochMilli() - random.nextInt(1_500));
        out.writeStringField("device", DemoVocabulary.pick(random, DEVICES));
        out.writeNumberField("device_id", random.nextInt(30));
        if (status.equals("failed")) {
            String[] failure = DemoVocabulary.pick(random, FAILURES).split(":", 2);
            out.writeObjectFieldStart("error");
            out.writeNumberField("code", Integer.parseInt(failure[0]));
            out.writeStringField("reason", failure[1]);
            out.writeEndObject();
            out.writeNumberField("retry_count", random.nextInt(4));
        }
    }

    private static void reaction(JsonGenerator out, DemoSession session, Instant time, RandomGenerator random)
            throws IOException {
        Message target = session.recentMessage(random);
        boolean fromMe = random.nextInt(4) == 0;
        out.writeStringField("message_id", target.id());
        out.writeStringField("reaction_id", DemoVocabulary.messageId(random, fromMe));
        out.writeStringField("chat_id", target.chatId());
        out.writeStringField("from", fromMe ? session.ownJid() : target.peer());
        out.writeStringField("sender_lid", DemoVocabulary.digits(random, 15) + "@lid");
        out.writeStringField("to", fromMe ? target.peer() : session.ownJid());
        out.writeBooleanField("from_me", fromMe);
        out.writeBooleanField("is_group", target.chatId().endsWith("@g.us"));
        out.writeNumberField("sender_timestamp_ms", time.toEpochMilli() - random.nextInt(3_000));
        out.writeStringField("emoji", random.nextInt(12) == 0 ? "" : DemoVocabulary.emoji(random));
        out.writeNumberField("timestamp", time.getEpochSecond());
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
        out.writeStringField("device", DemoVocabulary.pick(random, DEVICES));
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
