package io.eventinspector.ui;

import io.eventinspector.config.AppConfig;
import io.eventinspector.config.UserRetentionPreferences;
import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.chart.VolumeChartView;
import io.eventinspector.ui.chart.VolumeChartViewModel;
import io.eventinspector.ui.connection.ActiveStore;
import io.eventinspector.ui.connection.CredentialStore;
import io.eventinspector.ui.connection.OsCredentialStore;
import io.eventinspector.ui.connection.PostgresFormViewModel;
import io.eventinspector.ui.events.EventDetailView;
import io.eventinspector.ui.events.EventDetailViewModel;
import io.eventinspector.ui.events.EventTableView;
import io.eventinspector.ui.events.EventTableViewModel;
import io.eventinspector.ui.events.FilterBarView;
import io.eventinspector.ui.events.FilterViewModel;
import io.eventinspector.ui.retention.CleanupQuestionDialog;
import io.eventinspector.ui.retention.RetentionScheduling;
import io.eventinspector.ui.retention.RetentionView;
import io.eventinspector.ui.retention.RetentionViewModel;
import io.eventinspector.ui.server.ApiServerView;
import io.eventinspector.ui.server.ApiServerViewModel;
import io.eventinspector.ui.transfer.ExportFileChooser;
import io.eventinspector.ui.transfer.ExportViewModel;
import io.eventinspector.ui.replay.ReplayDialogs;
import io.eventinspector.ui.events.LiveTailViewModel;
import io.eventinspector.ui.events.SessionSuggestions;
import io.eventinspector.ui.events.Ticker;
import io.eventinspector.ui.transfer.ImportFileChooser;
import io.eventinspector.ui.transfer.ImportViewModel;
import java.time.Clock;
import java.util.function.Function;

/**
 * The desktop's composition root: builds the view models once (one window) over the active store's
 * {@link io.eventinspector.Services}, and makes every FXML controller with its dependencies through
 * {@link #controllerFor(Class)}, the FXMLLoader controller factory.
 */
public final class AppContext implements AutoCloseable {
    private final TaskExecutor executor;
    private final UiPreferences preferences;
    private final Notifications notifications = new Notifications();
    private final ActiveStore store;
    private final FilterViewModel filter;
    private final EventTableViewModel table;
    private final EventDetailViewModel detail;
    private final VolumeChartViewModel chart;
    private final LiveTailViewModel liveTail;
    private final ImportViewModel importer;
    private final ImportFileChooser importChooser;
    private final RetentionScheduling retentionScheduling;
    private final RetentionViewModel retention;
    private final ExportFileChooser exportChooser;
    private final ApiServerViewModel apiServer;
    private final ViewLoader views = new ViewLoader(this::controllerFor);
    private final ReplayDialogs replayDialogs;
    private final CredentialStore credentials;

    public AppContext(AppConfig config, Clock clock, TaskExecutor executor, UiPreferences preferences) {
        this(config, clock, executor, preferences, Database::open);
    }

    /** With {@code storeOpener} for the stores the window shows (the start-up one may be opening already). */
    public AppContext(AppConfig config, Clock clock, TaskExecutor executor, UiPreferences preferences,
                      Function<StoreUrl, Database> storeOpener) {
        this(config, clock, executor, preferences, storeOpener, new OsCredentialStore());
    }

    /** With {@code credentials} where remembered PostgreSQL passwords are kept (tests: an in-memory one). */
    public AppContext(AppConfig config, Clock clock, TaskExecutor executor, UiPreferences preferences,
                      Function<StoreUrl, Database> storeOpener, CredentialStore credentials) {
        this.executor = executor;
        this.preferences = preferences;
        this.credentials = credentials;
        this.store = new ActiveStore(config, clock, executor, notifications, preferences, storeOpener, credentials);
        store.movePasswordsOutOfPreferences();
        this.filter = new FilterViewModel(clock);
        this.table = new EventTableViewModel(executor, filter, store.eventsProperty(), notifications);
        this.detail = new EventDetailViewModel(executor);
        this.chart = new VolumeChartViewModel(executor, filter, store.eventsProperty(), notifications, table::refresh);
        table.addRefreshListener(chart::reload);
        this.liveTail = new LiveTailViewModel(executor, Ticker.on(executor), table, store.eventsProperty(),
                notifications);
        // Saved where the command line's cleanup reads them too; the variables still win over them.
        UserRetentionPreferences retentionPreferences = UserRetentionPreferences.forCurrentUser();
        this.retentionScheduling = new RetentionScheduling(executor, store.servicesProperty(),
                () -> config.retention(retentionPreferences, RetentionOverrides.NONE), notifications,
                retentionPreferences, new CleanupQuestionDialog());
        this.importer = new ImportViewModel(executor, store.eventsProperty(), notifications, clock, table::refresh,
                retentionScheduling::outlook);
        this.importChooser = new ImportFileChooser(importer);
        this.retention = new RetentionViewModel(executor, store.servicesProperty(), config, retentionPreferences,
                retentionScheduling, notifications, table::refresh);
        this.exportChooser = new ExportFileChooser(new ExportViewModel(executor, store.servicesProperty(),
                filter.queryProperty(), notifications));
        this.apiServer = new ApiServerViewModel(executor, store.servicesProperty(), notifications);
        this.replayDialogs = new ReplayDialogs(executor, store.servicesProperty(), filter.queryProperty(),
                notifications, views);
    }

    /** The FXMLLoader controller factory: each view gets its view models through its constructor. */
    public Object controllerFor(Class<?> type) {
        if (type == MainView.class) {
            return new MainView(store, filter, table, detail, importer, notifications, preferences, views,
                    importChooser, () -> new PostgresFormViewModel(executor, Database::open, credentials),
                    retentionScheduling, exportChooser, apiServer, replayDialogs, liveTail);
        }
        if (type == RetentionView.class) {
            return new RetentionView(retention);
        }
        if (type == ApiServerView.class) {
            return new ApiServerView(apiServer);
        }
        if (type == FilterBarView.class) {
            return new FilterBarView(filter, new SessionSuggestions(store.eventsProperty()), liveTail);
        }
        if (type == VolumeChartView.class) {
            return new VolumeChartView(chart);
        }
        if (type == EventTableView.class) {
            return new EventTableView(table, preferences, importChooser);
        }
        if (type == EventDetailView.class) {
            return new EventDetailView(detail, filter);
        }
        throw new IllegalArgumentException("no controller registered for " + type.getName());
    }

    public ViewLoader views() {
        return views;
    }

    public ActiveStore store() {
        return store;
    }

    public FilterViewModel filter() {
        return filter;
    }

    public EventTableViewModel table() {
        return table;
    }

    public Notifications notifications() {
        return notifications;
    }

    public UiPreferences preferences() {
        return preferences;
    }

    @Override
    public void close() {
        apiServer.close();
        store.close();
        preferences.flush();
    }
}
