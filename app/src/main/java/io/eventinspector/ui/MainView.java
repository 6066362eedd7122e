package io.eventinspector.ui;

import io.eventinspector.event.Event;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.connection.ActiveStore;
import io.eventinspector.ui.connection.PostgresConnectionView;
import io.eventinspector.ui.connection.PostgresFormViewModel;
import io.eventinspector.ui.events.EventDetailView;
import io.eventinspector.ui.events.EventDetailViewModel;
import io.eventinspector.ui.events.EventTableView;
import io.eventinspector.ui.events.EventTableViewModel;
import io.eventinspector.ui.events.FilterBarView;
import io.eventinspector.ui.events.FilterViewModel;
import io.eventinspector.ui.retention.RetentionScheduling;
import io.eventinspector.ui.retention.RetentionView;
import io.eventinspector.ui.server.ApiServerView;
import io.eventinspector.ui.server.ApiServerViewModel;
import io.eventinspector.ui.transfer.ExportFileChooser;
import io.eventinspector.ui.replay.ReplayDialogs;
import io.eventinspector.ui.events.LiveTailViewModel;
import io.eventinspector.ui.transfer.ImportFileChooser;
import io.eventinspector.ui.transfer.ImportViewModel;
import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * The main window: menus, shortcuts, the notification bar and the status bar around the filter bar, the event
 * table and the detail pane (each a view of its own).
 */
public final class MainView {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ActiveStore store;
    private final FilterViewModel filter;
    private final EventTableViewModel table;
    private final EventDetailViewModel detail;
    private final ImportViewModel importer;
    private final Notifications notifications;
    private final UiPreferences preferences;
    private final ViewLoader views;
    private final ImportFileChooser importChooser;
    private final Supplier<PostgresFormViewModel> postgresForms;
    private final RetentionScheduling retention;
    private final ExportFileChooser exportChooser;
    private final ApiServerViewModel apiServer;
    private final ReplayDialogs replayDialogs;
    private final LiveTailViewModel liveTail;

    @FXML
    private BorderPane root;
    @FXML
    private Menu recentMenu;
    @FXML
    private CheckMenuItem darkTheme;
    @FXML
    private SplitPane split;
    private NotificationPane notificationPane;
    @FXML
    private Label status;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label importProgress;
    @FXML
    private Button cancelImport;
    @FXML
    private Label storeLabel;
    @FXML
    private Label readOnlyBadge;
    @FXML
    private MenuItem importItem;
    @FXML
    private MenuItem generateItem;
    @FXML
    private Label exportProgress;
    @FXML
    private Button cancelExport;
    @FXML
    private Label retentionStatus;
    @FXML
    private Label apiStatus;
    @FXML
    private MenuItem startApiItem;
    @FXML
    private MenuItem stopApiItem;
    @FXML
    private MenuItem replaySelectedItem;
    @FXML
    private FilterBarView filterBarController;
    @FXML
    private EventTableView eventTableController;
    @FXML
    private StackPane detailSlot;
    private EventDetailView eventDetail;
    @FXML
    private CheckMenuItem liveItem;

    public MainView(ActiveStore store, FilterViewModel filter, EventTableViewModel table, EventDetailViewModel detail,
                    ImportViewModel importer, Notifications notifications, UiPreferences preferences, ViewLoader views,
                    ImportFileChooser importChooser, Supplier<PostgresFormViewModel> postgresForms,
                    RetentionScheduling retention, ExportFileChooser exportChooser, ApiServerViewModel apiServer,
                    ReplayDialogs replayDialogs, LiveTailViewModel liveTail) {
        this.store = store;
        this.filter = filter;
        this.table = table;
        this.detail = detail;
        this.importer = importer;
        this.notifications = notifications;
        this.preferences = preferences;
        this.views = views;
        this.importChooser = importChooser;
        this.postgresForms = postgresForms;
        this.retention = retention;
        this.exportChooser = exportChooser;
        this.apiServer = apiServer;
        this.replayDialogs = replayDialogs;
        this.liveTail = liveTail;
    }

    @FXML
    private void initialize() {
        detail.eventProperty().bind(table.selectedProperty());
        status.textProperty().bind(table.statusProperty());
        busy.visibleProperty().bind(table.loadingProperty().or(store.busyProperty()));
        storeLabel.textProperty().bind(store.titleProperty());
        // A gateway's own database is never written: say so, and offer nothing that would write.
        readOnlyBadge.visibleProperty().bind(store.readOnlyProperty());
        readOnlyBadge.managedProperty().bind(store.readOnlyProperty());
        importItem.disableProperty().bind(store.readOnlyProperty());
        generateItem.disableProperty().bind(store.readOnlyProperty());
        importProgress.textProperty().bind(importer.progressProperty());
        cancelImport.visibleProperty().bind(importer.runningProperty());
        cancelImport.managedProperty().bind(importer.runningProperty());
        exportProgress.textProperty().bind(exportChooser.exporter().progressProperty());
        cancelExport.visibleProperty().bind(exportChooser.exporter().runningProperty());
        cancelExport.managedProperty().bind(exportChooser.exporter().runningProperty());
        retentionStatus.textProperty().bind(retention.statusProperty());
        apiStatus.textProperty().bind(apiServer.statusProperty());
        apiStatus.visibleProperty().bind(apiServer.runningProperty());
        apiStatus.managedProperty().bind(apiServer.runningProperty());
        startApiItem.disableProperty().bind(apiServer.runningProperty().or(apiServer.startingProperty())
                .or(store.servicesProperty().isNull()));
        stopApiItem.disableProperty().bind(apiServer.runningProperty().not());
        notifications.currentProperty().addListener((observable, old, now) -> showNotification(now));
        liveItem.selectedProperty().bindBidirectional(liveTail.liveProperty());
        recentMenu.setOnShowing(event -> fillRecent());
        fillRecent();
        darkTheme.setSelected(preferences.getBoolean("theme.dark", false));
        applyTheme(darkTheme.isSelected());
        darkTheme.selectedProperty().addListener((observable, old, dark) -> {
            applyTheme(dark);
            preferences.putBoolean("theme.dark", dark);
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
                event.consume();
            }
        });
        replaySelectedItem.disableProperty().bind(Bindings.isEmpty(
                eventTableController.table().getSelectionModel().getSelectedItems()));
        filterBarController.replayButton().setOnAction(event -> replayFilter());
        eventTableController.table().addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event) && eventDetail != null) {
                eventDetail.copyJson();
                event.consume();
            }
        });
        ObservableList<?> rows = eventTableController.table().getItems();
        rows.addListener(new ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> change) {
                if (!rows.isEmpty() && root.getScene() != null) {
                    rows.removeListener(this);
                    // runLater: once this pulse has rendered the frame with the rows
                    Pulses.afterNextLayout(root.getScene(), () -> Platform.runLater(MainView.this::buildDetail));
                }
            }
        });
    }

    /**
     * Nothing can be selected before the table has rows, so the detail pane (tabs, JSON view, tree) is built right
     * after the frame that first shows rows: built before, it added to the first CSS pass and layout inside
     * stage.show(); built right after the first frame, it held up the first page on the FX thread.
     */
    private void buildDetail() {
        ViewLoader.Loaded<EventDetailView> loaded = views.load("EventDetail.fxml");
        eventDetail = loaded.controller();
        detailSlot.getChildren().setAll(loaded.root());
    }

    private void showNotification(Notifications.Notification notification) {
        if (notification == null) {
            if (notificationPane != null) {
                notificationPane.hide();
            }
            return;
        }
        if (notificationPane == null) {
            wrapInNotificationPane();
        }
        notificationPane.getActions().clear();
        notification.retry().ifPresent(retry -> notificationPane.getActions().add(new Action("Retry", event -> {
            notifications.dismiss();
            retry.run();
        })));
        notificationPane.show(notification.message());
    }

    /**
     * Most starts show no notification, and the NotificationPane's skin, bar and stylesheet cost the first CSS
     * pass time before the window can appear: the pane is wrapped around the table and detail pane only when
     * the first notification comes.
     */
    private void wrapInNotificationPane() {
        root.setCenter(null);
        notificationPane = new NotificationPane(split);
        notificationPane.setShowFromTop(true);
        root.setCenter(notificationPane);
        notificationPane.applyCss(); // makes the skin now, so the bar can slide in like any later one
    }

    private void applyTheme(boolean dark) {
        root.getStyleClass().remove(Styles.DARK);
        if (dark) {
            root.getStyleClass().add(Styles.DARK);
        }
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (String url : preferences.recentStores()) {
            StoreUrl parsed;
            try {
                parsed = StoreUrl.parse(url, Optional.empty(), Optional.empty());
            } catch (RuntimeException e) {
                continue;
            }
            MenuItem item = new MenuItem(parsed.redacted().replaceFirst("^jdbc:sqlite:", ""));
            item.setOnAction(event -> store.open(parsed));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    @FXML
    private void openSqlite() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a SQLite event store");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("SQLite databases", "*.db", "*.sqlite", "*.sqlite3"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            store.open(StoreUrl.sqlite(file.toPath()));
        }
    }

    @FXML
    private void connectPostgres() {
        PostgresFormViewModel form = postgresForms.get();
        ViewLoader.Loaded<PostgresConnectionView> loaded = views.load("PostgresConnection.fxml",
                new PostgresConnectionView(form));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Connect to PostgreSQL");
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(loaded.root());
        dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        if (root.getStyleClass().contains(Styles.DARK)) {
            dialog.getDialogPane().getStyleClass().add(Styles.DARK);
        }
        dialog.showAndWait().filter(connect::equals).ifPresent(ok -> {
            try {
                store.connect(form.storeUrl(), form.savePasswordProperty().get());
            } catch (RuntimeException e) {
                notifications.failure("Cannot connect", e, this::connectPostgres);
            }
        });
    }

    @FXML
    private void importNdjson() {
        importChooser.choose(root.getScene().getWindow());
    }

    @FXML
    private void generateDemo() {
        importer.generateDemo();
    }

    @FXML
    private void cancelImport() {
        importer.cancel();
    }

    @FXML
    private void exportFilter() {
        exportChooser.choose(root.getScene().getWindow());
    }

    @FXML
    private void cancelExport() {
        exportChooser.exporter().cancel();
    }

    @FXML
    private void showRetention() {
        views.<RetentionView>load("Retention.fxml").controller().showDialog(root.getScene().getWindow());
    }

    @FXML
    private void startApiServer() {
        views.<ApiServerView>load("ApiServer.fxml").controller().showDialog(root.getScene().getWindow());
    }

    @FXML
    private void stopApiServer() {
        apiServer.stop();
    }

    @FXML
    private void focusFilter() {
        filterBarController.focus();
    }

    @FXML
    private void clearFilter() {
        filter.clear();
    }

    @FXML
    private void refresh() {
        table.refresh();
    }

    @FXML
    private void replayFilter() {
        replayDialogs.openForFilter(root.getScene().getWindow());
    }

    @FXML
    private void replaySelected() {
        replayDialogs.openForEvents(root.getScene().getWindow(), eventTableController.table().getSelectionModel()
                .getSelectedItems().stream().map(Event::id).toList());
    }

    @FXML
    private void replayHistory() {
        replayDialogs.openHistory(root.getScene().getWindow());
    }

    @FXML
    private void quit() {
        Platform.exit();
    }
}
