package io.eventinspector.ui.replay;

import static io.eventinspector.ui.fx.TableColumns.showText;

import io.eventinspector.event.Timestamps;
import io.eventinspector.replay.DeliveryAttempt;
import io.eventinspector.replay.ReplayRecord;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The replay history, bound to {@link ReplayHistoryViewModel}. */
public final class ReplayHistoryView {
    private final ReplayHistoryViewModel viewModel;

    @FXML
    private TableView<ReplayRecord> replays;
    @FXML
    private TableColumn<ReplayRecord, String> startedColumn;
    @FXML
    private TableColumn<ReplayRecord, String> byColumn;
    @FXML
    private TableColumn<ReplayRecord, String> filtersColumn;
    @FXML
    private TableColumn<ReplayRecord, String> targetColumn;
    @FXML
    private TableColumn<ReplayRecord, String> resultColumn;
    @FXML
    private TableView<DeliveryAttempt> attempts;
    @FXML
    private TableColumn<DeliveryAttempt, String> eventColumn;
    @FXML
    private TableColumn<DeliveryAttempt, String> attemptColumn;
    @FXML
    private TableColumn<DeliveryAttempt, String> timeColumn;
    @FXML
    private TableColumn<DeliveryAttempt, String> httpColumn;
    @FXML
    private TableColumn<DeliveryAttempt, String> latencyColumn;
    @FXML
    private TableColumn<DeliveryAttempt, String> errorColumn;

    public ReplayHistoryView(ReplayHistoryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        replays.setItems(viewModel.replays());
        showText(startedColumn, replay -> Timestamps.format(replay.startedAt()));
        showText(byColumn, ReplayRecord::initiator);
        showText(filtersColumn, ReplayHistoryViewModel::filters);
        showText(targetColumn, replay -> replay.target().orElse(""));
        showText(resultColumn, replay -> replay.outcome().message());
        replays.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((observable, old, now) -> {
            if (now != replays.getSelectionModel().getSelectedItem()) {
                replays.getSelectionModel().select(now);
            }
        });
        attempts.setItems(viewModel.attempts());
        showText(eventColumn, DeliveryAttempt::eventId);
        showText(attemptColumn, DeliveryAttempt::attempt);
        showText(timeColumn, attempt -> Timestamps.format(attempt.attemptedAt()));
        showText(httpColumn, attempt -> attempt.httpStatus().isPresent() ? attempt.httpStatus().getAsInt() : "");
        showText(latencyColumn, DeliveryAttempt::latencyMs);
        showText(errorColumn, attempt -> attempt.error().orElse(""));
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
