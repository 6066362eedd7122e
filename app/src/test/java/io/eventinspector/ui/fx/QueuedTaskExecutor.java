package io.eventinspector.ui.fx;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A test executor on the calling thread. By default work runs at once; with {@link #hold()} it queues until
 * {@link #runAll()}, so a test can start two queries and see the older one cancelled. Delays are skipped.
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private boolean holding;

    public QueuedTaskExecutor hold() {
        holding = true;
        return this;
    }

    /** Runs queued work in submission order (including work queued while running) and stops holding. */
    public void runAll() {
        holding = false;
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    /** Runs the oldest queued piece of work only (what it queues stays queued) and keeps holding. */
    public void runNext() {
        queued.poll().run();
    }

    public int pending() {
        return queued.size();
    }

    @Override
    public <T> Handle submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        boolean[] cancelled = {false};
        Runnable task = () -> {
            if (cancelled[0]) {
                return;
            }
            T value;
            try {
                value = work.call();
            } catch (Throwable error) {
                onFailure.accept(error);
                return;
            }
            onSuccess.accept(value);
        };
        enqueue(task);
        return () -> cancelled[0] = true;
    }

    @Override
    public Handle schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        enqueue(() -> {
            if (!cancelled[0]) {
                action.run();
            }
        });
        return () -> cancelled[0] = true;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    private void enqueue(Runnable task) {
        if (holding) {
            queued.add(task);
        } else {
            task.run();
        }
    }
}
