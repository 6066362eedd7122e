package io.eventinspector.replay;

import io.eventinspector.secrets.Redaction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signature headers for one delivery, computed over the exact body bytes that are sent. The secret's key bytes
 * are decoded once: for Standard Webhooks a {@code whsec_<base64>} secret is the base64-decoded key, as its
 * reference libraries do; anything else is used as UTF-8 bytes.
 */
public final class WebhookSigner {
    private static final String WHSEC_PREFIX = "whsec_";
    private static final Pattern HEADER_SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,200}");
    /** The headers that carry a signature, lower case: shown anywhere, they could be replayed as valid. */
    private static final Set<String> SIGNATURE_HEADERS = Set.of("webhook-signature", "x-webhook-signature",
            "x-webhook-hmac");

    private final SignatureStyle style;
    /** Keyed once; each signature works on a clone, which is cheaper than a provider lookup and thread-safe. */
    private final Mac keyedMac;

    public WebhookSigner(SignatureStyle style, String secret) {
        this.style = style;
        this.keyedMac = keyedMac(style == SignatureStyle.WAHA ? "HmacSHA512" : "HmacSHA256", keyBytes(style, secret));
    }

    static byte[] keyBytes(SignatureStyle style, String secret) {
        if (style == SignatureStyle.STANDARD && secret.startsWith(WHSEC_PREFIX)) {
            try {
                return Base64.getDecoder().decode(secret.substring(WHSEC_PREFIX.length()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a whsec_ secret must be base64 after the prefix", e);
            }
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The headers to add, in the order they are sent. */
    public Map<String, String> headers(String eventId, long unixSeconds, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (style) {
            case STANDARD -> {
                String messageId = messageId(eventId);
                String timestamp = Long.toString(unixSeconds);
                byte[] prefix = (messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
                Mac mac = mac();
                mac.update(prefix);
                headers.put("webhook-id", messageId);
                headers.put("webhook-timestamp", timestamp);
                headers.put("webhook-signature", "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body)));
            }
            case WHATSPIRE -> {
                headers.put("X-Webhook-Timestamp", Long.toString(unixSeconds));
                headers.put("X-Webhook-Signature", HexFormat.of().formatHex(mac().doFinal(body)));
            }
            case WAHA -> {
                headers.put("X-Webhook-Hmac", HexFormat.of().formatHex(mac().doFinal(body)));
                headers.put("X-Webhook-Hmac-Algorithm", "sha512");
            }
            default -> throw new IllegalStateException(style.name());
        }
        return headers;
    }

    /**
     * {@code value} fit to show: a signature header's value is masked, keeping a Standard Webhooks version prefix
     * ({@code v1,***}) so the scheme stays visible; any other header is returned as is.
     */
    public static String masked(String name, String value) {
        if (!SIGNATURE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            return value;
        }
        int comma = value.indexOf(',');
        return comma > 0 && comma <= 3 ? value.substring(0, comma + 1) + Redaction.MASK : Redaction.MASK;
    }

    /**
     * The Standard Webhooks message id: the event id when it is header-safe and has no {@code .} (the signed
     * content is dot-separated), else a stable hash of it, so a receiver can still de-duplicate repeated replays.
     */
    public static String messageId(String eventId) {
        if (HEADER_SAFE_ID.matcher(eventId).matches()) {
            return eventId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            return "evt_h" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private Mac mac() {
        try {
            return (Mac) keyedMac.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(keyedMac.getAlgorithm() + " cannot be cloned in this JVM", e);
        }
    }

    private static Mac keyedMac(String algorithm, byte[] key) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }
}
