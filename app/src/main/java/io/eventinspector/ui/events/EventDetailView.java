package io.eventinspector.ui.events;

import io.eventinspector.event.Event;
import io.eventinspector.ui.Styles;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The selected event: header, coloured JSON, and a collapsible tree whose node paths can be copied. */
public final class EventDetailView {
    private final EventDetailViewModel viewModel;
    private final FilterViewModel filter;

    @FXML
    private Label header;
    @FXML
    private Label meta;
    @FXML
    private Button copyJson;
    @FXML
    private Button copyId;
    @FXML
    private Button sameSession;
    @FXML
    private Button sameMessage;
    @FXML
    private TextFlow json;
    @FXML
    private TreeView<JsonTreeNode> tree;
    @FXML
    private Button copyPath;
    @FXML
    private Label path;

    public EventDetailView(EventDetailViewModel viewModel, FilterViewModel filter) {
        this.viewModel = viewModel;
        this.filter = filter;
    }

    @FXML
    private void initialize() {
        header.textProperty().bind(viewModel.headerProperty());
        meta.textProperty().bind(viewModel.metaProperty());
        var nothing = viewModel.eventProperty().isNull();
        copyJson.disableProperty().bind(nothing);
        copyId.disableProperty().bind(nothing);
        sameSession.disableProperty().bind(nothing);
        sameMessage.disableProperty().bind(viewModel.messageIdProperty().isEmpty());
        viewModel.tokensProperty().addListener((observable, old, tokens) -> showTokens(tokens));
        viewModel.treeProperty().addListener((observable, old, root) ->
                tree.setRoot(root == null ? null : item(root, 0)));
        tree.setCellFactory(view -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(JsonTreeNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : node.label());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, item) ->
                path.setText(item == null ? "" : item.getValue().path()));
        copyPath.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
    }

    private void showTokens(List<JsonToken> tokens) {
        json.getChildren().setAll(tokens.stream().map(token -> {
            Text text = new Text(token.text());
            text.getStyleClass().add(Styles.json(token.kind()));
            return text;
        }).toList());
    }

    /** Objects and arrays start expanded two levels deep; deeper ones open on demand. */
    private static TreeItem<JsonTreeNode> item(JsonTreeNode node, int depth) {
        TreeItem<JsonTreeNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(item(child, depth + 1)));
        item.setExpanded(depth < 2);
        return item;
    }

    @FXML
    public void copyJson() {
        copy(viewModel.prettyJsonProperty().get());
    }

    @FXML
    private void copyId() {
        Event shown = viewModel.eventProperty().get();
        if (shown != null) {
            copy(shown.id());
        }
    }

    @FXML
    private void copyPath() {
        copy(path.getText());
    }

    @FXML
    private void showSession() {
        Event shown = viewModel.eventProperty().get();
        if (shown != null) {
            filter.showSession(shown.sessionId());
        }
    }

    @FXML
    private void showMessage() {
        Event shown = viewModel.eventProperty().get();
        if (shown != null && !viewModel.messageIdProperty().get().isEmpty()) {
            filter.showMessage(shown.sessionId(), viewModel.messageIdProperty().get());
        }
    }

    private static void copy(String text) {
        if (text != null && !text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
