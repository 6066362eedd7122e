package io.eventinspector.ui.retention;

import io.eventinspector.ui.fx.Dialogs;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The daily cleanup's question about imported history, as a dialog over the main window. */
public final class CleanupQuestionDialog implements CleanupQuestion {
    @Override
    public void ask(ImportedHistory question, Consumer<Answer> answer) {
        ButtonType delete = new ButtonType("Delete them", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep them", ButtonBar.ButtonData.CANCEL_CLOSE);
        Window owner = Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null);
        Alert alert = Dialogs.ownedBy(owner, new Alert(Alert.AlertType.CONFIRMATION, question.message(), keep, delete));
        alert.setTitle("Daily cleanup");
        alert.setHeaderText("Delete imported history?");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // Closing it unanswered keeps them: nothing is deleted without a yes.
        answer.accept(alert.showAndWait().filter(delete::equals).isPresent() ? Answer.DELETE : Answer.KEEP);
    }
}
