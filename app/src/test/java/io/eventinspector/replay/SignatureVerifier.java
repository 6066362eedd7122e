package io.eventinspector.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Receiver-side verification written from the three specifications, independent of {@link WebhookSigner}: it is
 * what a consumer would run, so a signer bug cannot hide behind shared code.
 */
final class SignatureVerifier {
    private SignatureVerifier() {
    }

    /** Standard Webhooks v1: any space-separated {@code v1,<base64>} must match HMAC-SHA256(id.ts.body). */
    static boolean standard(String secret, String id, String timestamp, String signatureHeader, byte[] body)
            throws Exception {
        byte[] key = secret.startsWith("whsec_")
                ? Base64.getDecoder().decode(secret.substring(6))
                : secret.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] content = concat((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
        byte[] expected = mac.doFinal(content);
        for (String part : signatureHeader.split(" ")) {
            String[] versioned = part.split(",", 2);
            if (versioned.length == 2 && versioned[0].equals("v1")
                    && MessageDigest.isEqual(Base64.getDecoder().decode(versioned[1]), expected)) {
                return true;
            }
        }
        return false;
    }

    static boolean hex(String algorithm, String secret, String hexSignature, byte[] body) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
        return hexSignature.equals(HexFormat.of().formatHex(mac.doFinal(body)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
