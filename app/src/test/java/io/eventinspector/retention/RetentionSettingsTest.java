package io.eventinspector.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.event.ValidationException;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {
    @Test
    void reportsEveryProblemByFieldForASettingsForm() {
        assertThat(RetentionSettings.problems(-1, null, Duration.ZERO)).containsExactly(
                entry(RetentionSettings.RETENTION_DAYS, "retention days must be a whole number from 0 (keep forever) "
                        + "to 36500, not -1"),
                entry(RetentionSettings.CLEANUP_TIME, "cleanup time is required (HH:MM, 24 h, UTC)"),
                entry(RetentionSettings.CLEANUP_INTERVAL, "cleanup interval must be greater than zero, not 0s"));
        assertThat(RetentionSettings.problems(0, LocalTime.NOON, Duration.ofSeconds(90))).isEmpty();
    }

    @Test
    void refusesInvalidValuesNamingTheField() {
        assertThatThrownBy(() -> RetentionSettings.DEFAULTS.withRetentionDays(36_501))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not 36501")
                .extracting(error -> ((ValidationException) error).field())
                .isEqualTo(RetentionSettings.RETENTION_DAYS);
        assertThatThrownBy(() -> RetentionSettings.DEFAULTS.withCleanupInterval(Duration.ofMinutes(-5)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("cleanup interval must be greater than zero, not -5m");
    }

    @Test
    void keepsTheCleanupTimeToTheMinute() {
        assertThat(RetentionSettings.DEFAULTS.withCleanupTime(LocalTime.of(2, 0, 30)).cleanupTime())
                .isEqualTo(LocalTime.of(2, 0));
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
