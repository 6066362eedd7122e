package io.eventinspector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.config.ApiKeySettings;
import io.eventinspector.secrets.Fingerprints;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    @Test
    void configuredKeysGetTheRoleTheirSettingNames() {
        ApiKeys keys = ApiKeys.configured(List.of(new ApiKeySettings.Key("read-key", ApiKeySettings.Role.READ),
                new ApiKeySettings.Key("w", ApiKeySettings.Role.WRITE),
                new ApiKeySettings.Key("admin-key", ApiKeySettings.Role.ADMIN)));

        assertThat(keys.size()).isEqualTo(3);
        assertThat(keys.find("read-key").orElseThrow().role()).isEqualTo(Role.READ);
        assertThat(keys.find("w").orElseThrow().role()).isEqualTo(Role.WRITE);
        assertThat(keys.find("admin-key").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(keys.find("admin-key ")).isEmpty();
        assertThat(keys.find("read-key").orElseThrow().fingerprint()).hasSize(8)
                .isEqualTo(Fingerprints.of("read-key"));
    }

    @Test
    void everySettingRoleMeansTheApiRoleOfTheSameName() {
        for (ApiKeySettings.Role setting : ApiKeySettings.Role.values()) {
            assertThat(Role.of(setting).name()).isEqualTo(setting.name());
        }
    }

    @Test
    void noKeysConfiguredIsEmpty() {
        assertThat(ApiKeys.configured(List.of()).isEmpty()).isTrue();
    }

    @Test
    void keysNeverShowInToString() {
        assertThat(new ApiKeys.Key("secret-1", Role.ADMIN).toString()).doesNotContain("secret-1");
    }
}
