package io.eventinspector.ui.transfer;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What export and import share: one transfer at a time, a progress line for the status bar, and a cancel flag the
 * background work polls (it runs off the UI thread, hence atomic).
 */
public abstract class TransferViewModel {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    TransferViewModel() {
    }

    /** Marks a transfer as started, showing {@code firstLine}; false, and nothing changes, while one still runs. */
    final boolean start(String firstLine) {
        if (running.get()) {
            return false;
        }
        cancelled.set(false);
        running.set(true);
        progress.set(firstLine);
        return true;
    }

    /** On the UI thread. */
    final void showProgress(String line) {
        progress.set(line);
    }

    final boolean isCancelled() {
        return cancelled.get();
    }

    /** On the UI thread, when the transfer has ended however it ended. */
    final void finish() {
        running.set(false);
        progress.set("");
    }

    /**
     * Stops the running transfer at its next check: an export at its next write (the partial file is deleted), an
     * import after the current batch (batches already committed stay).
     */
    public final void cancel() {
        cancelled.set(true);
    }

    public final ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public final ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
