package io.eventinspector.replay;

import io.eventinspector.replay.ReplayResult.EventOutcome;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The caller's handle on a running replay: it receives progress after every event and may cancel from any
 * thread. Cancelling aborts a try in progress (its connection is closed), cuts short a wait between tries and
 * stops before the next send; events not yet sent are reported as not attempted.
 */
public final class ReplayControl {
    private final Consumer<ReplayProgress> listener;
    private final Consumer<EventOutcome> outcomes;
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();

    public ReplayControl(Consumer<ReplayProgress> listener) {
        this(listener, outcome -> { });
    }

    /** Also receives each event's outcome as soon as it is decided, for a live per-event view. */
    public ReplayControl(Consumer<ReplayProgress> listener, Consumer<EventOutcome> outcomes) {
        this.listener = listener;
        this.outcomes = outcomes;
    }

    /** No progress reports; never cancelled unless {@link #cancel()} is called. */
    public static ReplayControl none() {
        return new ReplayControl(progress -> { });
    }

    public void cancel() {
        cancelled.countDown();
        onCancel.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /** Opens when the replay is cancelled; waits use it to wake early. */
    CountDownLatch cancellation() {
        return cancelled;
    }

    /**
     * Runs {@code abort} if the replay is cancelled before the returned handle is closed (at once if it already
     * is). {@code abort} must be safe to run twice and from any thread.
     */
    Registration whenCancelled(Runnable abort) {
        onCancel.add(abort);
        if (isCancelled()) {
            abort.run();
        }
        return () -> onCancel.remove(abort);
    }

    /** Ends a {@link #whenCancelled} registration. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    void report(ReplayProgress progress) {
        listener.accept(progress);
    }

    void report(EventOutcome outcome) {
        outcomes.accept(outcome);
    }
}
