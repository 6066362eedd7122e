package io.eventinspector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.api.ApiKeys;
import io.eventinspector.api.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeySettingsTest {
    private static ApiKeys read(String value) {
        return new AppConfig(new Env(Map.of("WHATSAPP_API_KEYS_MAP", value))).apiKeys();
    }

    @Test
    void readsTheSpecFormatWithReadAsTheDefaultRole() {
        ApiKeys keys = read("[{\"key\":\"read-key\",\"role\":\"read\"},{\"key\":\"admin-key\",\"role\":\"admin\"},"
                + "{\"key\":\"w\",\"role\":\"Write\"},{\"key\":\"plain\"}]");

        assertThat(keys.size()).isEqualTo(4);
        assertThat(keys.find("read-key").orElseThrow().role()).isEqualTo(Role.READ);
        assertThat(keys.find("admin-key").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(keys.find("w").orElseThrow().role()).isEqualTo(Role.WRITE);
        assertThat(keys.find("plain").orElseThrow().role()).isEqualTo(Role.READ);
        assertThat(keys.find("admin-key ")).isEmpty();
        assertThat(keys.find("read-key").orElseThrow().fingerprint()).hasSize(8).isEqualTo(ApiKeys.fingerprint(
                "read-key"));
    }

    @Test
    void unsetMeansNoKeys() {
        assertThat(new AppConfig(new Env(Map.of())).apiKeys().isEmpty()).isTrue();
    }

    @Test
    void badValuesNameTheVariableAndNeverEchoAKey() {
        assertThatThrownBy(() -> read("{\"key\":\"secret-1\"}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("WHATSAPP_API_KEYS_MAP")
                .hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> read("[{\"key\":\"secret-1\",\"role\":\"root\"}]"))
                .hasMessageContaining("WHATSAPP_API_KEYS_MAP").hasMessageContaining("entry 1")
                .hasMessageContaining("root").hasMessageNotContaining("secret-1");
        assertThatThrownBy(() -> read("[{\"role\":\"read\"}]")).hasMessageContaining("entry 1 has no \"key\"");
        assertThatThrownBy(() -> read("[{\"key\":\"secret-1\"},{\"key\":\"secret-1\",\"role\":\"admin\"}]"))
                .hasMessageContaining("entry 2 repeats").hasMessageNotContaining("secret-1");
        assertThatThrownBy(() -> read("[{\"key\":\"secret-1\",")).hasMessageContaining("not valid JSON")
                .hasMessageNotContaining("secret-1");
    }

    @Test
    void keysNeverShowInToString() {
        assertThat(new ApiKeys.Key("secret-1", Role.ADMIN).toString()).doesNotContain("secret-1");
    }
}
