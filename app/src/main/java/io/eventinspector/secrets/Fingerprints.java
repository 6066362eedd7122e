package io.eventinspector.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short name for a secret that is safe to log or show in an error: the first 8 hex digits of its SHA-256,
 * enough to tell keys apart, useless to an attacker. Here so that the settings that read keys and the API that
 * checks them name a key the same way without knowing each other.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(String secret) {
        return ofDigest(sha256(secret));
    }

    /** The fingerprint of a secret whose {@link #sha256} is already known. */
    public static String ofDigest(byte[] sha256) {
        return HexFormat.of().formatHex(sha256, 0, 4);
    }

    public static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
