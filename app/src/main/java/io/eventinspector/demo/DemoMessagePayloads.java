package io.eventinspector.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import io.eventinspector.demo.DemoSession.Message;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The {@code data} of demo message events: text and media messages with their end-to-end encryption
 * bookkeeping, the receipts of sent messages (planned by {@link DemoDelivery}) and the reactions to recent ones.
 * Each writes its keys in a fixed order and records the message in the session, so later receipts and reactions
 * can point at it.
 */
final class DemoMessagePayloads {
    private static final List<String> MEDIA_TYPES = List.of("image", "image", "video", "audio", "document",
            "sticker", "location");
    private static final List<String> FAILURES = List.of(
            "463:recipient is not on WhatsApp", "479:message too old to retry", "500:internal server error",
            "408:timed out waiting for server ack");

    private DemoMessagePayloads() {
    }

    static void message(JsonGenerator out, DemoSession session, Instant time, RandomGenerator random,
                                boolean fromMe) throws IOException {
        int contact = random.nextInt(session.contacts.size());
        // A business account writes to groups less often than its contacts write in them.
        boolean group = random.nextInt(fromMe ? 12 : 6) == 0;
        String peer = session.contacts.get(contact);
        String chat = group ? DemoVocabulary.pick(random, session.groups) : peer;
        Message previous = fromMe ? session.lastSent() : null;
        if (previous != null && random.nextDouble() < DemoDelivery.FOLLOW_UP) {
            peer = previous.peer();
            chat = previous.chatId();
            group = previous.inGroup();
        }
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
        out.writeStringField("device", fromMe ? "web" : DemoVocabulary.device(random));
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
        Message message = new Message(id, chat, peer, kind.equals("audio"));
        if (fromMe) {
            session.sent(message);
            DemoDelivery.sent(session, message, time.toEpochMilli(), random);
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

    /** A receipt from one recipient (in a group, a participant) for every message it covers. */
    static void receipt(JsonGenerator out, DemoReceipt receipt, DemoSession session, Instant time,
                        RandomGenerator random) throws IOException {
        String status = receipt.status();
        String chat = receipt.key.chatId();
        boolean group = chat.endsWith("@g.us");
        // Readers that know only one id per receipt get the first; message_ids lists every one it covers.
        out.writeStringField("message_id", receipt.messageIds.get(0));
        out.writeArrayFieldStart("message_ids");
        for (String id : receipt.messageIds) {
            out.writeString(id);
        }
        out.writeEndArray();
        out.writeStringField("chat_id", chat);
        out.writeStringField("from", receipt.key.from());
        if (group) {
            out.writeStringField("participant", receipt.key.from());
        }
        out.writeStringField("from_lid", DemoVocabulary.digits(random, 15) + "@lid");
        out.writeStringField("to", session.ownJid());
        out.writeBooleanField("is_from_me", true);
        out.writeBooleanField("is_group", group);
        out.writeStringField("chat_type", group ? "group" : "individual");
        out.writeStringField("receipt_type", status.equals("failed") ? "error" : status);
        out.writeStringField("status", status);
        out.writeNumberField("timestamp", time.getEpochSecond());
        out.writeNumberField("server_timestamp_ms", time.toEpochMilli() - random.nextInt(1_500));
        out.writeStringField("device", DemoVocabulary.device(random));
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

    static void reaction(JsonGenerator out, DemoSession session, Instant time, RandomGenerator random)
            throws IOException {
        Message target = DemoDelivery.reactionTarget(session, random);
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
}
