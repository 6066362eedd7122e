package io.eventinspector.ui.connection;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A credential store for tests: a map, or (made {@link #unavailable()}) none at all, as on headless CI. */
public final class InMemoryCredentialStore implements CredentialStore {
    final Map<String, String> passwords = new HashMap<>();
    private final boolean available;

    public InMemoryCredentialStore() {
        this(true);
    }

    private InMemoryCredentialStore(boolean available) {
        this.available = available;
    }

    public static InMemoryCredentialStore unavailable() {
        return new InMemoryCredentialStore(false);
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public void save(String account, String password) {
        if (!available) {
            throw new CredentialStoreException(UNAVAILABLE);
        }
        passwords.put(account, password);
    }

    @Override
    public Optional<String> find(String account) {
        return Optional.ofNullable(passwords.get(account));
    }

    @Override
    public void delete(String account) {
        passwords.remove(account);
    }
}
