package io.eventinspector.ui.replay;

import io.eventinspector.event.Timestamps;
import io.eventinspector.replay.DeliveryAttempt;
import io.eventinspector.replay.ReplayRecord;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
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
        column(startedColumn, replay -> Timestamps.format(replay.startedAt()));
        column(byColumn, ReplayRecord::initiator);
        column(filtersColumn, ReplayHistoryViewModel::filters);
        column(targetColumn, replay -> replay.target().orElse(""));
        column(resultColumn, ReplayRecord::message);
        replays.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((observable, old, now) -> {
            if (now != replays.getSelectionModel().getSelectedItem()) {
                replays.getSelectionModel().select(now);
            }
        });
        attempts.setItems(viewModel.attempts());
        column(eventColumn, DeliveryAttempt::eventId);
        column(attemptColumn, DeliveryAttempt::attempt);
        column(timeColumn, attempt -> Timestamps.format(attempt.attemptedAt()));
        column(httpColumn, attempt -> attempt.httpStatus().isPresent() ? attempt.httpStatus().getAsInt() : "");
        column(latencyColumn, DeliveryAttempt::latencyMs);
        column(errorColumn, attempt -> attempt.error().orElse(""));
    }

    private static <T> void column(TableColumn<T, String> column, Function<T, ?> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Objects.toString(value.apply(cell.getValue()),
                "")));
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
