package io.eventinspector.ui.connection;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's credential store through java-keyring: the macOS Keychain, the Windows Credential
 * Manager, or a Secret Service (GNOME Keyring, KWallet) on Linux. The keyring is reached on first use, not at
 * start, so a window that never remembers a password never talks to it. Its messages name the account at most.
 */
public final class OsCredentialStore implements CredentialStore {
    /** The service every password is filed under, as the user sees it in the keychain's list. */
    static final String SERVICE = "Event Inspector (PostgreSQL)";
    private static final Logger LOG = LoggerFactory.getLogger(OsCredentialStore.class);

    private Keyring keyring;
    private boolean unavailable;

    private synchronized Optional<Keyring> keyring() {
        if (keyring == null && !unavailable) {
            try {
                keyring = Keyring.create();
            } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
                unavailable = true;
                LOG.info("No credential store available, so no password can be remembered: {}", e.getMessage());
                LOG.debug("Credential store lookup", e);
            }
        }
        return Optional.ofNullable(keyring);
    }

    @Override
    public boolean available() {
        return keyring().isPresent();
    }

    @Override
    public void save(String account, String password) {
        Keyring store = keyring().orElseThrow(() -> new CredentialStoreException(UNAVAILABLE));
        try {
            store.setPassword(SERVICE, account, password);
        } catch (PasswordAccessException | RuntimeException e) {
            LOG.warn("The credential store refused the password of {}", account, e);
            throw new CredentialStoreException("cannot remember the password: the credential store refused it ("
                    + e.getClass().getSimpleName() + "); details are in the log");
        }
    }

    @Override
    public Optional<String> find(String account) {
        Optional<Keyring> store = keyring();
        if (store.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(store.get().getPassword(SERVICE, account));
        } catch (PasswordAccessException | RuntimeException e) {
            // java-keyring reports "no such password" this way too: opening then asks the database without one.
            LOG.debug("No remembered password for {}", account, e);
            return Optional.empty();
        }
    }

    @Override
    public void delete(String account) {
        keyring().ifPresent(store -> {
            try {
                store.deletePassword(SERVICE, account);
            } catch (PasswordAccessException | RuntimeException e) {
                LOG.debug("No remembered password to forget for {}", account, e);
            }
        });
    }
}
