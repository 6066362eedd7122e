package io.eventinspector.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.retention.RetentionPreferences;
import io.eventinspector.retention.RetentionSettings;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionConfigTest {
    @Test
    void defaultsAreTheSpecs() {
        RetentionSettings settings = resolve(Map.of(), RetentionPreferences.NONE, RetentionOverrides.NONE);

        assertThat(settings).isEqualTo(new RetentionSettings(true, 30, LocalTime.of(2, 0), Duration.ofHours(1)));
    }

    @Test
    void readsEveryVariable() {
        RetentionSettings settings = resolve(Map.of(
                RetentionConfig.ENABLED, "false",
                RetentionConfig.RETENTION_DAYS, "7",
                RetentionConfig.CLEANUP_TIME, "23:45",
                RetentionConfig.CLEANUP_INTERVAL, "1h30m"), RetentionPreferences.NONE, RetentionOverrides.NONE);

        assertThat(settings).isEqualTo(new RetentionSettings(false, 7, LocalTime.of(23, 45), Duration.ofMinutes(90)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "WHATSAPP_EVENTS_ENABLED          | maybe | invalid WHATSAPP_EVENTS_ENABLED=maybe: expected true or false",
        "WHATSAPP_EVENTS_RETENTION_DAYS   | -1    | invalid WHATSAPP_EVENTS_RETENTION_DAYS=-1: expected a whole number from 0 to 36500",
        "WHATSAPP_EVENTS_RETENTION_DAYS   | 30d   | invalid WHATSAPP_EVENTS_RETENTION_DAYS=30d: expected a whole number from 0 to 36500",
        "WHATSAPP_EVENTS_CLEANUP_TIME     | 2:00  | invalid WHATSAPP_EVENTS_CLEANUP_TIME=2:00: expected a UTC time of day as HH:MM (24 h), such as 02:00",
        "WHATSAPP_EVENTS_CLEANUP_TIME     | 24:00 | invalid WHATSAPP_EVENTS_CLEANUP_TIME=24:00: expected a UTC time of day as HH:MM (24 h), such as 02:00",
        "WHATSAPP_EVENTS_CLEANUP_TIME     | 2am   | invalid WHATSAPP_EVENTS_CLEANUP_TIME=2am: expected a UTC time of day as HH:MM (24 h), such as 02:00",
        "WHATSAPP_EVENTS_CLEANUP_INTERVAL | 1 hour| invalid WHATSAPP_EVENTS_CLEANUP_INTERVAL=1 hour: expected a duration such as 90s, 30m, 1h or 1h30m",
        "WHATSAPP_EVENTS_CLEANUP_INTERVAL | 0s    | invalid WHATSAPP_EVENTS_CLEANUP_INTERVAL=0s: expected a duration greater than zero, such as 90s, 30m, 1h or 1h30m",
    })
    void rejectsABadValueNamingTheVariableTheValueAndWhatIsExpected(String name, String value, String message) {
        assertThatThrownBy(() -> resolve(Map.of(name, value), RetentionPreferences.NONE, RetentionOverrides.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void layersDefaultsThenPreferencesThenEnvironmentThenFlags() {
        RetentionPreferences saved = preferences(new RetentionOverrides(Optional.of(false), Optional.of(10),
                Optional.of(LocalTime.of(4, 0)), Optional.empty()));

        RetentionSettings fromPreferences = resolve(Map.of(), saved, RetentionOverrides.NONE);
        RetentionSettings envWins = resolve(Map.of(RetentionConfig.RETENTION_DAYS, "20",
                RetentionConfig.ENABLED, "true"), saved, RetentionOverrides.NONE);
        RetentionSettings flagWins = resolve(Map.of(RetentionConfig.RETENTION_DAYS, "20"), saved,
                RetentionOverrides.retentionDays(3));

        assertThat(fromPreferences).isEqualTo(new RetentionSettings(false, 10, LocalTime.of(4, 0), Duration.ofHours(1)));
        assertThat(envWins).isEqualTo(new RetentionSettings(true, 20, LocalTime.of(4, 0), Duration.ofHours(1)));
        assertThat(flagWins.retentionDays()).isEqualTo(3);
    }

    @Test
    void userPreferencesRoundTripAndIgnoreAValueThatNoLongerParses() throws BackingStoreException {
        Preferences node = Preferences.userRoot().node("io/eventinspector/test-" + UUID.randomUUID());
        try {
            UserRetentionPreferences preferences = new UserRetentionPreferences(node);
            RetentionSettings chosen = new RetentionSettings(true, 90, LocalTime.of(3, 15), Duration.ofMinutes(30));

            preferences.save(RetentionOverrides.of(chosen));
            assertThat(new UserRetentionPreferences(node).load().applyTo(RetentionSettings.DEFAULTS)).isEqualTo(chosen);

            node.put("cleanupTime", "3pm");
            assertThat(preferences.load().cleanupTime()).isEmpty();
            assertThat(preferences.load().retentionDays()).contains(90);
        } finally {
            node.removeNode();
        }
    }

    @Test
    void appConfigResolvesFromItsEnvironment() {
        AppConfig config = new AppConfig(new Env(Map.of(RetentionConfig.CLEANUP_INTERVAL, "90s")));

        assertThat(config.retention(RetentionPreferences.NONE, RetentionOverrides.NONE).cleanupInterval())
                .isEqualTo(Duration.ofSeconds(90));
    }

    private static RetentionSettings resolve(Map<String, String> env, RetentionPreferences preferences,
                                             RetentionOverrides flags) {
        return RetentionConfig.resolve(new Env(env), preferences, flags);
    }

    private static RetentionPreferences preferences(RetentionOverrides saved) {
        return new RetentionPreferences() {
            @Override
            public RetentionOverrides load() {
                return saved;
            }

            @Override
            public void save(RetentionOverrides choices) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
