package io.eventinspector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.replay.ReplaySettings;
import io.eventinspector.replay.SignatureStyle;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayConfigTest {
    private static ReplaySettings read(Map<String, String> values) {
        return new AppConfig(new Env(values)).replaySettings();
    }

    @Test
    void defaults() {
        ReplaySettings settings = read(Map.of());

        assertThat(settings.webhookUrl()).isEmpty();
        assertThat(settings.secret()).isEmpty();
        assertThat(settings.signatureStyle()).isEqualTo(SignatureStyle.STANDARD);
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.eventsPerSecond()).isEmpty();
        assertThat(settings.userAgent()).isEqualTo("event-inspector/" + AppVersion.current());
    }

    @Test
    void everyVariableIsRead() {
        ReplaySettings settings = read(Map.of(
                "WHATSAPP_WEBHOOK_URL", "https://example.test/hook",
                "WHATSAPP_WEBHOOK_SECRET", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "WHATSAPP_WEBHOOK_SIGNATURE", "WAHA",
                "WHATSAPP_WEBHOOK_MAX_ATTEMPTS", "5",
                "WHATSAPP_WEBHOOK_TIMEOUT", "1m30s",
                "WHATSAPP_REPLAY_RATE", "2.5"));

        assertThat(settings.webhookUrl()).contains(URI.create("https://example.test/hook"));
        assertThat(settings.secret()).contains("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(settings.signatureStyle()).isEqualTo(SignatureStyle.WAHA);
        assertThat(settings.maxAttempts()).isEqualTo(5);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.eventsPerSecond()).hasValue(2.5);
    }

    @Test
    void badValuesNameTheirVariable() {
        assertThatThrownBy(() -> read(Map.of("WHATSAPP_WEBHOOK_URL", "localhost:8080")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("invalid WHATSAPP_WEBHOOK_URL=localhost:8080");
        assertThatThrownBy(() -> read(Map.of("WHATSAPP_WEBHOOK_SIGNATURE", "hmac")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid WHATSAPP_WEBHOOK_SIGNATURE=hmac: expected one of standard, whatspire, waha");
        assertThatThrownBy(() -> read(Map.of("WHATSAPP_WEBHOOK_MAX_ATTEMPTS", "0")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("invalid WHATSAPP_WEBHOOK_MAX_ATTEMPTS=0");
        assertThatThrownBy(() -> read(Map.of("WHATSAPP_WEBHOOK_TIMEOUT", "15")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("invalid WHATSAPP_WEBHOOK_TIMEOUT=15");
        assertThatThrownBy(() -> read(Map.of("WHATSAPP_REPLAY_RATE", "0")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("invalid WHATSAPP_REPLAY_RATE=0");
        assertThatThrownBy(() -> read(Map.of("WHATSAPP_REPLAY_RATE", "fast")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("invalid WHATSAPP_REPLAY_RATE=fast");
    }

    @Test
    void aBrokenWhsecSecretIsReportedWithoutEchoingIt() {
        assertThatThrownBy(() -> read(Map.of("WHATSAPP_WEBHOOK_SECRET", "whsec_not*base64")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("WHATSAPP_WEBHOOK_SECRET")
                .hasMessageNotContaining("not*base64");
    }
}
