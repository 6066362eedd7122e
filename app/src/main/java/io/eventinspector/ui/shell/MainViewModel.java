package io.eventinspector.ui.shell;

import io.eventinspector.ui.fx.UiPreferences;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.connection.ActiveStore;
import io.eventinspector.ui.events.EventTableViewModel;
import io.eventinspector.ui.events.FilterViewModel;
import io.eventinspector.ui.events.LiveTailViewModel;
import io.eventinspector.ui.server.ApiServerViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The main window's state: the recent stores, the theme, the title and store state, the status bar's texts, and
 * which menu items are enabled. The window's views (filter bar, table, detail, dialogs) have view models of their
 * own; this one holds only what the window itself shows and decides.
 */
public final class MainViewModel {
    static final String DARK_THEME = "theme.dark";

    private final ActiveStore store;
    private final UiPreferences preferences;
    private final FilterViewModel filter;
    private final EventTableViewModel table;
    private final LiveTailViewModel liveTail;
    private final ApiServerViewModel apiServer;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final BooleanBinding readOnly;
    private final BooleanBinding busy;
    private final BooleanBinding canStartApiServer;

    /** One entry of "Open recent": what it shows (never a password) and the store it opens. */
    public record RecentStore(String label, StoreUrl url) {
    }

    public MainViewModel(ActiveStore store, UiPreferences preferences, FilterViewModel filter,
                         EventTableViewModel table, LiveTailViewModel liveTail, ApiServerViewModel apiServer) {
        this.store = store;
        this.preferences = preferences;
        this.filter = filter;
        this.table = table;
        this.liveTail = liveTail;
        this.apiServer = apiServer;
        darkTheme.set(preferences.getBoolean(DARK_THEME, false));
        darkTheme.addListener((observable, old, dark) -> preferences.putBoolean(DARK_THEME, dark));
        readOnly = store.readOnlyProperty();
        busy = table.loadingProperty().or(store.busyProperty());
        canStartApiServer = apiServer.runningProperty().or(apiServer.startingProperty())
                .or(store.servicesProperty().isNull()).not();
    }

    /**
     * The remembered stores, newest first, as the menu shows them: a SQLite store by its file, any other by its URL
     * with a password masked. One that no longer parses (written by an older version) is left out.
     */
    public List<RecentStore> recentStores() {
        List<RecentStore> recent = new ArrayList<>();
        for (String url : preferences.recentStores()) {
            StoreUrl parsed;
            try {
                parsed = StoreUrl.parse(url, Optional.empty(), Optional.empty());
            } catch (RuntimeException e) {
                continue;
            }
            recent.add(new RecentStore(parsed.redacted().replaceFirst("^jdbc:sqlite:", ""), parsed));
        }
        return recent;
    }

    public void open(RecentStore recent) {
        store.open(recent.url());
    }

    public void openSqlite(Path file) {
        store.open(StoreUrl.sqlite(file));
    }

    public void clearFilter() {
        filter.clear();
    }

    public void refresh() {
        table.refresh();
    }

    public void stopApiServer() {
        apiServer.stop();
    }

    /** The dark theme, remembered between runs. */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Live tail on or off, as the View menu's check item shows it. */
    public BooleanProperty liveProperty() {
        return liveTail.liveProperty();
    }

    /** {@code Event Inspector — events.db (SQLite)}, or what is being opened: the window title and status bar. */
    public StringExpression titleProperty() {
        return store.titleProperty();
    }

    /** A gateway's own database is never written: the badge shows, and nothing that would write is offered. */
    public BooleanBinding readOnlyProperty() {
        return readOnly;
    }

    /** A page loading or a store opening. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    /** {@code 1,000 events · …}: what the table shows. */
    public StringExpression statusProperty() {
        return table.statusProperty();
    }

    public ReadOnlyStringProperty apiStatusProperty() {
        return apiServer.statusProperty();
    }

    public ReadOnlyBooleanProperty apiRunningProperty() {
        return apiServer.runningProperty();
    }

    /** A store is open and no server runs or is starting. */
    /** The key made for the running server's start, empty while none is (configured keys are the user's own). */
    public ReadOnlyStringProperty apiKeyProperty() {
        return apiServer.generatedKeyProperty();
    }

    public BooleanBinding canStartApiServerProperty() {
        return canStartApiServer;
    }
}
