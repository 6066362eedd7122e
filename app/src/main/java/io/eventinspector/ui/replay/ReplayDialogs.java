package io.eventinspector.ui.replay;

import io.eventinspector.Services;
import io.eventinspector.event.EventQuery;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.Dialogs;
import io.eventinspector.ui.fx.TaskExecutor;
import io.eventinspector.ui.fx.ViewLoader;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Opens the replay dialog (on the window's filter, or on chosen events) and the replay history, each with a fresh
 * view model. Neither is disabled for a read-only gateway database: a replay only reads it, and its history goes
 * to {@link Services#replayHistory()}.
 */
public final class ReplayDialogs {
    private final TaskExecutor executor;
    private final ObservableValue<Services> services;
    private final ObservableValue<EventQuery> filter;
    private final Notifications notifications;
    private final ViewLoader views;

    public ReplayDialogs(TaskExecutor executor, ObservableValue<Services> services,
                         ObservableValue<EventQuery> filter, Notifications notifications, ViewLoader views) {
        this.executor = executor;
        this.services = services;
        this.filter = filter;
        this.notifications = notifications;
        this.views = views;
    }

    /** The dialog on the current filter; it follows the filter, so editing it drops an earlier dry run. */
    public void openForFilter(Window owner) {
        ReplayViewModel replay = replay(ReplaySource.filter(filter.getValue()));
        replay.sourceProperty().bind(Bindings.createObjectBinding(() -> ReplaySource.filter(filter.getValue()),
                filter));
        show(owner, replay);
    }

    /** The dialog on exactly these events (the table's selected rows). */
    public void openForEvents(Window owner, List<String> ids) {
        ReplayViewModel replay = replay(ReplaySource.events(ids));
        show(owner, replay);
    }

    public void openHistory(Window owner) {
        ReplayHistoryViewModel history = new ReplayHistoryViewModel(executor, services, notifications);
        Parent content = views.load("ReplayHistory.fxml", new ReplayHistoryView(history)).root();
        dialog(owner, "Replay history", content).show();
        history.refresh();
    }

    private ReplayViewModel replay(ReplaySource source) {
        return new ReplayViewModel(executor, services, notifications, ReplayViewModel.SERVICES, source);
    }

    private void show(Window owner, ReplayViewModel replay) {
        ReplayDialogView view = new ReplayDialogView(replay, executor);
        Parent content = views.load("ReplayDialog.fxml", view).root();
        Dialog<ButtonType> dialog = dialog(owner, "Replay events", content);
        // Closing the dialog is the way out of a replay, so it stops it; and lets go of the window's filter, and
        // of a large request still being laid out.
        dialog.setOnHidden(event -> {
            replay.cancel();
            replay.sourceProperty().unbind();
            view.close();
        });
        dialog.show();
    }

    private static Dialog<ButtonType> dialog(Window owner, String title, Parent content) {
        Dialog<ButtonType> dialog = Dialogs.ownedBy(owner, new Dialog<>());
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content);
        return dialog;
    }
}
