package io.eventinspector.ui.replay;

import io.eventinspector.replay.ReplayControl;
import io.eventinspector.replay.ReplayResult.EventOutcome;
import io.eventinspector.ui.fx.TaskExecutor;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How far a real replay has got: the share sent, {@code 3 of 5 sent · 1 failed}, and each event's outcome as it
 * is decided. The replay reports from its own thread; every change is made on the UI thread.
 */
final class DeliveryProgress {
    private final TaskExecutor executor;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ObservableList<EventOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<EventOutcome> outcomesView = FXCollections.unmodifiableObservableList(outcomes);
    private ReplayControl control;

    DeliveryProgress(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Starts afresh for a new replay; the returned control carries its reports here and can cancel it. */
    ReplayControl start() {
        outcomes.clear();
        progress.set(0);
        text.set("starting…");
        control = new ReplayControl(
                step -> executor.onUiThread(() -> {
                    progress.set(step.total() == 0 ? 1 : step.done() / (double) step.total());
                    text.set(String.format(Locale.ROOT, "%,d of %,d sent · %,d failed", step.done(), step.total(),
                            step.failed()));
                }),
                outcome -> executor.onUiThread(() -> outcomes.add(outcome)));
        return control;
    }

    /** The replay ended, however: nothing is left to cancel; a finished one shows as complete. */
    void end(boolean complete) {
        control = null;
        if (complete) {
            progress.set(1);
        }
    }

    /** Stops the running replay before its next delivery, and says so. */
    void cancel() {
        if (control != null && !control.isCancelled()) {
            control.cancel();
            text.set(text.get() + " · cancelling…");
        }
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ObservableList<EventOutcome> outcomes() {
        return outcomesView;
    }
}
