package io.eventinspector.ui.connection;

import java.util.Optional;

/**
 * Where the desktop remembers PostgreSQL passwords: the operating system's credential store, never a file or the
 * preferences. Accounts are {@link PostgresAccounts#account(String) user@host:port/db}. Implementations never put
 * a password into an exception message or a log line.
 */
public interface CredentialStore {
    /** What saving says when there is nowhere safe to keep a password (headless Linux without a Secret Service). */
    String UNAVAILABLE = "cannot remember the password: no credential store available";

    /** Whether a credential store can be reached; may take a moment the first time, so ask off the UI thread. */
    boolean available();

    /**
     * Keeps {@code password} for {@code account}, replacing an older one.
     *
     * @throws CredentialStoreException when it cannot: then nothing was written anywhere
     */
    void save(String account, String password);

    /** The password remembered for {@code account}; empty when none is, or the store cannot be reached. */
    Optional<String> find(String account);

    /** Forgets the password of {@code account}, if one is remembered; quietly does nothing otherwise. */
    void delete(String account);
}
