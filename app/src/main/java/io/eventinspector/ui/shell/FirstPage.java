package io.eventinspector.ui.shell;

import io.eventinspector.ui.fx.Pulses;
import io.eventinspector.ui.fx.Notifications.Notification;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;

/** The moment a start-up is over for the user: the first page of events of an open store is on screen. */
final class FirstPage {
    private final AppContext context;
    private final Consumer<Boolean> settled;
    private final ChangeListener<Boolean> loading = (observable, was, now) -> loadingChanged(was, now);
    private final ChangeListener<Notification> failure = (observable, old, now) -> {
        if (now != null) {
            settle(false);
        }
    };
    private boolean over;

    private FirstPage(AppContext context, Consumer<Boolean> settled) {
        this.context = context;
        this.settled = settled;
    }

    /**
     * Calls {@code settled} once: with true when the table has the first page of an open store, with false when a
     * failure (the store cannot open, the query failed) is notified first.
     */
    static void whenSettled(AppContext context, Consumer<Boolean> settled) {
        FirstPage firstPage = new FirstPage(context, settled);
        context.table().loadingProperty().addListener(firstPage.loading);
        context.notifications().currentProperty().addListener(firstPage.failure);
    }

    /**
     * Runs {@code shown} right after the pulse that lays out the first page (its frame is rendered next, off the
     * FX thread), or {@code failed} if a failure comes first.
     */
    static void whenShown(Scene scene, AppContext context, Runnable shown, Runnable failed) {
        whenSettled(context, loaded -> {
            if (!loaded) {
                failed.run();
                return;
            }
            Pulses.afterNextLayout(scene, shown);
        });
    }

    private void loadingChanged(boolean was, boolean now) {
        if (was && !now && context.store().eventsProperty().get() != null) {
            // Loading turns false just before the page's rows are set, in the same task on the FX thread.
            Platform.runLater(() -> settle(true));
        }
    }

    private void settle(boolean loaded) {
        if (over) {
            return;
        }
        over = true;
        context.table().loadingProperty().removeListener(loading);
        context.notifications().currentProperty().removeListener(failure);
        settled.accept(loaded);
    }
}
