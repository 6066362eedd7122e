package io.eventinspector.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.TestDatabases;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import io.eventinspector.ui.fx.UiPreferences;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remembered PostgreSQL password lives in the credential store and never in the preferences (plain text): not
 * from the connection form, not in the recent stores, and not where an older version left it.
 */
class RememberedPasswordsTest {
    private static final String SECRET = "s3cr&t=pw";

    @TempDir
    Path folder;

    private final Preferences node = Preferences.userRoot().node("io/eventinspector/test/" + UUID.randomUUID());
    private final UiPreferences preferences = new UiPreferences(node);
    private final Notifications notifications = new Notifications();
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final List<StoreUrl> opened = new ArrayList<>();
    private final List<Database> databases = new ArrayList<>();
    private ActiveStore store;

    @AfterEach
    void close() throws BackingStoreException {
        if (store != null) {
            store.close();
        }
        databases.forEach(Database::close);
        node.removeNode();
    }

    private ActiveStore activeStore(CredentialStore credentials) {
        store = new ActiveStore(new AppConfig(new Env(Map.of())), Clock.systemUTC(), executor, notifications,
                preferences, url -> {
                    opened.add(url);
                    Database database = TestDatabases.sqlite(folder.resolve(UUID.randomUUID().toString()));
                    databases.add(database);
                    return database;
                }, credentials);
        return store;
    }

    private PostgresFormViewModel filledForm(CredentialStore credentials) {
        PostgresFormViewModel form = new PostgresFormViewModel(executor, opener -> null, credentials);
        form.hostProperty().set("db.example");
        form.databaseProperty().set("events");
        form.userProperty().set("alice");
        form.passwordProperty().set(SECRET);
        form.savePasswordProperty().set(true);
        return form;
    }

    @Test
    void the_form_never_puts_the_password_into_the_url_even_when_asked_to_remember_it() {
        StoreUrl url = filledForm(new InMemoryCredentialStore()).storeUrl();

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/events?user=alice");
        assertThat(url.password()).contains(SECRET);
    }

    @Test
    void a_remembered_password_goes_to_the_credential_store_and_a_recent_store_opens_with_it() throws Exception {
        InMemoryCredentialStore credentials = new InMemoryCredentialStore();
        activeStore(credentials).connect(filledForm(credentials).storeUrl(), true);

        assertThat(credentials.passwords).containsExactly(Map.entry("alice@db.example:5432/events", SECRET));
        assertThat(preferences.recentStores()).containsExactly("jdbc:postgresql://db.example:5432/events?user=alice");
        assertNoPasswordIn(node);

        // Opening it again from the recent stores: the URL has no password, the credential store gives it.
        store.open(StoreUrl.parse(preferences.recentStores().get(0), java.util.Optional.empty(),
                java.util.Optional.empty()));

        assertThat(opened.get(1).jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/events?user=alice");
        assertThat(opened.get(1).password()).contains(SECRET);
    }

    @Test
    void connecting_without_remembering_forgets_a_remembered_password() {
        InMemoryCredentialStore credentials = new InMemoryCredentialStore();
        credentials.passwords.put("alice@db.example:5432/events", "old");
        PostgresFormViewModel form = filledForm(credentials);
        form.savePasswordProperty().set(false);

        activeStore(credentials).connect(form.storeUrl(), false);

        assertThat(credentials.passwords).isEmpty();
        assertThat(opened.get(0).password()).contains(SECRET);
    }

    @Test
    void without_a_credential_store_the_password_is_not_remembered_anywhere_and_the_user_is_told() throws Exception {
        InMemoryCredentialStore credentials = InMemoryCredentialStore.unavailable();
        PostgresFormViewModel form = filledForm(credentials);
        assertThat(form.savePasswordNoteProperty().get()).isEqualTo(
                "cannot remember the password: no credential store available");

        activeStore(credentials).connect(form.storeUrl(), true);

        assertThat(store.servicesProperty().get()).isNotNull(); // connected all the same
        assertThat(notifications.currentProperty().get().message()).isEqualTo("Connected to "
                + "jdbc:postgresql://db.example:5432/events?user=alice, but cannot remember the password: no "
                + "credential store available");
        assertThat(preferences.recentStores()).containsExactly("jdbc:postgresql://db.example:5432/events?user=alice");
        assertNoPasswordIn(node);
    }

    @Test
    void a_password_an_older_version_kept_in_a_recent_store_moves_to_the_credential_store_on_start()
            throws Exception {
        node.put("recent.0", "jdbc:postgresql://db.example:5432/events?user=alice&password=s3cr%26t%3Dpw");
        node.put("recent.1", "jdbc:sqlite:/tmp/events.db");
        InMemoryCredentialStore credentials = new InMemoryCredentialStore();

        executor.hold();
        activeStore(credentials).movePasswordsOutOfPreferences();
        assertThat(credentials.passwords).as("moved on the executor, not the UI thread").isEmpty();
        executor.runAll();

        assertThat(credentials.passwords).containsExactly(Map.entry("alice@db.example:5432/events", SECRET));
        assertThat(preferences.recentStores()).containsExactly("jdbc:postgresql://db.example:5432/events?user=alice",
                "jdbc:sqlite:/tmp/events.db");
        assertNoPasswordIn(node);
        assertThat(notifications.currentProperty().get()).isNull();
    }

    @Test
    void without_a_credential_store_a_legacy_password_is_dropped_with_a_notice_that_outlasts_the_first_open()
            throws Exception {
        node.put("recent.0", "jdbc:postgresql://db.example/events?password=s3cr%26t%3Dpw&user=alice");

        activeStore(InMemoryCredentialStore.unavailable()).movePasswordsOutOfPreferences();
        executor.runAll();
        store.open(StoreUrl.sqlite(folder.resolve("first.db")));

        assertThat(preferences.recentStores()).contains("jdbc:postgresql://db.example/events?user=alice");
        assertNoPasswordIn(node);
        assertThat(notifications.currentProperty().get().message()).isEqualTo("Removed the password saved in plain "
                + "text for jdbc:postgresql://db.example/events?password=***&user=alice (cannot remember the "
                + "password: no credential store available): enter it again when you connect");
    }

    @Test
    void a_url_given_with_a_password_is_kept_in_the_recent_stores_without_it() throws Exception {
        String given = "jdbc:postgresql://db.example:5432/events?password=pw&user=alice&ssl=true";

        assertThatThrownBy(() -> preferences.addRecentStore(given)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("=pw");
        preferences.addRecentStore(PostgresAccounts.withoutPassword(given));

        assertThat(preferences.recentStores()).containsExactly(
                "jdbc:postgresql://db.example:5432/events?user=alice&ssl=true");
        assertNoPasswordIn(node);
    }

    private static void assertNoPasswordIn(Preferences node) throws BackingStoreException {
        node.flush();
        for (String key : node.keys()) {
            assertThat(node.get(key, "")).doesNotContainIgnoringCase("password").doesNotContain("s3cr")
                    .doesNotContain("pw");
        }
    }
}
