package io.eventinspector.config;

import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.retention.RetentionPreferences;
import io.eventinspector.retention.RetentionSettings;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The retention settings from their layers, each above overriding the one below: the spec's defaults, the
 * user's saved preferences, the {@code WHATSAPP_EVENTS_*} environment variables (when set), then this run's
 * command-line flags. Every bad variable is reported with its name, its value and what is expected.
 */
public final class RetentionConfig {
    public static final String ENABLED = "WHATSAPP_EVENTS_ENABLED";
    public static final String RETENTION_DAYS = "WHATSAPP_EVENTS_RETENTION_DAYS";
    public static final String CLEANUP_TIME = "WHATSAPP_EVENTS_CLEANUP_TIME";
    public static final String CLEANUP_INTERVAL = "WHATSAPP_EVENTS_CLEANUP_INTERVAL";

    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private RetentionConfig() {
    }

    public static RetentionSettings resolve(Env env, RetentionPreferences preferences, RetentionOverrides flags) {
        RetentionSettings saved = preferences.load().applyTo(RetentionSettings.DEFAULTS);
        return flags.applyTo(fromEnv(env).applyTo(saved));
    }

    /** The variables that are set, validated; unset ones stay empty so the layer below shows through. */
    public static RetentionOverrides fromEnv(Env env) {
        Optional<Boolean> enabled = env.get(ENABLED).map(value -> env.bool(ENABLED, true));
        Optional<Integer> days = env.get(RETENTION_DAYS).map(value ->
                env.integer(RETENTION_DAYS, 0, 0, RetentionSettings.MAX_RETENTION_DAYS));
        Optional<LocalTime> time = env.get(CLEANUP_TIME).map(value -> parseCleanupTime(CLEANUP_TIME, value));
        Optional<Duration> interval = env.get(CLEANUP_INTERVAL).map(value -> Env.parseDuration(CLEANUP_INTERVAL, value));
        return new RetentionOverrides(enabled, days, time, interval);
    }

    /** A strict {@code HH:MM} 24-hour time of day, read as UTC. */
    public static LocalTime parseCleanupTime(String name, String value) {
        String trimmed = value.trim();
        if (!HH_MM.matcher(trimmed).matches()) {
            throw Env.invalid(name, value, "a UTC time of day as HH:MM (24 h), such as 02:00");
        }
        return LocalTime.parse(trimmed);
    }
}
