package io.eventinspector.ui.retention;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.ConfigException;
import io.eventinspector.config.Env;
import io.eventinspector.config.RetentionConfig;
import io.eventinspector.retention.CleanupRun;
import io.eventinspector.retention.GoDurations;
import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.retention.RetentionPreferences;
import io.eventinspector.retention.RetentionSettings;
import io.eventinspector.retention.RetentionState;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The retention view. The settings form is validated by the same code as the {@code WHATSAPP_EVENTS_*}
 * variables (so with the same messages), saved to the user's preferences and handed to the running scheduler; a
 * variable that is set wins, so its field is locked. The next and last daily cleanup are shown as the scheduler
 * reports them; "Run cleanup now" is {@link CleanupNowViewModel}.
 */
public final class RetentionViewModel {
    private final ObservableValue<Services> services;
    private final AppConfig config;
    private final RetentionPreferences preferences;
    private final RetentionScheduling scheduling;
    private final Notifications notifications;
    private final CleanupNowViewModel cleanupNow;
    private final SettingField<Integer> retentionDays = new SettingField<>(RetentionConfig.RETENTION_DAYS,
            fromVariable(RetentionConfig.RETENTION_DAYS, RetentionOverrides::retentionDays));
    private final SettingField<LocalTime> cleanupTime = new SettingField<>(RetentionConfig.CLEANUP_TIME,
            fromVariable(RetentionConfig.CLEANUP_TIME, RetentionOverrides::cleanupTime));
    private final SettingField<Duration> cleanupInterval = new SettingField<>(RetentionConfig.CLEANUP_INTERVAL,
            fromVariable(RetentionConfig.CLEANUP_INTERVAL, RetentionOverrides::cleanupInterval));
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper nextRun = new ReadOnlyStringWrapper(this, "nextRun", "");
    private final ReadOnlyStringWrapper lastRun = new ReadOnlyStringWrapper(this, "lastRun", "");
    private final BooleanBinding valid;

    public RetentionViewModel(TaskExecutor executor, ObservableValue<Services> services, AppConfig config,
                              RetentionPreferences preferences, RetentionScheduling scheduling,
                              Notifications notifications, Runnable afterCleanup) {
        this.services = services;
        this.config = config;
        this.preferences = preferences;
        this.scheduling = scheduling;
        this.notifications = notifications;
        this.cleanupNow = new CleanupNowViewModel(executor, services,
                () -> config.retention(preferences, RetentionOverrides.NONE), scheduling, notifications, afterCleanup);
        valid = Bindings.createBooleanBinding(() -> retentionDays.errorProperty().get().isEmpty()
                        && cleanupTime.errorProperty().get().isEmpty() && cleanupInterval.errorProperty().get().isEmpty(),
                retentionDays.errorProperty(), cleanupTime.errorProperty(), cleanupInterval.errorProperty());
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

    /** "Run cleanup now". */
    public CleanupNowViewModel cleanupNow() {
        return cleanupNow;
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
