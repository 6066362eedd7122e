package io.eventinspector.ui.connection;

import io.eventinspector.ui.fx.Dialogs;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.ViewLoader;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * "Connect to PostgreSQL…": the form ({@link PostgresConnectionView}, a fresh {@link PostgresFormViewModel} each
 * time) as a dialog; Connect switches the window to that store. A form that cannot describe a store (a missing
 * host, a bad port) is a notification whose retry opens the dialog again.
 */
public final class PostgresConnectionDialog {
    private final Supplier<PostgresFormViewModel> forms;
    private final ViewLoader views;
    private final ActiveStore store;
    private final Notifications notifications;

    public PostgresConnectionDialog(Supplier<PostgresFormViewModel> forms, ViewLoader views, ActiveStore store,
                                    Notifications notifications) {
        this.forms = forms;
        this.views = views;
        this.store = store;
        this.notifications = notifications;
    }

    public void show(Window owner) {
        PostgresFormViewModel form = forms.get();
        ViewLoader.Loaded<PostgresConnectionView> loaded = views.load("PostgresConnection.fxml",
                new PostgresConnectionView(form));
        Dialog<ButtonType> dialog = Dialogs.ownedBy(owner, new Dialog<>());
        dialog.setTitle("Connect to PostgreSQL");
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(loaded.root());
        dialog.showAndWait().filter(connect::equals).ifPresent(ok -> {
            try {
                store.connect(form.storeUrl(), form.savePasswordProperty().get());
            } catch (RuntimeException e) {
                notifications.failure("Cannot connect", e, () -> show(owner));
            }
        });
    }
}
