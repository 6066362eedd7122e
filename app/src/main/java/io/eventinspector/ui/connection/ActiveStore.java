package io.eventinspector.ui.connection;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import io.eventinspector.ui.fx.UiPreferences;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The store the window shows. Opening happens off the UI thread, so switching never freezes the window; when
 * two opens race, the newer wins and the older database is closed as soon as it arrives. A PostgreSQL password
 * the user asked to remember goes to the {@link CredentialStore} once the connection worked, and a PostgreSQL URL
 * opened without one (a recent store) looks it up there; URLs never carry it.
 */
public final class ActiveStore implements AutoCloseable {
    private final AppConfig config;
    private final Clock clock;
    private final TaskExecutor executor;
    private final Notifications notifications;
    private final UiPreferences preferences;
    private final Function<StoreUrl, Database> opener;
    private final CredentialStore credentials;
    private final ReadOnlyObjectWrapper<Services> services = new ReadOnlyObjectWrapper<>(this, "services");
    private final ReadOnlyObjectWrapper<EventStore> events = new ReadOnlyObjectWrapper<>(this, "events");
    private final ReadOnlyObjectWrapper<StoreUrl> opening = new ReadOnlyObjectWrapper<>(this, "opening");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private long generation;
    /** Said once the first store has opened, so the open does not dismiss it at once. */
    private String startNotice;

    public ActiveStore(AppConfig config, Clock clock, TaskExecutor executor, Notifications notifications,
                       UiPreferences preferences, Function<StoreUrl, Database> opener, CredentialStore credentials) {
        this.config = config;
        this.clock = clock;
        this.executor = executor;
        this.notifications = notifications;
        this.preferences = preferences;
        this.opener = opener;
        this.credentials = credentials;
        busy.bind(opening.isNotNull());
    }

    /**
     * Moves passwords that older versions kept in the recent stores' URLs out of the preferences, into the
     * credential store if there is one; a password that cannot go there is dropped and the user told.
     */
    public void movePasswordsOutOfPreferences() {
        // The OS keyring can be slow or ask the user to unlock it: never on the UI thread.
        executor.submit(() -> LegacyPasswords.moveOutOf(preferences, credentials), dropped -> {
            if (!dropped.isEmpty()) {
                startNotice = "Removed the password saved in plain text for " + String.join(", ", dropped) + " ("
                        + CredentialStore.UNAVAILABLE + "): enter it again when you connect";
                notifications.info(startNotice);
            }
        }, error -> notifications.failure("Moving saved passwords to the credential store", error,
                this::movePasswordsOutOfPreferences));
    }

    /**
     * Opens {@code url} in the background and switches to it; a failure is a notification with a retry. A
     * PostgreSQL URL without a password gets the one remembered for its account, if any.
     */
    public void open(StoreUrl url) {
        open(url, PasswordChoice.LOOK_UP);
    }

    /** Opens what the connection form describes, then remembers its password or forgets any remembered one. */
    public void connect(StoreUrl url, boolean rememberPassword) {
        open(url, rememberPassword ? PasswordChoice.REMEMBER : PasswordChoice.FORGET);
    }

    private enum PasswordChoice { LOOK_UP, REMEMBER, FORGET }

    private record Opened(Database database, Optional<String> notice) {
    }

    private void open(StoreUrl url, PasswordChoice choice) {
        long mine = ++generation;
        opening.set(url);
        executor.submit(() -> openWithPassword(url, choice), opened -> {
            Database database = opened.database();
            if (mine != generation) {
                executor.submit(() -> close(database), ignored -> { }, ignored -> { });
                return;
            }
            opening.set(null);
            Services previous = services.get();
            services.set(new Services(config, database, clock));
            events.set(database.events());
            preferences.addRecentStore(PostgresAccounts.withoutPassword(url.jdbcUrl()));
            Optional<String> notice = opened.notice().or(() -> Optional.ofNullable(startNotice));
            startNotice = null;
            notice.ifPresentOrElse(notifications::info, notifications::dismiss);
            if (previous != null) {
                executor.submit(() -> close(previous), ignored -> { }, ignored -> { });
            }
        }, error -> {
            if (mine == generation) {
                opening.set(null);
                notifications.failure("Cannot open " + url.redacted(), error, () -> open(url, choice));
            }
        });
    }

    /** Off the UI thread: a credential store may take a moment to answer. */
    private Opened openWithPassword(StoreUrl url, PasswordChoice choice) {
        boolean postgres = PostgresAccounts.isPostgres(url.jdbcUrl());
        String account = postgres ? PostgresAccounts.account(url.jdbcUrl()) : "";
        StoreUrl withPassword = url;
        if (postgres && choice == PasswordChoice.LOOK_UP && url.password().isEmpty()
                && PostgresAccounts.password(url.jdbcUrl()).isEmpty()) {
            withPassword = credentials.find(account).map(password -> new StoreUrl(url.kind(), url.jdbcUrl(),
                    url.file(), url.user(), Optional.of(password))).orElse(url);
        }
        Database database = opener.apply(withPassword);
        if (!postgres || choice == PasswordChoice.LOOK_UP) {
            return new Opened(database, Optional.empty());
        }
        if (choice == PasswordChoice.FORGET || url.password().isEmpty()) {
            credentials.delete(account);
            return new Opened(database, Optional.empty());
        }
        try {
            credentials.save(account, url.password().get());
            return new Opened(database, Optional.empty());
        } catch (CredentialStoreException e) {
            return new Opened(database, Optional.of("Connected to " + url.redacted() + ", but " + e.getMessage()));
        }
    }

    private static Void close(AutoCloseable resource) throws Exception {
        resource.close();
        return null;
    }

    public ReadOnlyObjectProperty<Services> servicesProperty() {
        return services.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EventStore> eventsProperty() {
        return events.getReadOnlyProperty();
    }

    /** True while a store is being opened. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the open store refuses writes: a gateway's own database, opened read-only. */
    public BooleanBinding readOnlyProperty() {
        return Bindings.createBooleanBinding(() -> events.get() != null && events.get().info().readOnly(), events);
    }

    /** {@code Event Inspector — events.db (SQLite)}, or what is being opened. */
    public StringExpression titleProperty() {
        return Bindings.createStringBinding(() -> {
            if (opening.get() != null) {
                return "Event Inspector — opening " + opening.get().shortName() + "…";
            }
            EventStore store = events.get();
            return store == null ? "Event Inspector" : "Event Inspector — " + store.info().displayName();
        }, opening, events);
    }

    @Override
    public void close() {
        if (services.get() != null) {
            services.get().close();
        }
    }
}
