package io.eventinspector.ui.trace;

import static io.eventinspector.ui.fx.TableColumns.showText;

import io.eventinspector.trace.AnomalyKind;
import io.eventinspector.trace.DelayBucket;
import io.eventinspector.trace.HealthProblem;
import io.eventinspector.ui.fx.Styles;
import io.eventinspector.ui.fx.TimeInput;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The delivery health window's content, bound to {@link DeliveryHealthViewModel}: the figures as tiles, the
 * time-to-delivered distribution, the disconnected intervals, and the problem messages; double-click (or Enter)
 * on a problem shows its trace beside the list.
 */
public final class DeliveryHealthView {
    private final DeliveryHealthViewModel viewModel;

    @FXML
    private Label filterText;
    @FXML
    private TextField stuckAfter;
    @FXML
    private Label stuckAfterError;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label stateText;
    @FXML
    private Label scanned;
    @FXML
    private FlowPane tiles;
    @FXML
    private BarChart<String, Number> delayChart;
    @FXML
    private ListView<String> disconnected;
    @FXML
    private Label problemsCaption;
    @FXML
    private TableView<HealthProblem> problems;
    @FXML
    private TableColumn<HealthProblem, String> messageColumn;
    @FXML
    private TableColumn<HealthProblem, String> sessionColumn;
    @FXML
    private TableColumn<HealthProblem, HealthProblem> statusColumn;
    @FXML
    private TableColumn<HealthProblem, String> sentColumn;
    @FXML
    private TableColumn<HealthProblem, HealthProblem> anomaliesColumn;
    @FXML
    private StackPane traceSlot;

    public DeliveryHealthView(DeliveryHealthViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        filterText.textProperty().bind(viewModel.filterTextProperty());
        stuckAfter.textProperty().bindBidirectional(viewModel.stuckAfterTextProperty());
        stuckAfterError.textProperty().bind(viewModel.stuckAfterErrorProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.managedProperty().bind(viewModel.loadingProperty());
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        stateText.textProperty().bind(viewModel.stateTextProperty());
        viewModel.stateProperty().addListener((observable, old, state) -> markError(state));
        scanned.textProperty().bind(viewModel.scanNoteProperty());
        scanned.visibleProperty().bind(viewModel.scanNoteProperty().isNotEmpty());
        scanned.managedProperty().bind(viewModel.scanNoteProperty().isNotEmpty());

        viewModel.tiles().addListener((ListChangeListener<DeliveryHealthViewModel.Tile>) change -> showTiles());
        showTiles();
        viewModel.timeToDelivered().addListener((ListChangeListener<DelayBucket>) change -> showDelays());
        showDelays();
        disconnected.setItems(viewModel.disconnected());

        problemsCaption.textProperty().bind(viewModel.problemsCaptionProperty());
        problems.setItems(viewModel.problems());
        showText(messageColumn, HealthProblem::messageId);
        showText(sessionColumn, HealthProblem::sessionId);
        showText(sentColumn, problem -> problem.sentAt().map(TimeInput::format).orElse("not in the store"));
        for (TableColumn<HealthProblem, HealthProblem> whole : List.of(statusColumn, anomaliesColumn)) {
            whole.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        }
        statusColumn.setCellFactory(column -> new StatusCell());
        anomaliesColumn.setCellFactory(column -> new AnomaliesCell());
        problems.setRowFactory(table -> {
            TableRow<HealthProblem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openProblem(row.getItem());
                }
            });
            return row;
        });
        problems.setOnKeyPressed(event -> {
            HealthProblem selected = problems.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                viewModel.openProblem(selected);
                event.consume();
            }
        });
    }

    /** Puts the view of {@link DeliveryHealthViewModel#trace()} beside the problems. */
    void showTrace(Parent trace) {
        traceSlot.getChildren().setAll(trace);
    }

    @FXML
    private void refresh() {
        viewModel.reload();
    }

    private void markError(DeliveryHealthViewModel.State state) {
        stateText.getStyleClass().remove(Styles.ERROR_TEXT);
        if (state == DeliveryHealthViewModel.State.ERROR) {
            stateText.getStyleClass().add(Styles.ERROR_TEXT);
        }
    }

    private void showTiles() {
        tiles.getChildren().setAll(viewModel.tiles().stream().map(tile -> {
            Label value = new Label(tile.value());
            value.getStyleClass().add(Styles.HEALTH_TILE_VALUE);
            Label caption = new Label(tile.caption());
            caption.getStyleClass().add(Styles.HEALTH_TILE_CAPTION);
            Label detail = new Label(tile.detail());
            detail.getStyleClass().add(Styles.HEALTH_TILE_DETAIL);
            VBox box = new VBox(2, caption, value, detail);
            box.getStyleClass().add(Styles.HEALTH_TILE);
            if (tile.problem()) {
                box.getStyleClass().add(Styles.HEALTH_TILE_PROBLEM);
            }
            return box;
        }).toList());
    }

    private void showDelays() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        viewModel.timeToDelivered().forEach(bucket -> series.getData().add(new XYChart.Data<>(bucket.label(),
                bucket.messages())));
        delayChart.getData().setAll(List.of(series));
    }

    /** The status in its colour (failed in red, read in the accent, …). */
    private static final class StatusCell extends TableCell<HealthProblem, HealthProblem> {
        @Override
        protected void updateItem(HealthProblem problem, boolean empty) {
            super.updateItem(problem, empty);
            getStyleClass().removeIf(Styles::isValueClass);
            if (empty || problem == null) {
                setText(null);
                return;
            }
            setText(problem.status().label());
            getStyleClass().add(Styles.status(problem.status()));
        }
    }

    /** One coloured badge per anomaly, as on the trace. */
    private static final class AnomaliesCell extends TableCell<HealthProblem, HealthProblem> {
        @Override
        protected void updateItem(HealthProblem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setGraphic(null);
                return;
            }
            HBox badges = new HBox(4);
            for (AnomalyKind kind : problem.anomalies()) {
                badges.getChildren().add(TraceView.badge(kind));
            }
            setGraphic(badges);
        }
    }
}
