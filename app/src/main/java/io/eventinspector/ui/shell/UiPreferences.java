package io.eventinspector.ui.shell;

import io.eventinspector.secrets.Redaction;
import io.eventinspector.ui.connection.CredentialStore;
import io.eventinspector.ui.connection.CredentialStoreException;
import io.eventinspector.ui.connection.PostgresAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the desktop app remembers between runs (window size, column widths, theme, recent stores), in the
 * user's Java preferences, which are plain text (a file, or the Windows registry): no password is ever written
 * here. A remembered PostgreSQL password lives in the {@link CredentialStore}.
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

    /** Recent store URLs, newest first, never with a password. */
    public List<String> recentStores() {
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            Optional.ofNullable(node.get(RECENT + i, null)).ifPresent(recent::add);
        }
        return recent;
    }

    /** Puts {@code url} first; a {@code password=} in it is dropped, never written. */
    public void addRecentStore(String url) {
        List<String> recent = recentStores();
        String safe = PostgresAccounts.withoutPassword(url);
        recent.remove(safe);
        recent.add(0, safe);
        writeRecent(recent);
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

    /**
     * Takes the passwords older versions kept in recent store URLs out of the preferences: each goes to
     * {@code credentials} if it can take it and is dropped otherwise. Returns the (redacted) stores whose
     * password was dropped, for a notice; empty when there was nothing to move or everything moved.
     */
    public List<String> movePasswordsOutOfRecentStores(CredentialStore credentials) {
        List<String> recent = recentStores();
        List<String> dropped = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < recent.size(); i++) {
            String url = recent.get(i);
            Optional<String> password = PostgresAccounts.password(url);
            if (password.isEmpty()) {
                continue;
            }
            try {
                credentials.save(PostgresAccounts.account(url), password.get());
            } catch (CredentialStoreException e) {
                dropped.add(Redaction.url(url));
            }
            recent.set(i, PostgresAccounts.withoutPassword(url));
            changed = true;
        }
        if (changed) {
            writeRecent(recent.stream().distinct().toList());
            flush();
        }
        return dropped;
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            org.slf4j.LoggerFactory.getLogger(UiPreferences.class).warn("cannot save preferences", e);
        }
    }
}
