package io.eventinspector.ui.fx;

import io.eventinspector.secrets.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.regex.Pattern;

/**
 * What the desktop app remembers between runs (window size, column widths, theme, recent stores), in the
 * user's Java preferences, which are plain text (a file, or the Windows registry): no password is ever written
 * here. A remembered PostgreSQL password lives in the OS credential store (ui.connection), never here.
 */
public final class UiPreferences {
    private static final int MAX_RECENT = 8;
    private static final String RECENT = "recent.";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)[?&;]password=");

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

    /** Recent store URLs, newest first; only entries older versions wrote can carry a password, until moved. */
    public List<String> recentStores() {
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            Optional.ofNullable(node.get(RECENT + i, null)).ifPresent(recent::add);
        }
        return recent;
    }

    /** Puts {@code url} first; a URL that still carries a {@code password=} is refused, never written. */
    public void addRecentStore(String url) {
        requireNoPassword(url);
        List<String> recent = recentStores();
        recent.remove(url);
        recent.add(0, url);
        writeRecent(recent);
    }

    private static void requireNoPassword(String url) {
        if (PASSWORD_PARAMETER.matcher(url).find()) {
            throw new IllegalArgumentException("a recent store is kept without its password: "
                    + Redaction.url(url));
        }
    }

    private void writeRecent(List<String> recent) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                node.put(RECENT + i, recent.get(i));
            } else {
                node.remove(RECENT + i);
            }
        }
    }

    /** Replaces the recent stores (newest first) and saves at once; each must already be without a password. */
    public void replaceRecentStores(List<String> recent) {
        recent.forEach(UiPreferences::requireNoPassword);
        writeRecent(recent);
        flush();
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            org.slf4j.LoggerFactory.getLogger(UiPreferences.class).warn("cannot save preferences", e);
        }
    }
}
