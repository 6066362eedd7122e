package io.eventinspector.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys. Only SHA-256 digests are kept: lookups compare digests of equal length with
 * {@link MessageDigest#isEqual} against every key, so timing reveals neither a key nor how much of it matched.
 */
public final class ApiKeys {
    private final List<Entry> entries;

    private record Entry(byte[] digest, Role role) {
    }

    /** A key that was presented and matched: its role and a short fingerprint that is safe to log. */
    public record Match(Role role, String fingerprint) {
    }

    private ApiKeys(List<Entry> entries) {
        this.entries = entries;
    }

    public static ApiKeys of(List<Key> keys) {
        return new ApiKeys(keys.stream().map(key -> new Entry(sha256(key.secret()), key.role())).toList());
    }

    /** One configured key; {@link #toString()} never shows the secret. */
    public record Key(String secret, Role role) {
        @Override
        public String toString() {
            return "Key[" + fingerprint(secret) + ", " + role.label() + "]";
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    public Optional<Match> find(String presented) {
        byte[] digest = sha256(presented);
        Role found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) && found == null) {
                found = entry.role();
            }
        }
        return found == null ? Optional.empty() : Optional.of(new Match(found, fingerprint(digest)));
    }

    /** The first 8 hex digits of the key's SHA-256: enough to tell keys apart in a log, useless to an attacker. */
    public static String fingerprint(String key) {
        return fingerprint(sha256(key));
    }

    private static String fingerprint(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, 4);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
