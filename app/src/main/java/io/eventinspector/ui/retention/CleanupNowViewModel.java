package io.eventinspector.ui.retention;

import io.eventinspector.Services;
import io.eventinspector.config.ConfigException;
import io.eventinspector.retention.CleanupBusyException;
import io.eventinspector.retention.CleanupRun;
import io.eventinspector.retention.RetentionSettings;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * "Run cleanup now": first counts what the saved retention would delete (the dry run), waits for the user to
 * confirm, then runs the CLI's {@code cleanup} use-case with progress, through the same lock as the daily job;
 * never two at once, and never on a gateway's database.
 */
public final class CleanupNowViewModel {
    /** Where "Run cleanup now" is: idle, counting (dry run), waiting for the user's yes, deleting. */
    public enum Phase { IDLE, COUNTING, CONFIRMING, RUNNING }

    private final TaskExecutor executor;
    private final ObservableValue<Services> services;
    private final Supplier<RetentionSettings> settings;
    private final RetentionScheduling scheduling;
    private final Notifications notifications;
    private final Runnable afterCleanup;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper(this, "confirmation", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final BooleanBinding canRun;
    private Confirm pending;
    private TaskExecutor.Handle counting = TaskExecutor.Handle.DONE;

    /** What the user is asked to confirm: the retention it was counted for and the count. */
    private record Confirm(Services services, int retentionDays, long count) {
    }

    private record Counted(long count, Instant cutoff) {
    }

    /** {@code settings} resolves the saved retention each time; {@code afterCleanup} runs once events are gone. */
    CleanupNowViewModel(TaskExecutor executor, ObservableValue<Services> services, Supplier<RetentionSettings> settings,
                        RetentionScheduling scheduling, Notifications notifications, Runnable afterCleanup) {
        this.executor = executor;
        this.services = services;
        this.settings = settings;
        this.scheduling = scheduling;
        this.notifications = notifications;
        this.afterCleanup = afterCleanup;
        canRun = Bindings.createBooleanBinding(() -> services.getValue() != null
                        && !RetentionScheduling.isGateway(services.getValue()) && phase.get() == Phase.IDLE
                        && (scheduling.stateProperty().get() == null || !scheduling.stateProperty().get().cleaning()),
                services, phase, scheduling.stateProperty());
    }

    /** The dry run: counts what the saved retention would delete, then asks. */
    public void requestCleanup() {
        if (!canRun.get()) {
            return;
        }
        Services current = services.getValue();
        int days;
        try {
            days = settings.get().retentionDays();
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
        counting = executor.submit(() -> new Counted(current.cleanup().countDeletable(days),
                current.cleanup().cutoff(days)), counted -> {
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

    /** True when "Run cleanup now" may start: a store of our own is open and no cleanup is under way. */
    public BooleanBinding canRunProperty() {
        return canRun;
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
}
