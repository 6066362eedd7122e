package io.eventinspector.ui.retention;

import io.eventinspector.Services;
import io.eventinspector.retention.CleanupScheduler;
import io.eventinspector.retention.RetentionSettings;
import io.eventinspector.retention.RetentionState;
import io.eventinspector.ui.Notifications;
import io.eventinspector.ui.TaskExecutor;
import io.eventinspector.ui.events.TimeInput;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The daily cleanup of the window's store, as {@code serve} runs it: when a store of our own becomes active its
 * scheduler gets the user's settings and starts. A gateway's own database never gets a daily job (deleting there
 * is a confirmed act on the command line). The scheduler stops with its {@link Services}, which
 * {@link io.eventinspector.ui.connection.ActiveStore} closes on a switch and on exit.
 */
public final class RetentionScheduling {
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final TaskExecutor executor;
    private final ObservableValue<Services> services;
    private final Supplier<RetentionSettings> settings;
    private final Notifications notifications;
    private final ReadOnlyObjectWrapper<RetentionState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private CleanupScheduler scheduler;
    private Consumer<RetentionState> listener;

    /** {@code settings} resolves the current settings (defaults, saved choices, environment) each time. */
    public RetentionScheduling(TaskExecutor executor, ObservableValue<Services> services,
                               Supplier<RetentionSettings> settings, Notifications notifications) {
        this.executor = executor;
        this.services = services;
        this.settings = settings;
        this.notifications = notifications;
        services.addListener((observable, old, now) -> follow(now));
        follow(services.getValue());
    }

    private void follow(Services now) {
        if (scheduler != null) {
            scheduler.removeListener(listener);
            scheduler = null;
        }
        state.set(null);
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
            scheduler = mine;
            mine.start();
            state.set(mine.state());
        } catch (RuntimeException e) {
            notifications.failure("The daily cleanup is not running", e, () -> follow(services.getValue()));
        }
        updateStatus();
    }

    /** Hands changed settings to the running scheduler, which re-plans its checks. */
    public void apply(RetentionSettings changed) {
        if (scheduler != null) {
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

    private void updateStatus() {
        status.set(statusOf(services.getValue(), state.get()));
    }

    /** {@code retention 30 d, next cleanup 02:00 UTC}, {@code retention off}, or why no job runs. */
    static String statusOf(Services current, RetentionState now) {
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

    /** The status bar's one line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
