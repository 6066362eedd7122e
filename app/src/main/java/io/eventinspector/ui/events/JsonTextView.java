package io.eventinspector.ui.events;

import io.eventinspector.ui.fx.Styles;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A JSON view whose cost does not grow with the JSON: a {@link ListView} of {@link JsonLine}s, which only makes
 * cells for the lines on screen, each a few coloured {@link Text}s of a bounded line. Lines are selected whole;
 * Ctrl+C copies them as shown, Enter or a double click expands or collapses a value, and "Copy value" copies all
 * of a value, however long.
 */
public final class JsonTextView {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ListView<JsonLine> list;
    private final JsonTextViewModel viewModel;
    /** The line to select once a toggle's new layout arrives: where the toggled value starts. */
    private int pendingSelection = -1;

    public JsonTextView(ListView<JsonLine> list, JsonTextViewModel viewModel) {
        this.list = list;
        this.viewModel = viewModel;
        list.getStyleClass().add(Styles.JSON_VIEW);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new LineCell());
        viewModel.linesProperty().addListener((observable, old, lines) -> show(lines));
        show(viewModel.linesProperty().get());
        list.setOnKeyPressed(key -> {
            if (COPY.match(key)) {
                copyLines();
                key.consume();
            } else if (key.getCode() == KeyCode.ENTER) {
                toggleSelected();
                key.consume();
            }
        });
        MenuItem toggle = new MenuItem("Expand / collapse");
        toggle.setOnAction(event -> toggleSelected());
        MenuItem value = new MenuItem("Copy value");
        value.setOnAction(event -> copyValue());
        MenuItem lines = new MenuItem("Copy lines");
        lines.setOnAction(event -> copyLines());
        list.setContextMenu(new ContextMenu(toggle, value, lines));
    }

    /** Wraps the new lines without copying them: setting even 250,000 lines costs the UI thread nothing. */
    private void show(List<JsonLine> lines) {
        list.setItems(FXCollections.observableList(lines));
        if (pendingSelection >= 0 && pendingSelection < lines.size()) {
            list.getSelectionModel().clearAndSelect(pendingSelection);
            list.getFocusModel().focus(pendingSelection);
            list.scrollTo(Math.max(0, pendingSelection - 2));
        }
        pendingSelection = -1;
    }

    /** Expands the selected folded value, or collapses the expanded value the selected line belongs to. */
    public void toggleSelected() {
        JsonLine line = list.getSelectionModel().getSelectedItem();
        if (line == null || !line.foldable()) {
            return;
        }
        pendingSelection = firstLineOf(line);
        viewModel.toggle(line);
    }

    /** All of the selected line's value (a string unescaped), however long it is. */
    public void copyValue() {
        JsonLine line = list.getSelectionModel().getSelectedItem();
        if (line != null) {
            copy(JsonTextViewModel.valueOf(line));
        }
    }

    /** The selected lines as shown. */
    public void copyLines() {
        copy(JsonTextViewModel.shown(list.getSelectionModel().getSelectedItems()));
    }

    /** Where the line's value starts: every line of one value carries its path, and no other line does. */
    private int firstLineOf(JsonLine line) {
        List<JsonLine> items = list.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (line.path().equals(items.get(i).path())) {
                return i;
            }
        }
        return -1;
    }

    static void copy(String text) {
        if (text != null && !text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** One line: its tokens as coloured texts; double-clicking it expands or collapses its value. */
    private final class LineCell extends ListCell<JsonLine> {
        private final TextFlow flow = new TextFlow();

        LineCell() {
            setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2 && !isEmpty()) {
                    toggleSelected();
                }
            });
        }

        @Override
        protected void updateItem(JsonLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            flow.getChildren().setAll(line.tokens().stream().map(token -> {
                Text text = new Text(token.text());
                text.getStyleClass().add(token.kind().styleClass());
                return text;
            }).toList());
            setGraphic(flow);
        }
    }
}
