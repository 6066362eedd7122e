package io.eventinspector.ui.shell;

import io.eventinspector.ui.retention.RetentionScheduling;
import io.eventinspector.ui.transfer.ExportViewModel;
import io.eventinspector.ui.transfer.ImportViewModel;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/**
 * The main window's status bar: what the table shows, import and export progress with their cancel buttons, the
 * retention and API server status, the read-only badge and the open store; bound to {@link MainViewModel} and the
 * view models of the work it shows.
 */
public final class StatusBarView {
    private final MainViewModel viewModel;
    private final ImportViewModel importer;
    private final ExportViewModel exporter;
    private final RetentionScheduling retention;

    @FXML
    private Label status;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label importProgress;
    @FXML
    private Button cancelImport;
    @FXML
    private Label exportProgress;
    @FXML
    private Button cancelExport;
    @FXML
    private Label retentionStatus;
    @FXML
    private Label apiStatus;
    @FXML
    private Label readOnlyBadge;
    @FXML
    private Label storeLabel;

    public StatusBarView(MainViewModel viewModel, ImportViewModel importer, ExportViewModel exporter,
                         RetentionScheduling retention) {
        this.viewModel = viewModel;
        this.importer = importer;
        this.exporter = exporter;
        this.retention = retention;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(viewModel.statusProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        importProgress.textProperty().bind(importer.progressProperty());
        cancelImport.visibleProperty().bind(importer.runningProperty());
        cancelImport.managedProperty().bind(importer.runningProperty());
        exportProgress.textProperty().bind(exporter.progressProperty());
        cancelExport.visibleProperty().bind(exporter.runningProperty());
        cancelExport.managedProperty().bind(exporter.runningProperty());
        retentionStatus.textProperty().bind(retention.statusProperty());
        apiStatus.textProperty().bind(viewModel.apiStatusProperty());
        apiStatus.visibleProperty().bind(viewModel.apiRunningProperty());
        apiStatus.managedProperty().bind(viewModel.apiRunningProperty());
        readOnlyBadge.visibleProperty().bind(viewModel.readOnlyProperty());
        readOnlyBadge.managedProperty().bind(viewModel.readOnlyProperty());
        storeLabel.textProperty().bind(viewModel.titleProperty());
    }

    @FXML
    private void cancelImport() {
        importer.cancel();
    }

    @FXML
    private void cancelExport() {
        exporter.cancel();
    }
}
