package io.eventinspector.ui.events;

import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

/** The filter bar: binds the fields to {@link FilterViewModel}; all logic lives there. */
public final class FilterBarView {
    private final FilterViewModel viewModel;
    private final SessionSuggestions sessions;
    private final LiveTailViewModel liveTail;
    private boolean syncingTypes;

    @FXML
    private TextField sessionField;
    @FXML
    private CheckComboBox<String> typePicker;
    @FXML
    private TextField sinceField;
    @FXML
    private TextField untilField;
    @FXML
    private MenuButton quickRanges;
    @FXML
    private TextField textField;
    @FXML
    private Label apiUrl;
    @FXML
    private Label error;
    @FXML
    private Button replayButton;
    @FXML
    private ToggleButton liveToggle;

    public FilterBarView(FilterViewModel viewModel, SessionSuggestions sessions, LiveTailViewModel liveTail) {
        this.viewModel = viewModel;
        this.sessions = sessions;
        this.liveTail = liveTail;
    }

    @FXML
    private void initialize() {
        sessionField.textProperty().bindBidirectional(viewModel.sessionIdProperty());
        sinceField.textProperty().bindBidirectional(viewModel.sinceProperty());
        untilField.textProperty().bindBidirectional(viewModel.untilProperty());
        textField.textProperty().bindBidirectional(viewModel.textProperty());
        apiUrl.textProperty().bind(viewModel.apiUrlProperty());
        error.textProperty().bind(viewModel.errorProperty());
        completeSessionsOnceFocused();
        liveToggle.selectedProperty().bindBidirectional(liveTail.liveProperty());
        for (FilterViewModel.QuickRange range : FilterViewModel.QuickRange.values()) {
            MenuItem item = new MenuItem(range.label());
            item.setOnAction(event -> viewModel.applyQuickRange(range));
            quickRanges.getItems().add(item);
        }
        bindTypes();
    }

    /**
     * ControlsFX asks for suggestions on a thread of its own, so the store query never blocks typing. Its popup
     * is made only when the field is first focused: nobody types there before the window appears, and making it
     * at start-up only adds to the time until the window does.
     */
    private void completeSessionsOnceFocused() {
        sessionField.focusedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean old, Boolean focused) {
                if (focused) {
                    sessionField.focusedProperty().removeListener(this);
                    TextFields.bindAutoCompletion(sessionField, request -> sessions.suggest(request.getUserText()));
                }
            }
        });
    }

    /** The picker lists the store's types with counts; its checks and the view model's selection mirror each other. */
    private void bindTypes() {
        Map<String, Long> counts = viewModel.typeCounts();
        typePicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(String type) {
                Long count = counts.get(type);
                return count == null ? type : type + " (" + String.format("%,d", count) + ")";
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        viewModel.typeCounts().addListener((MapChangeListener<String, Long>) change -> {
            if (!syncingTypes) {
                syncingTypes = true;
                typePicker.getItems().setAll(viewModel.typeCounts().keySet());
                viewModel.selectedTypes().forEach(type -> typePicker.getCheckModel().check(type));
                syncingTypes = false;
            }
        });
        typePicker.getCheckModel().getCheckedItems().addListener(
                (javafx.collections.ListChangeListener<String>) change -> {
                    if (!syncingTypes) {
                        syncingTypes = true;
                        viewModel.selectedTypes().setAll(typePicker.getCheckModel().getCheckedItems());
                        syncingTypes = false;
                    }
                });
        viewModel.selectedTypes().addListener((javafx.collections.ListChangeListener<String>) change -> {
            if (!syncingTypes) {
                syncingTypes = true;
                typePicker.getCheckModel().clearChecks();
                viewModel.selectedTypes().forEach(type -> typePicker.getCheckModel().check(type));
                syncingTypes = false;
            }
        });
    }

    /** "Replay…": the main window decides what it opens. */
    public Button replayButton() {
        return replayButton;
    }

    /** Ctrl+F lands here. */
    public void focus() {
        sessionField.requestFocus();
    }

    @FXML
    private void clear() {
        viewModel.clear();
    }

    @FXML
    private void copyUrl() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.apiUrlProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
