package io.eventinspector.ui.fx;

import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Makes a dialog look and behave like the window it opens over, after JabRef's {@code BaseDialog}; a static helper
 * rather than a base class so that {@link javafx.scene.control.Alert}s get it too.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * Gives {@code dialog} the app's stylesheet and {@code owner}'s theme (light or dark) and icons, and makes it
     * modal over {@code owner}. Without an owner (none is showing) it gets the stylesheet only. Call before showing.
     * Keys need nothing here, unlike in JabRef: JavaFX 21 already presses the Cancel or Close button on Esc and the
     * focused button on Enter (the default one only when no button has the focus); DialogsUiTest holds it to that.
     */
    public static <D extends Dialog<?>> D ownedBy(Window owner, D dialog) {
        dialog.initModality(Modality.APPLICATION_MODAL);
        dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null && owner.getScene().getRoot().getStyleClass().contains(Styles.DARK)) {
                dialog.getDialogPane().getStyleClass().add(Styles.DARK);
            }
            if (owner instanceof Stage ownerStage
                    && dialog.getDialogPane().getScene().getWindow() instanceof Stage dialogStage) {
                dialogStage.getIcons().setAll(ownerStage.getIcons());
            }
        }
        return dialog;
    }
}
