package io.eventinspector.ui.events;

import io.eventinspector.event.Event;
import io.eventinspector.ui.trace.TraceView;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The selected event: header with its size, coloured JSON with long values folded, a collapsible tree whose
 * node paths can be copied, and the trace of its message. The views make only what is on screen or opened.
 */
public final class EventDetailView {
    private final EventDetailViewModel viewModel;
    private final FilterViewModel filter;

    @FXML
    private Label header;
    @FXML
    private Label size;
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
    private ListView<JsonLine> json;
    @FXML
    private Label jsonPlaceholder;
    @FXML
    private Button toggleFold;
    @FXML
    private Button copyValue;
    @FXML
    private TreeView<JsonTreeNode> tree;
    @FXML
    private Button copyPath;
    @FXML
    private Label path;
    @FXML
    private Tab traceTab;
    @FXML
    private TraceView traceController;

    private JsonTextView jsonView;

    public EventDetailView(EventDetailViewModel viewModel, FilterViewModel filter) {
        this.viewModel = viewModel;
        this.filter = filter;
    }

    @FXML
    private void initialize() {
        header.textProperty().bind(viewModel.headerProperty());
        meta.textProperty().bind(viewModel.metaProperty());
        size.textProperty().bind(viewModel.sizeProperty());
        size.visibleProperty().bind(viewModel.sizeProperty().isNotEmpty());
        var nothing = viewModel.eventProperty().isNull();
        copyJson.disableProperty().bind(nothing);
        copyId.disableProperty().bind(nothing);
        sameSession.disableProperty().bind(nothing);
        sameMessage.disableProperty().bind(viewModel.messageIdProperty().isEmpty());
        jsonView = new JsonTextView(json, viewModel.json());
        jsonPlaceholder.textProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then("Laying the event out…").otherwise("Select an event to see its JSON"));
        var noLine = json.getSelectionModel().selectedItemProperty().isNull();
        toggleFold.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            JsonLine line = json.getSelectionModel().getSelectedItem();
            return line == null || !line.foldable();
        }, json.getSelectionModel().selectedItemProperty()));
        copyValue.disableProperty().bind(noLine);
        viewModel.treeProperty().addListener((observable, old, root) ->
                tree.setRoot(root == null ? null : new LazyItem(root, 0)));
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
        traceController.traceWhile(traceTab.selectedProperty());
    }

    /** A tree item that makes its children the first time they are asked for (on expand, or to draw them). */
    private static final class LazyItem extends TreeItem<JsonTreeNode> {
        private final int depth;
        private boolean made;

        LazyItem(JsonTreeNode node, int depth) {
            super(node);
            this.depth = depth;
            setExpanded(node.startsExpanded(depth));
        }

        @Override
        public boolean isLeaf() {
            return getValue().isLeaf();
        }

        @Override
        public ObservableList<TreeItem<JsonTreeNode>> getChildren() {
            if (!made) {
                made = true;
                super.getChildren().setAll(getValue().children().stream()
                        .map(child -> (TreeItem<JsonTreeNode>) new LazyItem(child, depth + 1)).toList());
            }
            return super.getChildren();
        }
    }

    /** The event exactly as stored, whatever is folded on screen. */
    @FXML
    public void copyJson() {
        copy(viewModel.exactJson());
    }

    @FXML
    private void toggleFold() {
        jsonView.toggleSelected();
    }

    @FXML
    private void copyValue() {
        jsonView.copyValue();
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
        JsonTextView.copy(text);
    }
}
