package io.eventinspector.api;

import io.eventinspector.config.ApiKeySettings;
import io.eventinspector.secrets.Fingerprints;
import java.security.MessageDigest;
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
        return new ApiKeys(keys.stream().map(key -> new Entry(Fingerprints.sha256(key.secret()), key.role()))
                .toList());
    }

    /** The keys read from {@code WHATSAPP_API_KEYS_MAP}, each with the role its setting names. */
    public static ApiKeys configured(List<ApiKeySettings.Key> settings) {
        return of(settings.stream().map(setting -> new Key(setting.secret(), Role.of(setting.role()))).toList());
    }

    /** One key; {@link #toString()} never shows the secret. */
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
        byte[] digest = Fingerprints.sha256(presented);
        Role found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) && found == null) {
                found = entry.role();
            }
        }
        return found == null ? Optional.empty() : Optional.of(new Match(found, Fingerprints.ofDigest(digest)));
    }

    /** How the audit log names a key: see {@link Fingerprints}. */
    public static String fingerprint(String key) {
        return Fingerprints.of(key);
    }
}
