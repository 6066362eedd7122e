package io.eventinspector.ui.retention;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.ConfigException;
import io.eventinspector.config.Env;
import io.eventinspector.config.RetentionConfig;
import io.eventinspector.retention.CleanupBusyException;
import io.eventinspector.retention.CleanupRun;
import io.eventinspector.retention.GoDurations;
import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.retention.RetentionPreferences;
import io.eventinspector.retention.RetentionSettings;
import io.eventinspector.retention.RetentionState;
import io.eventinspector.ui.Notifications;
import io.eventinspector.ui.TaskExecutor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The retention view. The settings form is validated by the same code as the {@code WHATSAPP_EVENTS_*}
 * variables (so with the same messages), saved to the user's preferences and handed to the running scheduler; a
 * variable that is set wins, so its field is locked. "Run cleanup now" first counts what would go (the dry run),
 * waits for the user to confirm, then runs the CLI's {@code cleanup} use-case with progress; never two at once.
 */
public final class RetentionViewModel {
    /** Where "Run cleanup now" is: idle, counting (dry run), waiting for the user's yes, deleting. */
    public enum Phase { IDLE, COUNTING, CONFIRMING, RUNNING }

    private final TaskExecutor executor;
    private final ObservableValue<Services> services;
    private final AppConfig config;
    private final RetentionPreferences preferences;
    private final RetentionScheduling scheduling;
    private final Notifications notifications;
    private final Runnable afterCleanup;
    private final SettingField<Integer> retentionDays = new SettingField<>(RetentionConfig.RETENTION_DAYS,
            fromVariable(RetentionConfig.RETENTION_DAYS, RetentionOverrides::retentionDays));
    private final SettingField<LocalTime> cleanupTime = new SettingField<>(RetentionConfig.CLEANUP_TIME,
            fromVariable(RetentionConfig.CLEANUP_TIME, RetentionOverrides::cleanupTime));
    private final SettingField<Duration> cleanupInterval = new SettingField<>(RetentionConfig.CLEANUP_INTERVAL,
            fromVariable(RetentionConfig.CLEANUP_INTERVAL, RetentionOverrides::cleanupInterval));
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper(this, "confirmation", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper nextRun = new ReadOnlyStringWrapper(this, "nextRun", "");
    private final ReadOnlyStringWrapper lastRun = new ReadOnlyStringWrapper(this, "lastRun", "");
    private final BooleanBinding valid;
    private final BooleanBinding canRunNow;
    private Confirm pending;
    private TaskExecutor.Handle counting = TaskExecutor.Handle.DONE;

    /** What the user is asked to confirm: the retention it was counted for and the count. */
    private record Confirm(Services services, int retentionDays, long count) {
    }

    public RetentionViewModel(TaskExecutor executor, ObservableValue<Services> services, AppConfig config,
                              RetentionPreferences preferences, RetentionScheduling scheduling,
                              Notifications notifications, Runnable afterCleanup) {
        this.executor = executor;
        this.services = services;
        this.config = config;
        this.preferences = preferences;
        this.scheduling = scheduling;
        this.notifications = notifications;
        this.afterCleanup = afterCleanup;
        valid = Bindings.createBooleanBinding(() -> retentionDays.errorProperty().get().isEmpty()
                        && cleanupTime.errorProperty().get().isEmpty() && cleanupInterval.errorProperty().get().isEmpty(),
                retentionDays.errorProperty(), cleanupTime.errorProperty(), cleanupInterval.errorProperty());
        canRunNow = Bindings.createBooleanBinding(() -> services.getValue() != null
                        && !RetentionScheduling.isGateway(services.getValue()) && phase.get() == Phase.IDLE
                        && (scheduling.stateProperty().get() == null || !scheduling.stateProperty().get().cleaning()),
                services, phase, scheduling.stateProperty());
        scheduling.stateProperty().addListener((observable, old, now) -> showState(now));
        scheduling.pausedProperty().addListener((observable, old, now) -> showState(scheduling.stateProperty().get()));
        services.addListener((observable, old, now) -> showState(scheduling.stateProperty().get()));
        showState(scheduling.stateProperty().get());
        reload();
    }

    /** Parses a field's text exactly as its environment variable is parsed. */
    private static <T> Function<String, T> fromVariable(String variable,
                                                        Function<RetentionOverrides, Optional<T>> pick) {
        return text -> pick.apply(RetentionConfig.fromEnv(new Env(Map.of(variable, text == null ? "" : text))))
                .orElseThrow(() -> new ConfigException(variable + " needs a value"));
    }

    /** Shows the settings in force: defaults, then saved choices, then the variables that are set. */
    public void reload() {
        saved.set("");
        try {
            RetentionSettings current = config.retention(preferences, RetentionOverrides.NONE);
            retentionDays.show(String.valueOf(current.retentionDays()), config.env());
            cleanupTime.show(current.cleanupTime().toString(), config.env());
            cleanupInterval.show(GoDurations.format(current.cleanupInterval()), config.env());
        } catch (ConfigException e) {
            notifications.failure("Cannot read the retention settings", e, this::reload);
        }
    }

    /**
     * Saves the editable fields to the user's preferences (a locked field keeps what was saved before) and applies
     * the result to the running scheduler. Returns whether it saved; invalid fields show their message.
     */
    public boolean save() {
        Optional<Integer> days = retentionDays.value();
        Optional<LocalTime> time = cleanupTime.value();
        Optional<Duration> interval = cleanupInterval.value();
        if (days.isEmpty() || time.isEmpty() || interval.isEmpty()) {
            saved.set("");
            return false;
        }
        try {
            RetentionOverrides before = preferences.load();
            preferences.save(new RetentionOverrides(before.enabled(),
                    retentionDays.isLocked() ? before.retentionDays() : days,
                    cleanupTime.isLocked() ? before.cleanupTime() : time,
                    cleanupInterval.isLocked() ? before.cleanupInterval() : interval));
            scheduling.apply(config.retention(preferences, RetentionOverrides.NONE));
            saved.set("Saved");
            return true;
        } catch (RuntimeException e) {
            notifications.failure("Cannot save the retention settings", e, this::save);
            return false;
        }
    }

    /** The dry run of "Run cleanup now": counts what the saved retention would delete, then asks. */
    public void requestCleanup() {
        if (!canRunNow.get()) {
            return;
        }
        Services current = services.getValue();
        int days;
        try {
            days = config.retention(preferences, RetentionOverrides.NONE).retentionDays();
        } catch (ConfigException e) {
            notifications.failure("Cannot run the cleanup", e, this::requestCleanup);
            return;
        }
        if (days == 0) {
            notifications.info("Retention is 0 days (keep events forever): there is nothing to delete");
            return;
        }
        phase.set(Phase.COUNTING);
        progress.set("counting events older than " + days + " days…");
        counting = executor.submit(() -> new Counted(current.cleanup().countDeletable(days), current.cleanup().cutoff(days)),
                counted -> {
                    progress.set("");
                    if (current != services.getValue()) {
                        phase.set(Phase.IDLE);
                    } else if (counted.count() == 0) {
                        phase.set(Phase.IDLE);
                        notifications.info("Nothing to delete: no event is older than " + days + " days");
                    } else {
                        pending = new Confirm(current, days, counted.count());
                        confirmation.set("Delete " + counted.count() + " events older than " + days + " days (before "
                                + RetentionScheduling.formatInstant(counted.cutoff()) + ")?");
                        phase.set(Phase.CONFIRMING);
                    }
                }, error -> {
                    progress.set("");
                    phase.set(Phase.IDLE);
                    notifications.failure("Cannot count the events to delete", error, this::requestCleanup);
                });
    }

    private record Counted(long count, Instant cutoff) {
    }

    /** The user said yes: deletes in the background, through the same lock as the daily job. */
    public void confirmCleanup() {
        if (phase.get() != Phase.CONFIRMING) {
            return;
        }
        Confirm confirmed = pending;
        pending = null;
        confirmation.set("");
        if (confirmed.services() != services.getValue()) {
            phase.set(Phase.IDLE);
            return;
        }
        phase.set(Phase.RUNNING);
        progress.set("deleting events older than " + confirmed.retentionDays() + " days…");
        executor.submit(() -> confirmed.services().cleanup().run(confirmed.retentionDays(), CleanupRun.Trigger.MANUAL,
                total -> executor.onUiThread(() -> progress.set("deleted " + total + " of about "
                        + confirmed.count() + " events…"))), run -> {
                            finishRun();
                            notifications.info("Deleted " + run.deleted() + " events (duration: "
                                    + run.duration().toMillis() + " ms)");
                        }, error -> {
                            finishRun();
                            if (error instanceof CleanupBusyException) {
                                notifications.info(error.getMessage());
                            } else {
                                notifications.failure("Cleanup failed", error, this::requestCleanup);
                            }
                        });
    }

    /** The user said no, or closed the view while counting: nothing is deleted. */
    public void cancelCleanup() {
        if (phase.get() == Phase.COUNTING || phase.get() == Phase.CONFIRMING) {
            counting.cancel();
            progress.set("");
            pending = null;
            confirmation.set("");
            phase.set(Phase.IDLE);
        }
    }

    private void finishRun() {
        progress.set("");
        phase.set(Phase.IDLE);
        scheduling.refresh();
        afterCleanup.run();
    }

    private void showState(RetentionState state) {
        Services current = services.getValue();
        if (current != null && RetentionScheduling.isGateway(current)) {
            nextRun.set("none: no daily cleanup on a gateway database");
        } else if (state == null) {
            nextRun.set("not scheduled");
        } else if (!state.enabled()) {
            nextRun.set("none: event persistence is off (WHATSAPP_EVENTS_ENABLED=false)");
        } else if (state.retentionDays() == 0) {
            nextRun.set("none: retention 0 days keeps events forever");
        } else if (scheduling.pausedProperty().get()) {
            nextRun.set("none: paused to keep imported events; save the settings or run a cleanup now to resume");
        } else if (state.cleaning()) {
            nextRun.set("cleaning up now");
        } else {
            nextRun.set(state.nextRun().map(RetentionScheduling::formatInstant)
                    .orElse("at the first check from " + state.cleanupTime() + " UTC"));
        }
        lastRun.set(state == null ? "" : state.lastRun().map(RetentionViewModel::describe)
                .orElse("none since the app started"));
    }

    /** {@code 2026-11-26 02:00:03 UTC (scheduled): deleted 1234 events in 45 ms}, or how it failed. */
    static String describe(CleanupRun run) {
        String when = RetentionScheduling.formatInstant(run.startedAt()) + " ("
                + run.trigger().name().toLowerCase(Locale.ROOT) + "): ";
        String took = " in " + run.duration().toMillis() + " ms";
        return run.succeeded() ? when + "deleted " + run.deleted() + " events" + took
                : when + "failed after deleting " + run.deleted() + " events" + took + ": " + run.error().orElse("");
    }

    SettingField<Integer> retentionDays() {
        return retentionDays;
    }

    SettingField<LocalTime> cleanupTime() {
        return cleanupTime;
    }

    SettingField<Duration> cleanupInterval() {
        return cleanupInterval;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** True when "Run cleanup now" may start: a store of our own is open and no cleanup is under way. */
    public BooleanBinding canRunNowProperty() {
        return canRunNow;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The question to ask while {@link Phase#CONFIRMING}. */
    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextRunProperty() {
        return nextRun.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }
}
