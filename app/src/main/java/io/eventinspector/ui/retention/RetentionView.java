package io.eventinspector.ui.retention;

import io.eventinspector.ui.fx.Dialogs;
import io.eventinspector.ui.fx.Styles;
import javafx.beans.binding.Bindings;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The retention settings and "Run cleanup now", bound to {@link RetentionViewModel}; shown as a dialog. */
public final class RetentionView {
    private final RetentionViewModel viewModel;
    private final List<ChangeListener<String>> errorMarkers = new ArrayList<>();

    @FXML
    private Parent root;
    @FXML
    private TextField retentionDays;
    @FXML
    private Label retentionDaysNote;
    @FXML
    private TextField cleanupTime;
    @FXML
    private Label cleanupTimeNote;
    @FXML
    private TextField cleanupInterval;
    @FXML
    private Label cleanupIntervalNote;
    @FXML
    private Button save;
    @FXML
    private Label saved;
    @FXML
    private Label nextRun;
    @FXML
    private Label lastRun;
    @FXML
    private Button runNow;
    @FXML
    private ProgressBar cleanupProgress;
    @FXML
    private Label cleanupProgressText;

    public RetentionView(RetentionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bind(retentionDays, retentionDaysNote, viewModel.retentionDays());
        bind(cleanupTime, cleanupTimeNote, viewModel.cleanupTime());
        bind(cleanupInterval, cleanupIntervalNote, viewModel.cleanupInterval());
        save.disableProperty().bind(viewModel.validProperty().not());
        saved.textProperty().bind(viewModel.savedProperty());
        nextRun.textProperty().bind(viewModel.nextRunProperty());
        lastRun.textProperty().bind(viewModel.lastRunProperty());
        CleanupNowViewModel cleanupNow = viewModel.cleanupNow();
        runNow.disableProperty().bind(cleanupNow.canRunProperty().not());
        cleanupProgress.visibleProperty().bind(cleanupNow.phaseProperty().isNotEqualTo(CleanupNowViewModel.Phase.IDLE));
        cleanupProgressText.textProperty().bind(cleanupNow.progressProperty());
    }

    /** A locked field (its variable is set) is read-only and says so; otherwise the note shows its error. */
    private void bind(TextField field, Label note, SettingField<?> setting) {
        field.textProperty().bindBidirectional(setting.textProperty());
        field.disableProperty().bind(setting.lockedProperty());
        note.textProperty().bind(Bindings.when(setting.errorProperty().isEmpty())
                .then(setting.lockHintProperty()).otherwise(setting.errorProperty()));
        ChangeListener<String> marker = (observable, old, error) -> markError(note, error);
        // The view model outlives this dialog; a weak listener lets a closed dialog go.
        errorMarkers.add(marker);
        setting.errorProperty().addListener(new WeakChangeListener<>(marker));
        markError(note, setting.errorProperty().get());
    }

    private static void markError(Label note, String error) {
        note.getStyleClass().remove(Styles.ERROR_TEXT);
        if (!error.isEmpty()) {
            note.getStyleClass().add(Styles.ERROR_TEXT);
        }
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void runNow() {
        viewModel.cleanupNow().requestCleanup();
    }

    /** Shows the view as a dialog over {@code owner} until closed; a cleanup it started keeps running. */
    public void showDialog(Window owner) {
        viewModel.reload();
        CleanupNowViewModel cleanupNow = viewModel.cleanupNow();
        ChangeListener<CleanupNowViewModel.Phase> confirmer = (observable, old, phase) -> {
            if (phase == CleanupNowViewModel.Phase.CONFIRMING) {
                confirm(owner);
            }
        };
        cleanupNow.phaseProperty().addListener(confirmer);
        Dialog<ButtonType> dialog = Dialogs.ownedBy(owner, new Dialog<>());
        dialog.setTitle("Retention");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(root);
        dialog.showAndWait();
        cleanupNow.phaseProperty().removeListener(confirmer);
        // Nobody is left to answer a question still to come.
        cleanupNow.cancelCleanup();
    }

    private void confirm(Window owner) {
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        CleanupNowViewModel cleanupNow = viewModel.cleanupNow();
        Alert alert = Dialogs.ownedBy(owner, new Alert(Alert.AlertType.CONFIRMATION,
                cleanupNow.confirmationProperty().get(), delete, ButtonType.CANCEL));
        alert.setTitle("Run cleanup now");
        alert.setHeaderText("Delete old events?");
        alert.showAndWait().filter(delete::equals).ifPresentOrElse(yes -> cleanupNow.confirmCleanup(),
                cleanupNow::cancelCleanup);
    }
}
