package io.eventinspector.ui.events;

import static io.eventinspector.ui.fx.TableColumns.showText;

import io.eventinspector.event.Event;
import io.eventinspector.ui.fx.Styles;
import io.eventinspector.ui.fx.UiPreferences;
import io.eventinspector.ui.transfer.ImportFileChooser;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The event table. Rows come from {@link EventTableViewModel}; when a row near the end becomes visible the next
 * page is requested, so scrolling pages through the result with the keyset cursor.
 */
public final class EventTableView {
    /** Ask for the next page this many rows before the end, so scrolling rarely waits. */
    private static final int PREFETCH_ROWS = 40;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private final EventTableViewModel viewModel;
    private final UiPreferences preferences;
    private final ImportFileChooser importChooser;

    @FXML
    private TableView<Event> table;
    @FXML
    private TableColumn<Event, String> timeColumn;
    @FXML
    private TableColumn<Event, String> typeColumn;
    @FXML
    private TableColumn<Event, String> sessionColumn;
    @FXML
    private TableColumn<Event, String> idColumn;
    @FXML
    private TableColumn<Event, String> summaryColumn;
    @FXML
    private VBox emptyState;
    @FXML
    private Label noMatches;
    @FXML
    private Button importButton;
    @FXML
    private Button generateButton;

    public EventTableView(EventTableViewModel viewModel, UiPreferences preferences,
                          ImportFileChooser importChooser) {
        this.viewModel = viewModel;
        this.preferences = preferences;
        this.importChooser = importChooser;
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.rows());
        // Several rows can be chosen for a replay; the detail pane follows the focused one.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        viewModel.rows().addListener(this::keepScrollPosition);
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, now) -> viewModel.selectedProperty().set(now));
        showText(timeColumn, event -> event.timestampUnreadable() ? "(unreadable time)"
                : TIME.format(event.timestamp()));
        showText(typeColumn, Event::type);
        typeColumn.setCellFactory(column -> new TypeCell());
        showText(sessionColumn, Event::sessionId);
        showText(idColumn, Event::id);
        // Made with the rows on the loading thread, and short: drawing a cell never reads the payload.
        showText(summaryColumn, viewModel::summary);
        table.setRowFactory(view -> new PagingRow());
        table.placeholderProperty().bind(Bindings.createObjectBinding(
                () -> viewModel.storeEmptyProperty().get() ? emptyState : noMatches, viewModel.storeEmptyProperty()));
        importButton.setOnAction(event -> importChooser.choose(table.getScene().getWindow()));
        generateButton.setOnAction(event -> importChooser.importer().generateDemo());
        rememberWidths();
    }

    /**
     * Live tail puts rows above the ones on screen; unless the view is at the very top (where new events should
     * show), it scrolls down by as many rows, so what the user was reading stays where it was.
     */
    private void keepScrollPosition(ListChangeListener.Change<? extends Event> change) {
        while (change.next()) {
            boolean insertedOnTop = change.wasAdded() && !change.wasRemoved() && change.getFrom() == 0
                    && change.getAddedSize() < change.getList().size();
            if (insertedOnTop && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                // The cells still carry their indices from before the insertion.
                IndexedCell<?> first = flow.getFirstVisibleCell();
                if (first != null && first.getIndex() > 0) {
                    table.scrollTo(first.getIndex() + change.getAddedSize());
                }
            }
        }
    }

    private void rememberWidths() {
        for (TableColumn<Event, ?> column : List.of(timeColumn, typeColumn, sessionColumn, idColumn, summaryColumn)) {
            String key = "column." + column.getId() + ".width";
            column.setPrefWidth(preferences.getDouble(key, column.getPrefWidth()));
            column.widthProperty().addListener((observable, old, width) ->
                    preferences.putDouble(key, width.doubleValue()));
        }
    }

    public TableView<Event> table() {
        return table;
    }

    /** A row that asks for the next page when it shows one of the last rows loaded. */
    private final class PagingRow extends TableRow<Event> {
        @Override
        public void updateIndex(int index) {
            super.updateIndex(index);
            if (index >= 0 && index >= viewModel.rows().size() - PREFETCH_ROWS && viewModel.hasMore()) {
                viewModel.loadMore();
            }
        }
    }

    /** The type with a dot in its family's colour (the same colours as the chart). */
    private static final class TypeCell extends TableCell<Event, String> {
        private final Circle dot = new Circle(4);

        TypeCell() {
            dot.getStyleClass().add(Styles.TYPE_DOT);
            getStyleClass().add(Styles.TYPE_CELL);
            setGraphicTextGap(6);
            setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String type, boolean empty) {
            super.updateItem(type, empty);
            dot.getStyleClass().removeIf(style -> style.startsWith("family-"));
            if (empty || type == null) {
                setText(null);
                setGraphic(null);
            } else {
                dot.getStyleClass().add(Styles.family(type));
                setText(type);
                setGraphic(dot);
            }
        }
    }
}
