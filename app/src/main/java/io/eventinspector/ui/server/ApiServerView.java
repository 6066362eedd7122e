package io.eventinspector.ui.server;

import io.eventinspector.ui.fx.Dialogs;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * "Start API server…": asks for the port and shows the key requests need (with a copy button) when it was made
 * for this start, bound to {@link ApiServerViewModel}; shown as a dialog.
 */
public final class ApiServerView {
    private final ApiServerViewModel viewModel;

    @FXML
    private Parent root;
    @FXML
    private TextField port;
    @FXML
    private Label portError;
    @FXML
    private Label auth;
    @FXML
    private Label keyLabel;
    @FXML
    private HBox keyRow;
    @FXML
    private TextField key;
    @FXML
    private TextField curl;

    public ApiServerView(ApiServerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        port.textProperty().bindBidirectional(viewModel.portProperty());
        portError.textProperty().bind(viewModel.portErrorProperty());
        auth.setText(viewModel.authDescription());
        key.textProperty().bind(viewModel.generatedKeyProperty());
        var shown = viewModel.generatedKeyProperty().isNotEmpty();
        for (Node node : new Node[] {keyLabel, keyRow}) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
        curl.textProperty().bind(viewModel.curlExample());
    }

    @FXML
    private void copyKey() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.generatedKeyProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks for the port and, on Start, starts the server in the background. */
    public void showDialog(Window owner) {
        viewModel.prepareStart();
        Dialog<ButtonType> dialog = Dialogs.ownedBy(owner, new Dialog<>());
        dialog.setTitle("Start API server");
        ButtonType start = new ButtonType("Start", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(start, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(root);
        Node startButton = dialog.getDialogPane().lookupButton(start);
        startButton.disableProperty().bind(viewModel.portErrorProperty().isNotEmpty());
        dialog.showAndWait().filter(start::equals).ifPresent(ok -> viewModel.start());
    }
}
