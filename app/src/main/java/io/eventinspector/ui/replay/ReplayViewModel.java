package io.eventinspector.ui.replay;

import io.eventinspector.Services;
import io.eventinspector.event.ValidationException;
import io.eventinspector.replay.ReplayControl;
import io.eventinspector.replay.ReplayInitiator;
import io.eventinspector.replay.ReplayRequest;
import io.eventinspector.replay.ReplayResult;
import io.eventinspector.replay.ReplayResult.EventOutcome;
import io.eventinspector.replay.ReplayService;
import io.eventinspector.replay.ReplaySettings;
import io.eventinspector.replay.SignatureStyle;
import io.eventinspector.ui.fx.LatestTask;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The replay dialog's state machine: idle → (dry run) → dry-run-done → confirming → replaying → finished,
 * cancelled or failed. A real replay is only possible right after a dry run of the same source, target and
 * signing: changing any of them drops the dry run, so what is sent is always what was previewed and confirmed.
 */
public final class ReplayViewModel {
    public enum State { IDLE, DRY_RUN_DONE, CONFIRMING, REPLAYING, FINISHED, CANCELLED, FAILED }

    /** Builds the service that replays with the dialog's settings (target, signing) over the open store. */
    public static final BiFunction<Services, ReplaySettings, ReplayService> SERVICES = (services, settings) ->
            ReplayService.create(services.events(), services.replayHistory(), settings, services.clock());

    private final TaskExecutor executor;
    private final ObservableValue<Services> services;
    private final Notifications notifications;
    private final BiFunction<Services, ReplaySettings, ReplayService> serviceFactory;
    private final ReplayTarget target;
    private final LatestTask dryRunTask;
    private final DeliveryProgress delivery;

    private final ObjectProperty<ReplaySource> source = new SimpleObjectProperty<>(this, "source");

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final ReadOnlyObjectWrapper<ReplayResult> dryRun = new ReadOnlyObjectWrapper<>(this, "dryRun");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding canDryRun;
    private final BooleanBinding canReplay;

    /** The inputs the current dry run was made with; the real replay uses exactly these. */
    private Prepared dryRunInputs;

    private record Prepared(Services services, ReplaySettings settings, ReplayRequest request) {
    }

    public ReplayViewModel(TaskExecutor executor, ObservableValue<Services> services, Notifications notifications,
                           BiFunction<Services, ReplaySettings, ReplayService> serviceFactory, ReplaySource initial) {
        this.executor = executor;
        this.services = services;
        this.notifications = notifications;
        this.serviceFactory = serviceFactory;
        this.dryRunTask = new LatestTask(executor);
        this.delivery = new DeliveryProgress(executor);
        this.target = new ReplayTarget(services.getValue());
        target.configProblem().ifPresent(message::set);
        source.set(initial);
        Observable[] inputs = Stream.concat(Stream.of(source), Stream.of(target.inputs())).toArray(Observable[]::new);
        for (Observable input : inputs) {
            input.addListener(changed -> invalidateDryRun());
        }
        validation.bind(Bindings.createStringBinding(this::validate, inputs));
        canDryRun = Bindings.createBooleanBinding(() -> validation.get().isEmpty() && !dryRunTask.isRunning()
                && state.get() != State.REPLAYING && state.get() != State.CONFIRMING,
                validation, dryRunTask.runningProperty(), state);
        canReplay = Bindings.createBooleanBinding(() -> state.get() == State.DRY_RUN_DONE && dryRun.get() != null
                && dryRun.get().eventsFound() > 0, state, dryRun);
    }

    private void invalidateDryRun() {
        if (state.get() == State.REPLAYING) {
            return;
        }
        dryRunTask.cancel();
        dryRunInputs = null;
        dryRun.set(null);
        state.set(State.IDLE);
    }

    /** Why the inputs cannot be replayed as they are, or empty when they can. */
    private String validate() {
        try {
            prepare();
            return "";
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    /** The dry run's inputs, validated; the real replay reuses them with {@code dryRun} off. */
    private Prepared prepare() {
        ReplaySettings settings = target.settings();
        return new Prepared(services.getValue(), settings,
                source.get().request(true, settings.webhookUrl().orElseThrow()));
    }

    /** Previews the replay without sending anything; a real replay needs this first. */
    public void dryRun() {
        if (!canDryRun.get()) {
            return;
        }
        if (services.getValue() == null) {
            message.set("No store is open");
            return;
        }
        Prepared prepared = prepare();
        message.set("");
        dryRunTask.restart(() -> serviceFactory.apply(prepared.services(), prepared.settings())
                .replay(prepared.request(), ReplayInitiator.ui(), ReplayControl.none()), result -> {
                    dryRunInputs = prepared;
                    dryRun.set(result);
                    message.set(result.message());
                    state.set(State.DRY_RUN_DONE);
                }, error -> {
                    message.set("Dry run failed: " + Notifications.describe(error));
                    notifications.failure("Replay dry run failed", error, this::dryRun);
                });
    }

    /** Asks for confirmation of the real replay (the view shows it), after a dry run that found events. */
    public void requestReplay() {
        if (canReplay.get()) {
            state.set(State.CONFIRMING);
        }
    }

    public void declineReplay() {
        if (state.get() == State.CONFIRMING) {
            state.set(State.DRY_RUN_DONE);
        }
    }

    /** Sends the dry run's selection for real, reporting each event's outcome as it is decided. */
    public void confirmReplay() {
        if (state.get() != State.CONFIRMING) {
            return;
        }
        Prepared dry = dryRunInputs;
        ReplayRequest real = new ReplayRequest(dry.request().filters(), false, dry.request().webhookUrl(),
                dry.request().eventIds());
        ReplayControl running = delivery.start();
        message.set("");
        state.set(State.REPLAYING);
        executor.submit(() -> serviceFactory.apply(dry.services(), dry.settings())
                .replay(real, ReplayInitiator.ui(), running), result -> {
                    delivery.end(true);
                    message.set(result.message());
                    state.set(result.cancelled() ? State.CANCELLED : State.FINISHED);
                }, error -> {
                    delivery.end(false);
                    message.set("Replay failed: " + Notifications.describe(error));
                    state.set(State.FAILED);
                    notifications.failure("Replay failed", error, null);
                });
    }

    /** Stops a running replay before its next delivery (the rest is reported as not attempted), or a dry run. */
    public void cancel() {
        dryRunTask.cancel();
        delivery.cancel();
    }

    public ObjectProperty<ReplaySource> sourceProperty() {
        return source;
    }

    public StringProperty targetUrlProperty() {
        return target.urlProperty();
    }

    public ObjectProperty<SignatureStyle> signatureStyleProperty() {
        return target.signatureStyleProperty();
    }

    public StringProperty secretProperty() {
        return target.secretProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the inputs cannot be replayed (bad URL, bad secret, unreplayable filter), or empty. */
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    /** The last dry run's result while it still matches the inputs, else null. */
    public ReadOnlyObjectProperty<ReplayResult> dryRunProperty() {
        return dryRun.getReadOnlyProperty();
    }

    /** The spec's message of the last dry run or replay, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return delivery.progressProperty();
    }

    /** {@code 3 of 5 sent · 1 failed}. */
    public ReadOnlyStringProperty progressTextProperty() {
        return delivery.textProperty();
    }

    /** Each event's outcome, in delivery order, as the running replay decides it. */
    public ObservableList<EventOutcome> outcomes() {
        return delivery.outcomes();
    }

    public ReadOnlyBooleanProperty dryRunningProperty() {
        return dryRunTask.runningProperty();
    }

    public BooleanBinding canDryRunProperty() {
        return canDryRun;
    }

    /** Only right after a dry run of the current inputs that found something to send. */
    public BooleanBinding canReplayProperty() {
        return canReplay;
    }

    /** Inputs are locked while a replay runs or waits for confirmation. */
    public BooleanBinding editableProperty() {
        return Bindings.createBooleanBinding(() -> state.get() != State.REPLAYING && state.get() != State.CONFIRMING,
                state);
    }

    public BooleanBinding replayingProperty() {
        return state.isEqualTo(State.REPLAYING);
    }

    /** {@code Replay 42 events} once a dry run counted them. */
    public StringBinding replayLabelProperty() {
        return dryRunText(DryRunText::replayLabel);
    }

    /** The question the confirmation asks. */
    public String confirmation() {
        return DryRunText.confirmation(dryRun.get());
    }

    /** {@code 42 events · 2026-11-26T10:00:00Z → 2026-11-26T11:00:00Z}. */
    public StringBinding dryRunSummaryProperty() {
        return dryRunText(DryRunText::summary);
    }

    /** Set when the safety limit cut the selection. */
    public StringBinding truncationWarningProperty() {
        return dryRunText(DryRunText::truncationWarning);
    }

    /** The first request exactly as it would be sent: request line, headers, blank line, body. */
    public StringBinding previewProperty() {
        return dryRunText(DryRunText::preview);
    }

    private StringBinding dryRunText(Function<ReplayResult, String> text) {
        return Bindings.createStringBinding(() -> text.apply(dryRun.get()), dryRun);
    }
}
