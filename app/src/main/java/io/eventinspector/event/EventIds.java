package io.eventinspector.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Makes ids: {@code evt_} + a ULID (48-bit millisecond time, 80 bits of entropy, Crockford base32). They sort by
 * time, which also keeps primary-key inserts appending at the end of the index. An event that arrives without an
 * id gets one {@link #derive derived from its content}, so importing the same file twice stores it once.
 */
public final class EventIds {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public EventIds(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        return next(clock.instant());
    }

    public String next(Instant time) {
        byte[] entropy = new byte[10];
        random.nextBytes(entropy);
        return format(time.toEpochMilli(), entropy);
    }

    /**
     * The id of an event that came without one, the same for the same content every time: the ULID time is the
     * event's timestamp and its 80 entropy bits are the first 10 bytes of SHA-256 over type, session id,
     * timestamp and {@code data} with object keys sorted (so key order and whitespace do not matter). Events
     * equal in all four are one event.
     */
    public String derive(String type, String sessionId, String dataJson, Instant timestamp) {
        ByteArrayOutputStream content = new ByteArrayOutputStream(dataJson.length() + 128);
        try (JsonGenerator out = EventJson.mapper().getFactory().createGenerator(content)) {
            out.writeStartArray();
            out.writeString(type);
            out.writeString(sessionId);
            out.writeString(Timestamps.format(timestamp));
            writeCanonical(out, EventJson.mapper().readTree(dataJson));
            out.writeEndArray();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("data is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return format(timestamp.toEpochMilli(), Arrays.copyOf(sha256(content.toByteArray()), 10));
    }

    private static void writeCanonical(JsonGenerator out, JsonNode value) throws IOException {
        if (value.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(value.properties());
            fields.sort(Map.Entry.comparingByKey());
            out.writeStartObject();
            for (Map.Entry<String, JsonNode> field : fields) {
                out.writeFieldName(field.getKey());
                writeCanonical(out, field.getValue());
            }
            out.writeEndObject();
        } else if (value.isArray()) {
            out.writeStartArray();
            for (JsonNode element : value) {
                writeCanonical(out, element);
            }
            out.writeEndArray();
        } else {
            out.writeTree(value);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A ULID-style id from a time and 10 bytes of entropy; public so generators can make deterministic ids. */
    public static String format(long epochMillis, byte[] entropy) {
        char[] out = new char[4 + 26];
        "evt_".getChars(0, 4, out, 0);
        long time = epochMillis;
        for (int i = 9; i >= 0; i--) {
            out[4 + i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (entropy[i] & 0xff);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (entropy[i] & 0xff);
        }
        for (int i = 7; i >= 0; i--) {
            out[14 + i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
            out[22 + i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }
}
