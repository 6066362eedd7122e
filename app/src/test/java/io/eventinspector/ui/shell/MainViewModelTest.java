package io.eventinspector.ui.shell;

import io.eventinspector.ui.fx.UiPreferences;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import io.eventinspector.ui.fx.TaskExecutor;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.GatewayFiles;
import io.eventinspector.ui.connection.ActiveStore;
import io.eventinspector.ui.connection.InMemoryCredentialStore;
import io.eventinspector.ui.events.EventTableViewModel;
import io.eventinspector.ui.events.FilterViewModel;
import io.eventinspector.ui.events.LiveTailViewModel;
import io.eventinspector.ui.server.ApiServerViewModel;
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

/** The main window's state without a window: recent stores, theme, title, and what the menus enable. */
class MainViewModelTest {
    @TempDir
    Path folder;

    private final Preferences node = Preferences.userRoot().node("io/eventinspector/test/" + UUID.randomUUID());
    private final UiPreferences preferences = new UiPreferences(node);
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final Notifications notifications = new Notifications();
    private final List<StoreUrl> opened = new ArrayList<>();
    private ActiveStore store;
    private ApiServerViewModel apiServer;

    @AfterEach
    void close() throws BackingStoreException {
        if (apiServer != null) {
            apiServer.close();
        }
        if (store != null) {
            store.close();
        }
        node.removeNode();
    }

    private MainViewModel viewModel() {
        store = new ActiveStore(new AppConfig(new Env(Map.of())), Clock.systemUTC(), executor, notifications,
                preferences, url -> {
                    opened.add(url);
                    return Database.open(url);
                }, new InMemoryCredentialStore());
        FilterViewModel filter = new FilterViewModel(Clock.systemUTC());
        EventTableViewModel table = new EventTableViewModel(executor, filter, store.eventsProperty(), notifications);
        LiveTailViewModel liveTail = new LiveTailViewModel(executor, (interval, action) -> TaskExecutor.Handle.DONE,
                table, store.eventsProperty(), notifications);
        apiServer = new ApiServerViewModel(executor, store.servicesProperty(), notifications);
        return new MainViewModel(store, preferences, filter, table, liveTail, apiServer);
    }

    @Test
    void the_recent_stores_show_the_file_or_the_url_without_its_password_and_leave_out_what_cannot_be_read() {
        node.put("recent.0", "jdbc:sqlite:" + folder.resolve("events.db"));
        node.put("recent.1", "jdbc:postgresql://db.example:5432/events?user=alice&password=s3cret");
        node.put("recent.2", "mysql://nowhere/events");
        MainViewModel main = viewModel();

        List<MainViewModel.RecentStore> recent = main.recentStores();

        assertThat(recent).extracting(MainViewModel.RecentStore::label).containsExactly(
                folder.resolve("events.db").toString(),
                "jdbc:postgresql://db.example:5432/events?user=alice&password=***");
        main.open(recent.get(0));
        assertThat(opened).extracting(StoreUrl::jdbcUrl).containsExactly("jdbc:sqlite:" + folder.resolve("events.db"));
    }

    @Test
    void no_recent_stores_before_the_first_open_then_the_opened_one() {
        MainViewModel main = viewModel();
        assertThat(main.recentStores()).isEmpty();

        main.openSqlite(folder.resolve("first.db"));

        assertThat(main.recentStores()).extracting(MainViewModel.RecentStore::label)
                .containsExactly(folder.resolve("first.db").toString());
    }

    @Test
    void the_dark_theme_is_read_from_and_saved_to_the_preferences() {
        preferences.putBoolean("theme.dark", true);
        MainViewModel main = viewModel();
        assertThat(main.darkThemeProperty().get()).isTrue();

        main.darkThemeProperty().set(false);

        assertThat(preferences.getBoolean("theme.dark", true)).isFalse();
    }

    @Test
    void the_title_and_busy_state_follow_the_store_being_opened() {
        MainViewModel main = viewModel();
        assertThat(main.titleProperty().get()).isEqualTo("Event Inspector");
        executor.hold();

        main.openSqlite(folder.resolve("events.db"));

        assertThat(main.titleProperty().get()).isEqualTo("Event Inspector — opening events.db…");
        assertThat(main.busyProperty().get()).isTrue();
        executor.runAll();
        assertThat(main.titleProperty().get()).isEqualTo("Event Inspector — events.db (SQLite)");
        assertThat(main.busyProperty().get()).isFalse();
    }

    @Test
    void a_gateway_database_is_read_only_so_nothing_that_writes_is_offered() throws Exception {
        MainViewModel main = viewModel();
        main.openSqlite(folder.resolve("own.db"));
        assertThat(main.readOnlyProperty().get()).isFalse();

        Path gateway = GatewayFiles.create(folder.resolve("gateway.db"), new GatewayFiles.Row(
                "20260203103000.123456789", "message.sent", "s1", "{}", "2026-02-03 10:30:00.123456789+00:00"));
        main.openSqlite(gateway);

        assertThat(main.readOnlyProperty().get()).isTrue();
    }

    @Test
    void the_api_server_can_be_started_once_a_store_is_open_and_stopped_only_while_it_runs() {
        MainViewModel main = viewModel();
        assertThat(main.canStartApiServerProperty().get()).isFalse();
        assertThat(main.apiRunningProperty().get()).isFalse();

        main.openSqlite(folder.resolve("events.db"));
        assertThat(main.canStartApiServerProperty().get()).isTrue();

        apiServer.portProperty().set("0");
        assertThat(apiServer.start()).isTrue();
        assertThat(main.apiRunningProperty().get()).isTrue();
        assertThat(main.canStartApiServerProperty().get()).isFalse();
        main.stopApiServer();
        assertThat(main.apiRunningProperty().get()).isFalse();
        assertThat(main.canStartApiServerProperty().get()).isTrue();
    }
}
