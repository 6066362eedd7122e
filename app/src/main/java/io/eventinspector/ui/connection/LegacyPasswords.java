package io.eventinspector.ui.connection;

import io.eventinspector.secrets.Redaction;
import io.eventinspector.ui.fx.UiPreferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The passwords older versions kept inside recent store URLs in the preferences, and where they go now. */
final class LegacyPasswords {
    private LegacyPasswords() {
    }

    /**
     * Takes them out of the preferences: each goes to {@code credentials} if it can take it and is dropped
     * otherwise. Returns the (redacted) stores whose password was dropped, for a notice; empty when there was
     * nothing to move or everything moved.
     */
    static List<String> moveOutOf(UiPreferences preferences, CredentialStore credentials) {
        List<String> recent = preferences.recentStores();
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
            preferences.replaceRecentStores(recent.stream().distinct().toList());
        }
        return dropped;
    }
}
