package io.eventinspector.ui.connection;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The PostgreSQL connection form, bound to {@link PostgresFormViewModel}. */
public final class PostgresConnectionView {
    private final PostgresFormViewModel viewModel;

    @FXML
    private TextField host;
    @FXML
    private TextField port;
    @FXML
    private TextField database;
    @FXML
    private TextField user;
    @FXML
    private PasswordField password;
    @FXML
    private CheckBox savePassword;
    @FXML
    private Label savePasswordNote;
    @FXML
    private Button test;
    @FXML
    private Label result;

    public PostgresConnectionView(PostgresFormViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        host.textProperty().bindBidirectional(viewModel.hostProperty());
        port.textProperty().bindBidirectional(viewModel.portProperty());
        database.textProperty().bindBidirectional(viewModel.databaseProperty());
        user.textProperty().bindBidirectional(viewModel.userProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        savePassword.selectedProperty().bindBidirectional(viewModel.savePasswordProperty());
        savePasswordNote.textProperty().bind(viewModel.savePasswordNoteProperty());
        result.textProperty().bind(viewModel.testResultProperty());
        test.disableProperty().bind(viewModel.testingProperty());
    }

    @FXML
    private void test() {
        viewModel.testConnection();
    }
}
