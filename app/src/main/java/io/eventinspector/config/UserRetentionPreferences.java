package io.eventinspector.config;

import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.retention.RetentionPreferences;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop user's retention choices in {@link Preferences} (per user, per OS convention). A saved value
 * that no longer parses is ignored with a warning, so a hand-edited preference never stops the app.
 */
public final class UserRetentionPreferences implements RetentionPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(UserRetentionPreferences.class);
    private static final String ENABLED = "enabled";
    private static final String RETENTION_DAYS = "retentionDays";
    private static final String CLEANUP_TIME = "cleanupTime";
    private static final String CLEANUP_INTERVAL = "cleanupInterval";

    private final Preferences node;

    public UserRetentionPreferences(Preferences node) {
        this.node = node;
    }

    /** The current user's node for this app. */
    public static UserRetentionPreferences forCurrentUser() {
        return new UserRetentionPreferences(Preferences.userRoot().node("io/eventinspector/retention"));
    }

    @Override
    public RetentionOverrides load() {
        return new RetentionOverrides(
                read(ENABLED, Boolean::parseBoolean),
                read(RETENTION_DAYS, Integer::valueOf),
                read(CLEANUP_TIME, value -> RetentionConfig.parseCleanupTime(CLEANUP_TIME, value)),
                read(CLEANUP_INTERVAL, value -> Env.parseDuration(CLEANUP_INTERVAL, value)));
    }

    @Override
    public void save(RetentionOverrides choices) {
        write(ENABLED, choices.enabled().map(String::valueOf));
        write(RETENTION_DAYS, choices.retentionDays().map(String::valueOf));
        write(CLEANUP_TIME, choices.cleanupTime().map(LocalTime::toString));
        write(CLEANUP_INTERVAL, choices.cleanupInterval().map(Env::formatDuration));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new ConfigException("cannot save the retention preferences: " + e.getMessage());
        }
    }

    private <T> Optional<T> read(String key, Function<String, T> parse) {
        String value = node.get(key, null);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value));
        } catch (RuntimeException e) {
            LOG.warn("ignoring the saved preference {}={}: {}", key, value, e.getMessage());
            return Optional.empty();
        }
    }

    private void write(String key, Optional<String> value) {
        value.ifPresentOrElse(text -> node.put(key, text), () -> node.remove(key));
    }
}
