package io.eventinspector.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the desktop app remembers between runs (window size, column widths, theme, recent stores), in the
 * user's Java preferences. A password is stored only with a recent store the user asked to save it for.
 */
public final class UiPreferences {
    private static final int MAX_RECENT = 8;
    private static final String RECENT = "recent.";

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node("io/eventinspector/desktop"));
    }

    public double getDouble(String key, double fallback) {
        return node.getDouble(key, fallback);
    }

    public void putDouble(String key, double value) {
        node.putDouble(key, value);
    }

    public boolean getBoolean(String key, boolean fallback) {
        return node.getBoolean(key, fallback);
    }

    public void putBoolean(String key, boolean value) {
        node.putBoolean(key, value);
    }

    /** Recent store URLs, newest first (PostgreSQL ones may carry a saved password). */
    public List<String> recentStores() {
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            Optional.ofNullable(node.get(RECENT + i, null)).ifPresent(recent::add);
        }
        return recent;
    }

    public void addRecentStore(String url) {
        List<String> recent = recentStores();
        recent.remove(url);
        recent.add(0, url);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                node.put(RECENT + i, recent.get(i));
            } else {
                node.remove(RECENT + i);
            }
        }
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            org.slf4j.LoggerFactory.getLogger(UiPreferences.class).warn("cannot save preferences", e);
        }
    }
}
