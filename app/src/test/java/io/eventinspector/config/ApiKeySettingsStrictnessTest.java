package io.eventinspector.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15, point 4 for the keys setting: read whole and exactly, or refused without echoing a key. */
class ApiKeySettingsStrictnessTest {
    private static void read(String value) {
        new AppConfig(new Env(Map.of("WHATSAPP_API_KEYS_MAP", value))).apiKeys();
    }

    @Test
    void contentAfterTheArrayIsRefused() {
        assertThatThrownBy(() -> read("[{\"key\":\"secret-1\",\"role\":\"read\"}] [{\"key\":\"secret-2\"}]"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid JSON (at line 1")
                .hasMessageNotContaining("secret");
    }

    @Test
    void aRoleGivenTwiceIsRefusedRatherThanTheLastOneWinning() {
        assertThatThrownBy(() -> read("[{\"key\":\"secret-1\",\"role\":\"admin\",\"role\":\"read\"}]"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not valid JSON")
                .hasMessageNotContaining("secret-1");
    }

    @Test
    void aKeyWrittenWithoutQuotesIsNotEchoed() {
        assertThatThrownBy(() -> read("[{\"key\":secret-unquoted,\"role\":\"read\"}]"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not valid JSON")
                .hasMessageNotContaining("secret");
    }
}
