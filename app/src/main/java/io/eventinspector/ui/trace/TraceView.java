package io.eventinspector.ui.trace;

import io.eventinspector.trace.Anomaly;
import io.eventinspector.trace.AnomalyKind;
import io.eventinspector.trace.MessageTrace;
import io.eventinspector.ui.fx.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A message's trace, bound to {@link TraceViewModel}: the status and delays, anomalies as coloured badges with
 * their explanation, per-participant statuses in a group, and the timeline with the session's connection as a
 * band beside it. Clicking a step (or Enter on it) selects its event in the table.
 */
public final class TraceView {
    /** Up to this many participants show at once; more start folded. */
    private static final int PARTICIPANTS_SHOWN = 4;

    private final TraceViewModel viewModel;

    @FXML
    private HBox chooser;
    @FXML
    private Label chooserCaption;
    @FXML
    private ComboBox<String> messageChooser;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Button refresh;
    @FXML
    private Label stateText;
    @FXML
    private VBox content;
    @FXML
    private Label status;
    @FXML
    private Label title;
    @FXML
    private Label facts;
    @FXML
    private Label scanned;
    @FXML
    private VBox anomalies;
    @FXML
    private TitledPane participantsPane;
    @FXML
    private VBox participants;
    @FXML
    private ListView<TimelineRow> timeline;

    public TraceView(TraceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        var several = Bindings.size(viewModel.messageIds()).greaterThan(1);
        showOnly(chooser, several);
        chooserCaption.textProperty().bind(Bindings.format("This receipt covers %d messages:",
                Bindings.size(viewModel.messageIds())));
        viewModel.chosenMessageIdProperty().addListener((observable, old, id) -> showChoices());
        viewModel.messageIds().addListener((ListChangeListener<String>) change -> showChoices());
        showChoices();
        messageChooser.valueProperty().addListener((observable, old, id) -> {
            if (id != null && !id.equals(viewModel.chosenMessageIdProperty().get())) {
                viewModel.choose(id);
            }
        });
        busy.visibleProperty().bind(viewModel.loadingProperty());
        refresh.disableProperty().bind(viewModel.chosenMessageIdProperty().isEmpty());

        var shown = viewModel.stateProperty().isEqualTo(TraceViewModel.State.SHOWN);
        stateText.textProperty().bind(viewModel.stateTextProperty());
        stateText.visibleProperty().bind(shown.not());
        content.visibleProperty().bind(shown);
        viewModel.stateProperty().addListener((observable, old, state) -> markError(state));
        markError(viewModel.stateProperty().get());

        title.textProperty().bind(viewModel.titleProperty());
        status.textProperty().bind(viewModel.statusProperty());
        facts.textProperty().bind(viewModel.factsProperty());
        scanned.setText(TraceViewModel.SCANNED_NOTE);
        showOnly(scanned, viewModel.scannedProperty());
        viewModel.traceProperty().addListener((observable, old, trace) -> showStatus(trace));
        viewModel.anomalies().addListener((ListChangeListener<Anomaly>) change -> showAnomalies());
        viewModel.participants().addListener((ListChangeListener<String>) change -> showParticipants());
        showOnly(participantsPane, Bindings.isNotEmpty(viewModel.participants()));
        showAnomalies();
        showParticipants();

        timeline.setItems(viewModel.timeline());
        timeline.setCellFactory(list -> new StepCell());
        timeline.setOnKeyPressed(event -> {
            TimelineRow row = timeline.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && row != null) {
                viewModel.open(row);
                event.consume();
            }
        });
        viewModel.selectedEventIdProperty().addListener((observable, old, id) -> markSelectedEvent());
        viewModel.timeline().addListener((ListChangeListener<TimelineRow>) change -> markSelectedEvent());
    }

    /**
     * The box's items are its own copy, set before its value: new items clear a combo box's value (its skin does,
     * after any listener of the view model's list), also when the message chosen stays the same.
     */
    private void showChoices() {
        if (!messageChooser.getItems().equals(viewModel.messageIds())) {
            messageChooser.getItems().setAll(viewModel.messageIds());
        }
        messageChooser.setValue(viewModel.chosenMessageIdProperty().get());
    }

    /** Traces only while {@code showing} (its tab is selected). */
    public void traceWhile(ObservableBooleanValue showing) {
        viewModel.activeProperty().bind(showing);
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    private static void showOnly(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private void markError(TraceViewModel.State state) {
        stateText.getStyleClass().remove(Styles.ERROR_TEXT);
        if (state == TraceViewModel.State.ERROR) {
            stateText.getStyleClass().add(Styles.ERROR_TEXT);
        }
    }

    private void showStatus(MessageTrace trace) {
        status.getStyleClass().removeIf(Styles::isValueClass);
        if (trace != null) {
            status.getStyleClass().add(Styles.status(trace.status()));
        }
    }

    private void showAnomalies() {
        anomalies.getChildren().setAll(viewModel.anomalies().stream().map(TraceView::anomaly).toList());
    }

    /** {@code [stuck] not delivered 12 m after it was sent, while the session kept receiving events}. */
    static Node anomaly(Anomaly anomaly) {
        Label badge = badge(anomaly.kind());
        Label explanation = new Label(anomaly.message());
        explanation.setWrapText(true);
        explanation.setMinWidth(0);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(explanation, Priority.ALWAYS);
        HBox row = new HBox(8, badge, explanation);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** A coloured badge naming an anomaly, as on the health window's problems. */
    static Label badge(AnomalyKind kind) {
        Label badge = new Label(kind.label());
        badge.getStyleClass().addAll(Styles.ANOMALY_BADGE, Styles.anomaly(kind));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    private void showParticipants() {
        participants.getChildren().setAll(viewModel.participants().stream().map(line -> {
            Label label = new Label(line);
            label.getStyleClass().add("trace-participant");
            return label;
        }).toList());
        int count = viewModel.participants().size();
        participantsPane.setText(String.format(Locale.ROOT, "%d participant%s", count, count == 1 ? "" : "s"));
        participantsPane.setExpanded(count <= PARTICIPANTS_SHOWN);
    }

    /** Marks the step of the event selected in the table: where the user is in the message's story. */
    private void markSelectedEvent() {
        String id = viewModel.selectedEventIdProperty().get();
        for (int i = 0; i < viewModel.timeline().size(); i++) {
            if (viewModel.timeline().get(i).eventId().filter(id::equals).isPresent()) {
                timeline.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
        timeline.getSelectionModel().clearSelection();
    }

    /** Band, glyph, delay and type on the first line; the UTC time and the receipt's sender below. */
    private final class StepCell extends ListCell<TimelineRow> {
        private final Region band = new Region();
        private final Label glyph = new Label();
        private final Label delay = new Label();
        private final Label what = new Label();
        private final Label when = new Label();
        private final HBox layout;

        StepCell() {
            band.getStyleClass().add(Styles.TRACE_BAND);
            band.setMinWidth(Region.USE_PREF_SIZE);
            glyph.getStyleClass().add(Styles.TRACE_GLYPH);
            glyph.setMinWidth(Region.USE_PREF_SIZE);
            delay.getStyleClass().add(Styles.TRACE_DELAY);
            delay.setMinWidth(Region.USE_PREF_SIZE);
            when.getStyleClass().add("detail-meta");
            HBox first = new HBox(8, delay, what);
            layout = new HBox(8, band, glyph, new VBox(1, first, when));
            getStyleClass().add(Styles.TRACE_STEP);
            // As wide as the list, never wider: a long sender is cut with an ellipsis instead of scrolling sideways.
            setPrefWidth(0);
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                    viewModel.open(getItem());
                    // A connection row opens nothing: the mark goes back to the selected event's step.
                    markSelectedEvent();
                }
            });
        }

        @Override
        protected void updateItem(TimelineRow row, boolean empty) {
            super.updateItem(row, empty);
            glyph.getStyleClass().removeIf(Styles::isValueClass);
            band.getStyleClass().remove(Styles.DISCONNECTED);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            glyph.setText(row.kind().glyph());
            glyph.getStyleClass().add(row.kind().styleClass());
            if (row.disconnected()) {
                band.getStyleClass().add(Styles.DISCONNECTED);
            }
            delay.setText(row.delay());
            what.setText(row.what());
            when.setText(row.from().isEmpty() ? row.time() : row.time() + " · " + row.from());
            setGraphic(layout);
        }
    }
}
