package io.eventinspector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.config.ApiKeySettings.Key;
import io.eventinspector.config.ApiKeySettings.Role;
import io.eventinspector.secrets.Fingerprints;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeySettingsTest {
    private static List<Key> read(String value) {
        return new AppConfig(new Env(Map.of("WHATSAPP_API_KEYS_MAP", value))).apiKeys();
    }

    @Test
    void readsTheSpecFormatWithReadAsTheDefaultRole() {
        List<Key> keys = read("[{\"key\":\"read-key\",\"role\":\"read\"},{\"key\":\"admin-key\",\"role\":\"admin\"},"
                + "{\"key\":\"w\",\"role\":\"Write\"},{\"key\":\"plain\"}]");

        assertThat(keys).containsExactly(new Key("read-key", Role.READ), new Key("admin-key", Role.ADMIN),
                new Key("w", Role.WRITE), new Key("plain", Role.READ));
    }

    @Test
    void unsetMeansNoKeys() {
        assertThat(new AppConfig(new Env(Map.of())).apiKeys()).isEmpty();
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
                .hasMessageContaining("entry 2 repeats").hasMessageContaining(Fingerprints.of("secret-1"))
                .hasMessageNotContaining("secret-1");
        assertThatThrownBy(() -> read("[{\"key\":\"secret-1\",")).hasMessageContaining("not valid JSON")
                .hasMessageNotContaining("secret-1");
    }

    @Test
    void keysNeverShowInToString() {
        assertThat(new Key("secret-1", Role.ADMIN).toString()).doesNotContain("secret-1")
                .contains(Fingerprints.of("secret-1"));
    }
}
