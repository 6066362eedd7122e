package io.eventinspector.ui.fx;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one place background work goes through. {@code work} runs off the UI thread; exactly one of the callbacks
 * then runs on the UI thread, unless the returned handle was cancelled first. View models take this interface so
 * their tests run everything on the calling thread without a toolkit.
 */
public interface TaskExecutor {
    <T> Handle submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread after {@code delay}, unless cancelled first (debouncing). */
    Handle schedule(Duration delay, Runnable action);

    /** Runs {@code action} on the UI thread soon; for progress reported from inside background work. */
    void onUiThread(Runnable action);

    /** A started piece of work; cancelling interrupts it and guarantees that none of its callbacks run. */
    interface Handle {
        Handle DONE = () -> { };

        void cancel();
    }
}
