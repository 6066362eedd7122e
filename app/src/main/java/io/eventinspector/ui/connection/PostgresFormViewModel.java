package io.eventinspector.ui.connection;

import io.eventinspector.store.Database;
import io.eventinspector.store.StoreException;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Connect to PostgreSQL" form: host, port, database, user, password, and whether to remember the password
 * (in the {@link CredentialStore}, never in the URL). "Test connection" opens and closes the database in the
 * background and reports the outcome in one line.
 */
public final class PostgresFormViewModel {
    private final TaskExecutor executor;
    private final Function<StoreUrl, Database> opener;
    private final CredentialStore credentials;
    private final StringProperty host = new SimpleStringProperty(this, "host", "127.0.0.1");
    private final StringProperty port = new SimpleStringProperty(this, "port", "5432");
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty savePassword = new SimpleBooleanProperty(this, "savePassword");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyStringWrapper savePasswordNote = new ReadOnlyStringWrapper(this, "savePasswordNote", "");

    public PostgresFormViewModel(TaskExecutor executor, Function<StoreUrl, Database> opener,
                                 CredentialStore credentials) {
        this.executor = executor;
        this.opener = opener;
        this.credentials = credentials;
        savePassword.addListener((observable, old, save) -> checkCredentialStore(save));
    }

    /** Says at once, beside the box, when there is nowhere to remember the password. */
    private void checkCredentialStore(boolean save) {
        savePasswordNote.set("");
        if (save) {
            executor.submit(credentials::available, available -> {
                if (savePassword.get()) {
                    savePasswordNote.set(available ? "" : CredentialStore.UNAVAILABLE);
                }
            }, error -> savePasswordNote.set(CredentialStore.UNAVAILABLE));
        }
    }

    /**
     * The store URL the form describes. The password always travels beside it, never in it: the URL goes into the
     * recent list, titles and messages; a password to remember goes to the credential store when connecting.
     */
    public StoreUrl storeUrl() {
        String hostText = required("host", host.get());
        String databaseText = required("database", database.get());
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            throw new StoreException("port must be a number from 1 to 65535, got \"" + port.get() + "\"");
        }
        if (portNumber < 1 || portNumber > 65535) {
            throw new StoreException("port must be a number from 1 to 65535, got " + portNumber);
        }
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostText).append(':').append(portNumber)
                .append('/').append(databaseText);
        String userText = user.get().strip();
        if (!userText.isEmpty()) {
            url.append("?user=").append(encode(userText));
        }
        Optional<String> secret = password.get().isEmpty() ? Optional.empty() : Optional.of(password.get());
        return StoreUrl.parse(url.toString(), Optional.empty(), secret);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new StoreException(field + " is required to connect to PostgreSQL");
        }
        return value.strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public void testConnection() {
        StoreUrl url;
        try {
            url = storeUrl();
        } catch (StoreException e) {
            testResult.set(e.getMessage());
            return;
        }
        testing.set(true);
        testResult.set("connecting to " + url.redacted() + "…");
        executor.submit(() -> {
            try (Database opened = opener.apply(url)) {
                return opened.events().stats().total();
            }
        }, total -> {
            testing.set(false);
            testResult.set("connected: " + total + " events");
        }, error -> {
            testing.set(false);
            testResult.set(Notifications.describe(error));
        });
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty savePasswordProperty() {
        return savePassword;
    }

    /** Empty, or why the password cannot be remembered. */
    public ReadOnlyStringProperty savePasswordNoteProperty() {
        return savePasswordNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }
}
