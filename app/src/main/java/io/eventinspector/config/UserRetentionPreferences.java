package io.eventinspector.config;

import io.eventinspector.retention.CleanupMarks;
import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.retention.RetentionPreferences;
import io.eventinspector.secrets.Fingerprints;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop user's retention choices in {@link Preferences} (per user, per OS convention), and per store its
 * {@link CleanupMarks} (in a child node named by a digest of the store's URL, which may be longer than a node name
 * may be). A saved value that no longer parses is ignored with a warning, so a hand-edited preference never stops
 * the app.
 */
public final class UserRetentionPreferences implements RetentionPreferences, CleanupMarks {
    private static final Logger LOG = LoggerFactory.getLogger(UserRetentionPreferences.class);
    private static final String ENABLED = "enabled";
    private static final String RETENTION_DAYS = "retentionDays";
    private static final String CLEANUP_TIME = "cleanupTime";
    private static final String CLEANUP_INTERVAL = "cleanupInterval";
    private static final String STORES = "stores";
    private static final String STORE = "store";
    private static final String LAST_CLEANUP = "lastCleanup";
    private static final String PAUSED = "paused";

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

    @Override
    public Optional<Instant> lastCleanup(String store) {
        String value = storeNode(store).get(LAST_CLEANUP, null);
        try {
            return Optional.ofNullable(value).map(Instant::parse);
        } catch (DateTimeParseException e) {
            LOG.warn("ignoring the saved last cleanup time {} of {}: {}", value, store, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void cleanedUp(String store, Instant startedAt) {
        Preferences marks = writableNode(store);
        marks.put(LAST_CLEANUP, startedAt.toString());
        flush(marks);
    }

    @Override
    public boolean paused(String store) {
        return storeNode(store).getBoolean(PAUSED, false);
    }

    @Override
    public void setPaused(String store, boolean paused) {
        Preferences marks = writableNode(store);
        if (paused) {
            marks.putBoolean(PAUSED, true);
        } else {
            marks.remove(PAUSED);
        }
        flush(marks);
    }

    private Preferences storeNode(String store) {
        return node.node(STORES).node(digest(store));
    }

    private Preferences writableNode(String store) {
        Preferences marks = storeNode(store);
        marks.put(STORE, store); // for whoever reads the preferences: which store this is
        return marks;
    }

    private static String digest(String store) {
        return HexFormat.of().formatHex(Fingerprints.sha256(store), 0, 16);
    }

    private static void flush(Preferences marks) {
        try {
            marks.flush();
        } catch (BackingStoreException e) {
            LOG.warn("cannot save the cleanup marks of {}", marks.get(STORE, "a store"), e);
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
