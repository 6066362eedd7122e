package io.eventinspector.replay;

import java.util.Arrays;
import java.util.Optional;

/** How deliveries are signed when a secret is set (see {@link WebhookSigner}). */
public enum SignatureStyle {
    /** Standard Webhooks v1: webhook-id, webhook-timestamp, webhook-signature (HMAC-SHA256, base64). */
    STANDARD,
    /** X-Webhook-Timestamp and X-Webhook-Signature (HMAC-SHA256 of the body, lowercase hex). */
    WHATSPIRE,
    /** WAHA: X-Webhook-Hmac (HMAC-SHA512 of the body, hex) and X-Webhook-Hmac-Algorithm: sha512. */
    WAHA;

    public String id() {
        return name().toLowerCase();
    }

    public static Optional<SignatureStyle> parse(String text) {
        return Arrays.stream(values()).filter(style -> style.id().equalsIgnoreCase(text.trim())).findFirst();
    }
}
