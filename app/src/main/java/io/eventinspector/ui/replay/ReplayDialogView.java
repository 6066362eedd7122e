package io.eventinspector.ui.replay;

import static io.eventinspector.ui.fx.TableColumns.showText;

import io.eventinspector.replay.ReplayResult;
import io.eventinspector.replay.ReplayResult.EventOutcome;
import io.eventinspector.replay.SignatureStyle;
import io.eventinspector.ui.fx.Dialogs;
import io.eventinspector.ui.fx.Styles;
import io.eventinspector.ui.fx.TaskExecutor;
import io.eventinspector.ui.events.JsonLine;
import io.eventinspector.ui.events.JsonTextView;
import io.eventinspector.ui.events.JsonTextViewModel;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The replay dialog's content, bound to {@link ReplayViewModel}; the confirmation is the only logic here. */
public final class ReplayDialogView {
    static final String SEND = "Send";

    private final ReplayViewModel viewModel;
    /** The first request, shown by the rules of the detail pane's JSON view: long values folded. */
    private final JsonTextViewModel request;

    @FXML
    private Label source;
    @FXML
    private TextField targetUrl;
    @FXML
    private ComboBox<SignatureStyle> signatureStyle;
    @FXML
    private PasswordField secret;
    @FXML
    private Label validation;
    @FXML
    private Button dryRunButton;
    @FXML
    private Button replayButton;
    @FXML
    private Button cancelButton;
    @FXML
    private ProgressIndicator dryRunning;
    @FXML
    private Label summary;
    @FXML
    private Label truncation;
    @FXML
    private ListView<JsonLine> preview;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label progressText;
    @FXML
    private TableView<EventOutcome> results;
    @FXML
    private TableColumn<EventOutcome, String> idColumn;
    @FXML
    private TableColumn<EventOutcome, String> statusColumn;
    @FXML
    private TableColumn<EventOutcome, String> attemptsColumn;
    @FXML
    private TableColumn<EventOutcome, String> httpColumn;
    @FXML
    private TableColumn<EventOutcome, String> latencyColumn;
    @FXML
    private TableColumn<EventOutcome, String> errorColumn;
    @FXML
    private Label message;

    public ReplayDialogView(ReplayViewModel viewModel, TaskExecutor executor) {
        this.viewModel = viewModel;
        this.request = new JsonTextViewModel(executor);
    }

    @FXML
    private void initialize() {
        source.textProperty().bind(Bindings.createStringBinding(
                () -> "Replays " + viewModel.sourceProperty().get().describe(), viewModel.sourceProperty()));
        targetUrl.textProperty().bindBidirectional(viewModel.targetUrlProperty());
        signatureStyle.getItems().setAll(SignatureStyle.values());
        signatureStyle.setConverter(new StringConverter<>() {
            @Override
            public String toString(SignatureStyle style) {
                return style == null ? "" : style.id();
            }

            @Override
            public SignatureStyle fromString(String text) {
                return SignatureStyle.parse(text).orElse(null);
            }
        });
        signatureStyle.valueProperty().bindBidirectional(viewModel.signatureStyleProperty());
        secret.textProperty().bindBidirectional(viewModel.secretProperty());
        for (javafx.scene.Node input : new javafx.scene.Node[] {targetUrl, signatureStyle, secret}) {
            input.disableProperty().bind(viewModel.editableProperty().not());
        }
        validation.textProperty().bind(viewModel.validationProperty());
        for (Label optional : new Label[] {validation, truncation}) {
            optional.managedProperty().bind(optional.textProperty().isNotEmpty());
        }
        dryRunButton.disableProperty().bind(viewModel.canDryRunProperty().not());
        replayButton.textProperty().bind(viewModel.replayLabelProperty());
        replayButton.disableProperty().bind(viewModel.canReplayProperty().not());
        cancelButton.visibleProperty().bind(viewModel.replayingProperty());
        cancelButton.managedProperty().bind(viewModel.replayingProperty());
        dryRunning.visibleProperty().bind(viewModel.dryRunningProperty());
        summary.textProperty().bind(viewModel.dryRunSummaryProperty());
        truncation.textProperty().bind(viewModel.truncationWarningProperty());
        new JsonTextView(preview, request);
        viewModel.dryRunProperty().addListener((observable, old, dry) -> showRequest(dry));
        progress.progressProperty().bind(viewModel.progressProperty());
        progressText.textProperty().bind(viewModel.progressTextProperty());
        message.textProperty().bind(viewModel.messageProperty());
        results.setItems(viewModel.outcomes());
        showText(idColumn, EventOutcome::id);
        showText(statusColumn, EventOutcome::status);
        statusColumn.setCellFactory(column -> new StatusCell());
        showText(attemptsColumn, outcome -> outcome.attempts() == 0 ? "" : Integer.toString(outcome.attempts()));
        showText(httpColumn, EventOutcome::httpStatus);
        showText(latencyColumn, EventOutcome::latencyMs);
        showText(errorColumn, EventOutcome::error);
    }

    /** Stops laying out the request (a large one takes a while) once the dialog is gone. */
    void close() {
        request.clear();
    }

    /** The request line and headers as plain lines; the body (an event's JSON) decoded and laid out off this thread. */
    private void showRequest(ReplayResult dry) {
        if (dry == null || dry.preview() == null) {
            request.clear();
            return;
        }
        request.show(DryRunText.requestHead(dry), dry.preview()::bodyText);
    }

    @FXML
    private void dryRun() {
        viewModel.dryRun();
    }

    /** Asks before anything is sent: a replay delivers to a real receiver and cannot be taken back. */
    @FXML
    private void replay() {
        viewModel.requestReplay();
        if (viewModel.stateProperty().get() != ReplayViewModel.State.CONFIRMING) {
            return;
        }
        ButtonType send = new ButtonType(SEND, ButtonBar.ButtonData.OK_DONE);
        Alert confirm = Dialogs.ownedBy(results.getScene().getWindow(),
                new Alert(Alert.AlertType.CONFIRMATION, viewModel.confirmation(), send, ButtonType.CANCEL));
        confirm.setTitle("Replay events");
        confirm.setHeaderText(viewModel.replayLabelProperty().get() + "?");
        if (confirm.showAndWait().filter(send::equals).isPresent()) {
            viewModel.confirmReplay();
        } else {
            viewModel.declineReplay();
        }
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    /** The status in its outcome's colour. */
    private static final class StatusCell extends TableCell<EventOutcome, String> {
        @Override
        protected void updateItem(String status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeIf(style -> style.startsWith(Styles.OUTCOME_PREFIX));
            setText(empty ? null : status);
            if (!empty && status != null) {
                getStyleClass().add(Styles.outcome(status));
            }
        }
    }
}
