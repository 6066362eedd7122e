package io.eventinspector.ui.retention;

import io.eventinspector.Services;
import io.eventinspector.retention.CleanupMarks;
import io.eventinspector.retention.CleanupScheduler;
import io.eventinspector.retention.RetentionSettings;
import io.eventinspector.retention.RetentionState;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import io.eventinspector.ui.fx.TimeInput;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The daily cleanup of the window's store, as {@code serve} runs it: when a store of our own becomes active its
 * scheduler gets the user's settings and starts. A gateway's own database never gets a daily job (deleting there
 * is a confirmed act on the command line). The scheduler stops with its {@link Services}, which
 * {@link io.eventinspector.ui.connection.ActiveStore} closes on a switch and on exit. Unlike {@code serve}'s, a
 * run that would delete history imported since the store's last cleanup first asks the user
 * ({@link ImportedHistoryGuard}).
 */
public final class RetentionScheduling {
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final TaskExecutor executor;
    private final ObservableValue<Services> services;
    private final Supplier<RetentionSettings> settings;
    private final Notifications notifications;
    private final CleanupMarks marks;
    private final CleanupQuestion question;
    private final ReadOnlyObjectWrapper<RetentionState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private CleanupScheduler scheduler;
    private ImportedHistoryGuard guard;
    private Consumer<RetentionState> listener;

    /**
     * {@code settings} resolves the current settings (defaults, saved choices, environment) each time; {@code marks}
     * remembers each store's last cleanup and pause; {@code question} asks the user about imported history.
     */
    public RetentionScheduling(TaskExecutor executor, ObservableValue<Services> services,
                               Supplier<RetentionSettings> settings, Notifications notifications, CleanupMarks marks,
                               CleanupQuestion question) {
        this.executor = executor;
        this.services = services;
        this.settings = settings;
        this.notifications = notifications;
        this.marks = marks;
        this.question = question;
        services.addListener((observable, old, now) -> follow(now));
        follow(services.getValue());
    }

    private void follow(Services now) {
        if (scheduler != null) {
            scheduler.removeListener(listener);
            scheduler = null;
        }
        if (guard != null) {
            guard.uninstall();
            guard = null;
        }
        state.set(null);
        paused.set(false);
        if (now == null || isGateway(now)) {
            updateStatus();
            return;
        }
        try {
            CleanupScheduler mine = now.cleanupScheduler();
            // News comes on the scheduler's thread. The state is read again on the UI thread, so news that arrives
            // late never overwrites a newer state; only the newest scheduler's news is shown.
            listener = news -> executor.onUiThread(() -> {
                if (scheduler == mine) {
                    state.set(mine.state());
                    updateStatus();
                }
            });
            mine.reconfigure(settings.get());
            mine.addListener(listener);
            ImportedHistoryGuard mineGuard = new ImportedHistoryGuard(now, marks, question, executor, () -> {
                if (scheduler == mine) {
                    updateStatus();
                }
            });
            mineGuard.install(); // before the start, whose first check may be due at once
            guard = mineGuard;
            scheduler = mine;
            mine.start();
            state.set(mine.state());
        } catch (RuntimeException e) {
            notifications.failure("The daily cleanup is not running", e, () -> follow(services.getValue()));
        }
        updateStatus();
    }

    /**
     * Hands changed settings to the running scheduler, which re-plans its checks. The user has chosen again, so
     * a daily cleanup paused to keep imported history resumes (and asks again if it must).
     */
    public void apply(RetentionSettings changed) {
        if (scheduler != null) {
            guard.resume();
            scheduler.reconfigure(changed);
            state.set(scheduler.state());
            updateStatus();
        }
    }

    /** Re-reads the scheduler's state, e.g. right after a manual cleanup. */
    public void refresh() {
        if (scheduler != null) {
            state.set(scheduler.state());
            updateStatus();
        }
    }

    public boolean isScheduling() {
        return scheduler != null;
    }

    static boolean isGateway(Services services) {
        return services.database().access().isGateway();
    }

    /** What the daily cleanup will do, for messages about imported events; empty when it never deletes. */
    public Optional<CleanupOutlook> outlook() {
        RetentionState now = state.get();
        if (now == null || !now.enabled() || now.retentionDays() == 0) {
            return Optional.empty();
        }
        return Optional.of(new CleanupOutlook(now.retentionDays(), now.nextRun(), paused.get()));
    }

    private void updateStatus() {
        paused.set(guard != null && guard.paused());
        status.set(statusOf(services.getValue(), state.get(), paused.get()));
    }

    /**
     * {@code retention 30 d, next cleanup 02:00 UTC}, {@code retention off}, {@code … daily cleanup paused}, or why
     * no job runs.
     */
    static String statusOf(Services current, RetentionState now, boolean paused) {
        if (current == null) {
            return "";
        }
        if (isGateway(current)) {
            return "no daily cleanup on a gateway database";
        }
        if (now == null) {
            return "retention: not scheduled";
        }
        if (!now.enabled() || now.retentionDays() == 0) {
            return "retention off";
        }
        String prefix = "retention " + now.retentionDays() + " d, ";
        if (paused) {
            return prefix + "daily cleanup paused to keep imported events";
        }
        if (now.cleaning()) {
            return prefix + "cleaning up…";
        }
        String next = now.nextRun().map(TIME_OF_DAY::format).orElse(now.cleanupTime().toString());
        return prefix + "next cleanup " + next + " UTC";
    }

    static String formatInstant(Instant instant) {
        return TimeInput.format(instant) + " UTC";
    }

    public ReadOnlyObjectProperty<RetentionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True while the user keeps imported history of the open store and its daily cleanup is paused. */
    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** The status bar's one line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
