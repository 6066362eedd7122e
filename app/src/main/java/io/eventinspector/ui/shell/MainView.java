package io.eventinspector.ui.shell;

import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.Pulses;
import io.eventinspector.ui.fx.Styles;
import io.eventinspector.ui.fx.ViewLoader;
import io.eventinspector.event.Event;
import io.eventinspector.ui.connection.PostgresConnectionDialog;
import io.eventinspector.ui.events.EventDetailView;
import io.eventinspector.ui.events.EventTableView;
import io.eventinspector.ui.events.FilterBarView;
import io.eventinspector.ui.replay.ReplayDialogs;
import io.eventinspector.ui.retention.RetentionView;
import io.eventinspector.ui.server.ApiServerView;
import io.eventinspector.ui.trace.HealthWindow;
import io.eventinspector.ui.transfer.ExportFileChooser;
import io.eventinspector.ui.transfer.ImportFileChooser;
import java.io.File;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * The main window: menus, shortcuts, the notification bar and the status bar around the filter bar, the event
 * table and the detail pane (each a view of its own), bound to {@link MainViewModel}.
 */
public final class MainView {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel viewModel;
    private final Notifications notifications;
    private final ViewLoader views;
    private final ImportFileChooser importChooser;
    private final ExportFileChooser exportChooser;
    private final ReplayDialogs replayDialogs;
    private final PostgresConnectionDialog postgresDialog;
    private final EventSelection eventSelection;
    private final HealthWindow healthWindow;

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
    private MenuItem importItem;
    @FXML
    private MenuItem generateItem;
    @FXML
    private MenuItem startApiItem;
    @FXML
    private MenuItem stopApiItem;
    @FXML
    private MenuItem copyApiKeyItem;
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

    public MainView(MainViewModel viewModel, Notifications notifications, ViewLoader views,
                    ImportFileChooser importChooser, ExportFileChooser exportChooser, ReplayDialogs replayDialogs,
                    PostgresConnectionDialog postgresDialog, EventSelection eventSelection,
                    HealthWindow healthWindow) {
        this.viewModel = viewModel;
        this.notifications = notifications;
        this.views = views;
        this.importChooser = importChooser;
        this.exportChooser = exportChooser;
        this.replayDialogs = replayDialogs;
        this.postgresDialog = postgresDialog;
        this.eventSelection = eventSelection;
        this.healthWindow = healthWindow;
    }

    @FXML
    private void initialize() {
        // A gateway's own database is never written: offer nothing that would write.
        importItem.disableProperty().bind(viewModel.readOnlyProperty());
        generateItem.disableProperty().bind(viewModel.readOnlyProperty());
        startApiItem.disableProperty().bind(viewModel.canStartApiServerProperty().not());
        stopApiItem.disableProperty().bind(viewModel.apiRunningProperty().not());
        // The key made for this start is shown once in the start dialog; this gets it again while it serves.
        copyApiKeyItem.disableProperty().bind(viewModel.apiRunningProperty().not()
                .or(viewModel.apiKeyProperty().isEmpty()));
        notifications.currentProperty().addListener((observable, old, now) -> showNotification(now));
        liveItem.selectedProperty().bindBidirectional(viewModel.liveProperty());
        recentMenu.setOnShowing(event -> fillRecent());
        fillRecent();
        darkTheme.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        applyTheme(darkTheme.isSelected());
        darkTheme.selectedProperty().addListener((observable, old, dark) -> applyTheme(dark));
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                viewModel.clearFilter();
                event.consume();
            }
        });
        replaySelectedItem.disableProperty().bind(Bindings.isEmpty(
                eventTableController.table().getSelectionModel().getSelectedItems()));
        filterBarController.replayButton().setOnAction(event -> replayFilter());
        eventSelection.setOnSelect(this::selectInTable);
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

    /** A trace's step clicked: its row selected and scrolled to, so the detail pane shows that event. */
    private void selectInTable(Event event) {
        TableView<Event> table = eventTableController.table();
        int index = table.getItems().indexOf(event);
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(index);
        }
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
        for (MainViewModel.RecentStore recent : viewModel.recentStores()) {
            MenuItem item = new MenuItem(recent.label());
            item.setOnAction(event -> viewModel.open(recent));
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
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            viewModel.openSqlite(file.toPath());
        }
    }

    @FXML
    private void connectPostgres() {
        postgresDialog.show(window());
    }

    @FXML
    private void importNdjson() {
        importChooser.choose(window());
    }

    @FXML
    private void generateDemo() {
        importChooser.importer().generateDemo();
    }

    @FXML
    private void exportFilter() {
        exportChooser.choose(window());
    }

    @FXML
    private void showRetention() {
        views.<RetentionView>load("Retention.fxml").controller().showDialog(window());
    }

    @FXML
    private void startApiServer() {
        views.<ApiServerView>load("ApiServer.fxml").controller().showDialog(window());
    }

    @FXML
    private void copyApiKey() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.apiKeyProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void stopApiServer() {
        viewModel.stopApiServer();
    }

    @FXML
    private void focusFilter() {
        filterBarController.focus();
    }

    @FXML
    private void clearFilter() {
        viewModel.clearFilter();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void showDeliveryHealth() {
        healthWindow.show(window());
    }

    @FXML
    private void replayFilter() {
        replayDialogs.openForFilter(window());
    }

    @FXML
    private void replaySelected() {
        replayDialogs.openForEvents(window(), eventTableController.table().getSelectionModel()
                .getSelectedItems().stream().map(Event::id).toList());
    }

    @FXML
    private void replayHistory() {
        replayDialogs.openHistory(window());
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
