package io.eventinspector.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mistyped webhook URL is reported without the credentials it carries. */
class ReplayConfigSecretsTest {
    @Test
    void aMistypedWebhookUrlIsEchoedRedacted() {
        assertThatThrownBy(() -> new AppConfig(new Env(Map.of("WHATSAPP_WEBHOOK_URL",
                "htp://support:pa55word@hooks.example/in?token=t0ps3cret&x=1"))).replaySettings())
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid WHATSAPP_WEBHOOK_URL=htp://***@hooks.example/in?token=***&x=1: expected an "
                        + "absolute http:// or https:// URL");
        assertThatThrownBy(() -> new AppConfig(new Env(Map.of("WHATSAPP_WEBHOOK_URL",
                "hooks.example/in?api_key=k3y"))).replaySettings())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("api_key=***").hasMessageNotContaining("k3y");
    }
}
