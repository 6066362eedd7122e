package io.eventinspector.ui.fx;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on a small pool of daemon threads and hands results back on the JavaFX Application Thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    public FxTaskExecutor(int threads) {
        this.workers = Executors.newFixedThreadPool(threads, daemon("ui-worker"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("ui-timer"));
    }

    @Override
    public <T> Handle submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future = workers.submit(() -> {
            try {
                T value = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(value);
                    }
                });
            } catch (Throwable error) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(error);
                    }
                });
            }
        });
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    @Override
    public Handle schedule(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> future = timer.schedule(() -> Platform.runLater(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            cancelled.set(true);
            future.cancel(false);
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
