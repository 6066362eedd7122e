package io.eventinspector.ui.shell;

import io.eventinspector.ui.fx.UiPreferences;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import io.eventinspector.ui.fx.ViewLoader;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.UserRetentionPreferences;
import io.eventinspector.config.UserTracePreferences;
import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.chart.VolumeChartView;
import io.eventinspector.ui.chart.VolumeChartViewModel;
import io.eventinspector.ui.connection.ActiveStore;
import io.eventinspector.ui.connection.CredentialStore;
import io.eventinspector.ui.connection.OsCredentialStore;
import io.eventinspector.ui.connection.PostgresConnectionDialog;
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
import io.eventinspector.Services;
import io.eventinspector.ui.trace.DeliveryHealthViewModel;
import io.eventinspector.ui.trace.HealthWindow;
import io.eventinspector.ui.trace.TraceSource;
import io.eventinspector.ui.trace.TraceView;
import io.eventinspector.ui.trace.TraceViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;

/**
 * The desktop's composition root: builds the view models once (one window) over the active store's
 * {@link io.eventinspector.Services}, and makes every FXML controller with its dependencies through
 * {@link #controllerFor(Class)}, the FXMLLoader controller factory: a new view is one more entry in its map.
 */
public final class AppContext implements AutoCloseable {
    private final UiPreferences preferences;
    private final Notifications notifications = new Notifications();
    private final ActiveStore store;
    private final FilterViewModel filter;
    private final EventTableViewModel table;
    private final ApiServerViewModel apiServer;
    private final ViewLoader views = new ViewLoader(this::controllerFor);
    private final Map<Class<?>, Supplier<?>> controllers;

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
        this.preferences = preferences;
        this.store = new ActiveStore(config, clock, executor, notifications, preferences, storeOpener, credentials);
        store.movePasswordsOutOfPreferences();
        this.filter = new FilterViewModel(clock);
        this.table = new EventTableViewModel(executor, filter, store.eventsProperty(), notifications);
        EventDetailViewModel detail = new EventDetailViewModel(executor);
        detail.eventProperty().bind(table.selectedProperty());
        VolumeChartViewModel chart = new VolumeChartViewModel(executor, filter, store.eventsProperty(), notifications,
                table::refresh);
        table.addRefreshListener(chart::reload);
        LiveTailViewModel liveTail = new LiveTailViewModel(executor, Ticker.on(executor), table, store.eventsProperty(),
                notifications);
        // Saved where the command line's cleanup reads them too; the variables still win over them.
        UserRetentionPreferences retentionPreferences = UserRetentionPreferences.forCurrentUser();
        RetentionScheduling retentionScheduling = new RetentionScheduling(executor, store.servicesProperty(),
                () -> config.retention(retentionPreferences, RetentionOverrides.NONE), notifications,
                retentionPreferences, new CleanupQuestionDialog());
        ImportViewModel importer = new ImportViewModel(executor, store.eventsProperty(), notifications, clock,
                table::refresh, retentionScheduling::outlook);
        ImportFileChooser importChooser = new ImportFileChooser(importer);
        RetentionViewModel retention = new RetentionViewModel(executor, store.servicesProperty(), config,
                retentionPreferences, retentionScheduling, notifications, table::refresh);
        ExportFileChooser exportChooser = new ExportFileChooser(new ExportViewModel(executor, store.servicesProperty(),
                filter.queryProperty(), notifications));
        this.apiServer = new ApiServerViewModel(executor, store.servicesProperty(), notifications);
        ReplayDialogs replayDialogs = new ReplayDialogs(executor, store.servicesProperty(), filter.queryProperty(),
                notifications, views);
        MainViewModel main = new MainViewModel(store, preferences, filter, table, liveTail, apiServer);
        ObservableValue<TraceSource> traces = Bindings.createObjectBinding(() -> {
            Services services = store.servicesProperty().get();
            return services == null ? null : TraceSource.of(services.traces());
        }, store.servicesProperty());
        // Read as the command line reads it (no flag here): the saved preference, else the variable, else 5m.
        UserTracePreferences tracePreferences = UserTracePreferences.forCurrentUser();
        Supplier<Duration> stuckAfter = () -> config.traceStuckAfter(Optional.empty(), tracePreferences.load());
        EventSelection eventSelection = new EventSelection(filter, table);
        TraceViewModel trace = new TraceViewModel(executor, traces, stuckAfter, eventSelection);
        trace.eventProperty().bind(table.selectedProperty());
        DeliveryHealthViewModel health = new DeliveryHealthViewModel(executor, traces, filter.queryProperty(),
                stuckAfter, eventSelection.withoutNarrowing());
        table.addRefreshListener(health::reload);
        table.addRefreshListener(trace::refresh);
        HealthWindow healthWindow = new HealthWindow(health, views);
        PostgresConnectionDialog postgresDialog = new PostgresConnectionDialog(
                () -> new PostgresFormViewModel(executor, Database::open, credentials), views, store, notifications);
        this.controllers = Map.of(
                MainView.class, () -> new MainView(main, notifications, views, importChooser, exportChooser,
                        replayDialogs, postgresDialog, eventSelection, healthWindow),
                StatusBarView.class, () -> new StatusBarView(main, importer, exportChooser.exporter(),
                        retentionScheduling),
                RetentionView.class, () -> new RetentionView(retention),
                ApiServerView.class, () -> new ApiServerView(apiServer),
                FilterBarView.class, () -> new FilterBarView(filter, new SessionSuggestions(store.eventsProperty()),
                        liveTail),
                VolumeChartView.class, () -> new VolumeChartView(chart),
                EventTableView.class, () -> new EventTableView(table, preferences, importChooser),
                EventDetailView.class, () -> new EventDetailView(detail, filter),
                TraceView.class, () -> new TraceView(trace));
    }

    /** The FXMLLoader controller factory: each view gets its view models through its constructor. */
    public Object controllerFor(Class<?> type) {
        Supplier<?> controller = controllers.get(type);
        if (controller == null) {
            throw new IllegalArgumentException("no controller registered for " + type.getName());
        }
        return controller.get();
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
