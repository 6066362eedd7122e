package io.eventinspector.ui.connection;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.store.Database;
import io.eventinspector.store.StoreException;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.TestDatabases;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Connect to PostgreSQL" form: what it checks, the URL it builds (never with the password), its test. */
class PostgresFormViewModelTest {
    private static final String SECRET = "p@ss&word=1";

    @TempDir
    Path folder;

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final List<StoreUrl> opened = new ArrayList<>();

    private PostgresFormViewModel form(Function<StoreUrl, Database> opener, CredentialStore credentials) {
        PostgresFormViewModel form = new PostgresFormViewModel(executor, url -> {
            opened.add(url);
            return opener.apply(url);
        }, credentials);
        form.databaseProperty().set("events");
        return form;
    }

    private PostgresFormViewModel form() {
        return form(url -> {
            throw new AssertionError("nothing should be opened");
        }, new InMemoryCredentialStore());
    }

    @Test
    void a_host_and_a_database_are_required_and_the_port_must_be_a_port_number() {
        PostgresFormViewModel form = form();

        form.hostProperty().set(" ");
        assertThatThrownBy(form::storeUrl).isInstanceOf(StoreException.class)
                .hasMessage("host is required to connect to PostgreSQL");
        form.hostProperty().set("db.example");
        form.databaseProperty().set("");
        assertThatThrownBy(form::storeUrl).hasMessage("database is required to connect to PostgreSQL");
        form.databaseProperty().set("events");
        form.portProperty().set("54x");
        assertThatThrownBy(form::storeUrl).hasMessage("port must be a number from 1 to 65535, got \"54x\"");
        form.portProperty().set("0");
        assertThatThrownBy(form::storeUrl).hasMessage("port must be a number from 1 to 65535, got 0");
        form.portProperty().set("65536");
        assertThatThrownBy(form::storeUrl).hasMessage("port must be a number from 1 to 65535, got 65536");
        form.portProperty().set(" 6543 ");
        assertThat(form.storeUrl().jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/events");
    }

    @Test
    void the_url_has_the_trimmed_fields_and_an_encoded_user_but_never_the_password() {
        PostgresFormViewModel form = form();
        form.hostProperty().set(" db.example ");
        form.databaseProperty().set(" events ");
        form.userProperty().set(" ali ce&x ");
        form.passwordProperty().set(SECRET);

        StoreUrl url = form.storeUrl();

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/events?user=ali+ce%26x");
        assertThat(url.password()).contains(SECRET);
        assertThat(url.redacted()).doesNotContain("p@ss").doesNotContain("word=1");
    }

    @Test
    void without_a_user_or_password_the_url_has_neither_and_defaults_are_the_local_server() {
        StoreUrl url = form().storeUrl();

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/events");
        assertThat(url.password()).isEmpty();
    }

    @Test
    void testing_an_incomplete_form_says_why_and_opens_nothing() {
        PostgresFormViewModel form = form();
        form.hostProperty().set("");

        form.testConnection();

        assertThat(form.testResultProperty().get()).isEqualTo("host is required to connect to PostgreSQL");
        assertThat(form.testingProperty().get()).isFalse();
        assertThat(opened).isEmpty();
    }

    @Test
    void testing_a_connection_opens_it_in_the_background_with_the_password_and_counts_the_events() {
        Database database = TestDatabases.sqlite(folder);
        database.events().append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                event("e2", "message.sent", "s1", "2026-02-03T10:00:02Z")));
        PostgresFormViewModel form = form(url -> database, new InMemoryCredentialStore());
        form.userProperty().set("alice");
        form.passwordProperty().set(SECRET);
        executor.hold();

        form.testConnection();

        assertThat(form.testingProperty().get()).isTrue();
        assertThat(form.testResultProperty().get())
                .isEqualTo("connecting to jdbc:postgresql://127.0.0.1:5432/events?user=alice…");
        executor.runAll();
        assertThat(form.testingProperty().get()).isFalse();
        assertThat(form.testResultProperty().get()).isEqualTo("connected: 2 events");
        assertThat(opened).singleElement().satisfies(url -> assertThat(url.password()).contains(SECRET));
    }

    @Test
    void a_connection_that_fails_says_why_without_the_password() {
        PostgresFormViewModel form = form(url -> {
            throw new StoreException("cannot open " + url.redacted() + ": password authentication failed");
        }, new InMemoryCredentialStore());
        form.userProperty().set("alice");
        form.passwordProperty().set(SECRET);

        form.testConnection();

        assertThat(form.testingProperty().get()).isFalse();
        assertThat(form.testResultProperty().get()).isEqualTo("cannot open jdbc:postgresql://127.0.0.1:5432/events"
                + "?user=alice: password authentication failed").doesNotContain("p@ss");
    }

    @Test
    void asking_to_remember_the_password_says_at_once_when_there_is_no_credential_store() {
        PostgresFormViewModel available = form(url -> null, new InMemoryCredentialStore());
        available.savePasswordProperty().set(true);
        assertThat(available.savePasswordNoteProperty().get()).isEmpty();

        PostgresFormViewModel unavailable = form(url -> null, InMemoryCredentialStore.unavailable());
        unavailable.savePasswordProperty().set(true);
        assertThat(unavailable.savePasswordNoteProperty().get()).isEqualTo(CredentialStore.UNAVAILABLE);
        unavailable.savePasswordProperty().set(false);
        assertThat(unavailable.savePasswordNoteProperty().get()).isEmpty();
    }
}
