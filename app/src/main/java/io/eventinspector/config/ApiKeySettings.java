package io.eventinspector.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.EventJson;
import io.eventinspector.secrets.Fingerprints;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code WHATSAPP_API_KEYS_MAP='[{"key":"…","role":"read|write|admin"}]'} (a missing role means read)
 * into plain {@link Key} values; the HTTP API builds its key check from them, so settings never depend on a
 * front end. Error messages name the variable and the entry but never echo a key.
 */
public final class ApiKeySettings {
    public static final String API_KEYS_MAP = "WHATSAPP_API_KEYS_MAP";
    private static final String EXPECTED = "a JSON array such as [{\"key\":\"…\",\"role\":\"read\"}] with roles "
            + "read, write or admin";

    /** What a configured key may do, as the variable names it; the API decides what each allows. */
    public enum Role {
        READ, WRITE, ADMIN
    }

    /** One configured key; {@link #toString()} never shows the secret. */
    public record Key(String secret, Role role) {
        @Override
        public String toString() {
            return "Key[" + Fingerprints.of(secret) + ", " + role.name().toLowerCase(Locale.ROOT) + "]";
        }
    }

    private ApiKeySettings() {
    }

    /** The configured keys in the order given; empty when the variable is unset. */
    public static List<Key> read(Env env) {
        return env.get(API_KEYS_MAP).map(ApiKeySettings::parse).orElseGet(List::of);
    }

    static List<Key> parse(String text) {
        JsonNode root;
        try {
            // Strict: content after the array or a key entry with "role" twice is refused, not half-read.
            root = EventJson.readDocument(text);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the offending token, which may be a key written without quotes.
            throw invalid("it is not valid JSON" + (e.getLocation() == null ? ""
                    : " (at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || !root.isArray()) {
            throw invalid("it is not a JSON array");
        }
        List<Key> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            keys.add(entry(root.get(i), i + 1, seen));
        }
        return List.copyOf(keys);
    }

    private static Key entry(JsonNode node, int number, Set<String> seen) {
        if (!node.isObject()) {
            throw invalid("entry " + number + " is not an object");
        }
        JsonNode key = node.get("key");
        if (key == null || !key.isTextual() || key.textValue().isBlank()) {
            throw invalid("entry " + number + " has no \"key\" string");
        }
        if (!seen.add(key.textValue())) {
            throw invalid("entry " + number + " repeats the key of an earlier entry ("
                    + Fingerprints.of(key.textValue()) + ")");
        }
        JsonNode role = node.get("role");
        if (role == null || role.isNull()) {
            return new Key(key.textValue(), Role.READ);
        }
        String label = role.isTextual() ? role.textValue().trim().toLowerCase(Locale.ROOT) : role.toString();
        return switch (label) {
            case "read" -> new Key(key.textValue(), Role.READ);
            case "write" -> new Key(key.textValue(), Role.WRITE);
            case "admin" -> new Key(key.textValue(), Role.ADMIN);
            default -> throw invalid("entry " + number + " has role " + role + " (expected read, write or admin)");
        };
    }

    private static ConfigException invalid(String why) {
        return new ConfigException("invalid " + API_KEYS_MAP + ": " + why + "; expected " + EXPECTED);
    }
}
