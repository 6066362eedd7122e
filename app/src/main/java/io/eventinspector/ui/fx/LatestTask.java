package io.eventinspector.ui.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A repeatable piece of background work where only the newest request counts: starting a new one cancels the
 * one in flight, so a slow old query can never overwrite the result of a newer one. The view binds to
 * {@link #runningProperty()}.
 */
public final class LatestTask {
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private TaskExecutor.Handle current = TaskExecutor.Handle.DONE;

    public LatestTask(TaskExecutor executor) {
        this.executor = executor;
    }

    public <T> void restart(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        current.cancel();
        running.set(true);
        TaskExecutor.Handle[] self = new TaskExecutor.Handle[1];
        self[0] = executor.submit(work, value -> {
            finish(self[0]);
            onSuccess.accept(value);
        }, error -> {
            finish(self[0]);
            onFailure.accept(error);
        });
        // A same-thread executor has already finished; keep the handle only while the work is still pending.
        if (running.get()) {
            current = self[0];
        }
    }

    public void cancel() {
        current.cancel();
        current = TaskExecutor.Handle.DONE;
        running.set(false);
    }

    private void finish(TaskExecutor.Handle handle) {
        if (handle == null || handle == current) {
            current = TaskExecutor.Handle.DONE;
            running.set(false);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }
}
