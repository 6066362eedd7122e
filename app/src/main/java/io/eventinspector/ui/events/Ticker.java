package io.eventinspector.ui.events;

import io.eventinspector.ui.fx.TaskExecutor;
import java.time.Duration;

/**
 * Runs an action on the UI thread again and again until the returned handle is cancelled. The app ticks through
 * the {@link TaskExecutor}'s timer; tests pass a ticker they fire by hand, so nothing waits for real seconds.
 */
@FunctionalInterface
public interface Ticker {
    TaskExecutor.Handle every(Duration interval, Runnable action);

    /** Each tick is scheduled when the previous one has run, so a slow action never piles up ticks. */
    static Ticker on(TaskExecutor executor) {
        return (interval, action) -> new TaskExecutor.Handle() {
            private boolean stopped;
            private TaskExecutor.Handle next = executor.schedule(interval, this::tick);

            private void tick() {
                if (!stopped) {
                    action.run();
                    next = executor.schedule(interval, this::tick);
                }
            }

            @Override
            public void cancel() {
                stopped = true;
                next.cancel();
            }
        };
    }
}
