package io.eventinspector.config;

import java.time.Duration;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop user's stuck-after threshold in {@link Preferences} (per user, per OS convention), written as a Go
 * duration like the variable. A saved value that no longer parses is ignored with a warning, so a hand-edited
 * preference never stops the app.
 */
public final class UserTracePreferences {
    private static final Logger LOG = LoggerFactory.getLogger(UserTracePreferences.class);
    private static final String STUCK_AFTER = "stuckAfter";

    private final Preferences node;

    public UserTracePreferences(Preferences node) {
        this.node = node;
    }

    /** The current user's node for this app. */
    public static UserTracePreferences forCurrentUser() {
        return new UserTracePreferences(Preferences.userRoot().node("io/eventinspector/trace"));
    }

    /** The saved threshold; empty when none is saved or the saved one does not parse. */
    public Optional<Duration> load() {
        String value = node.get(STUCK_AFTER, null);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Env.parseDuration(STUCK_AFTER, value));
        } catch (ConfigException e) {
            LOG.warn("ignoring the saved preference {}={}: {}", STUCK_AFTER, value, e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves the threshold (greater than zero), e.g. {@code 5m}. */
    public void save(Duration stuckAfter) {
        if (stuckAfter.isNegative() || stuckAfter.isZero()) {
            throw new ConfigException("invalid stuck-after " + Env.formatDuration(stuckAfter)
                    + ": expected a duration greater than zero, such as 90s, 30m, 1h or 1h30m");
        }
        node.put(STUCK_AFTER, Env.formatDuration(stuckAfter));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new ConfigException("cannot save the trace preferences: " + e.getMessage());
        }
    }
}
