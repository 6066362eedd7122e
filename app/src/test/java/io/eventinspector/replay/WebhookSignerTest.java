package io.eventinspector.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {
    @Test
    void standardMatchesThePublishedTestVector() {
        // The Standard Webhooks reference test vector (standard-webhooks/standard-webhooks, libraries' tests).
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        WebhookSigner signer = new WebhookSigner(SignatureStyle.STANDARD, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        var headers = signer.headers("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body);

        assertThat(headers).containsEntry("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek")
                .containsEntry("webhook-timestamp", "1614265330")
                .containsEntry("webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theMessageIdIsStableAndNeverContainsADot() {
        assertThat(WebhookSigner.messageId("evt_01ABC")).isEqualTo("evt_01ABC");
        String dotted = WebhookSigner.messageId("wamid.HBgM.123");
        assertThat(dotted).doesNotContain(".").startsWith("evt_h").hasSize(5 + 32)
                .isEqualTo(WebhookSigner.messageId("wamid.HBgM.123"))
                .isNotEqualTo(WebhookSigner.messageId("wamid.HBgM.124"));
        assertThat(WebhookSigner.messageId("a b\r\nX-Evil: 1")).matches("evt_h[0-9a-f]{32}");
    }

    @Test
    void aPlainSecretIsUsedAsUtf8EvenWithTheWhsecPrefixInOtherStyles() {
        assertThat(WebhookSigner.keyBytes(SignatureStyle.WHATSPIRE, "whsec_abc"))
                .isEqualTo("whsec_abc".getBytes(StandardCharsets.UTF_8));
        assertThat(WebhookSigner.keyBytes(SignatureStyle.STANDARD, "plain"))
                .isEqualTo("plain".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-02-03T10:00:00Z");
        assertThat(WebhookSender.retryAfter("7", now)).contains(Duration.ofSeconds(7));
        assertThat(WebhookSender.retryAfter("Tue, 03 Feb 2026 10:00:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(WebhookSender.retryAfter("Tue, 03 Feb 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(WebhookSender.retryAfter("soon", now)).isEqualTo(Optional.empty());
        assertThat(WebhookSender.retryAfter("-3", now)).isEqualTo(Optional.empty());
    }
}
