package io.eventinspector.ui.replay;

import io.eventinspector.Services;
import io.eventinspector.config.ConfigException;
import io.eventinspector.event.ValidationException;
import io.eventinspector.replay.ReplayControl;
import io.eventinspector.replay.ReplayInitiator;
import io.eventinspector.replay.ReplayRequest;
import io.eventinspector.replay.ReplayResult;
import io.eventinspector.replay.ReplayResult.EventOutcome;
import io.eventinspector.replay.ReplayService;
import io.eventinspector.replay.ReplaySettings;
import io.eventinspector.replay.SignatureStyle;
import io.eventinspector.replay.WebhookSigner;
import io.eventinspector.ui.LatestTask;
import io.eventinspector.ui.Notifications;
import io.eventinspector.ui.TaskExecutor;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
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
    private final ReplaySettings defaults;
    private final LatestTask dryRunTask;

    private final ObjectProperty<ReplaySource> source = new SimpleObjectProperty<>(this, "source");
    private final StringProperty targetUrl = new SimpleStringProperty(this, "targetUrl", "");
    private final ObjectProperty<SignatureStyle> signatureStyle = new SimpleObjectProperty<>(this, "signatureStyle");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final ReadOnlyObjectWrapper<ReplayResult> dryRun = new ReadOnlyObjectWrapper<>(this, "dryRun");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ObservableList<EventOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<EventOutcome> outcomesView = FXCollections.unmodifiableObservableList(outcomes);
    private final BooleanBinding canDryRun;
    private final BooleanBinding canReplay;

    /** The inputs the current dry run was made with; the real replay uses exactly these. */
    private Prepared dryRunInputs;
    private ReplayControl control;

    private record Prepared(Services services, ReplaySettings settings, ReplayRequest request) {
    }

    public ReplayViewModel(TaskExecutor executor, ObservableValue<Services> services, Notifications notifications,
                           BiFunction<Services, ReplaySettings, ReplayService> serviceFactory, ReplaySource initial) {
        this.executor = executor;
        this.services = services;
        this.notifications = notifications;
        this.serviceFactory = serviceFactory;
        this.dryRunTask = new LatestTask(executor);
        this.defaults = configuredSettings(services.getValue());
        source.set(initial);
        targetUrl.set(defaults.webhookUrl().map(URI::toString).orElse(""));
        signatureStyle.set(defaults.signatureStyle());
        secret.set(defaults.secret().orElse(""));
        for (Observable input : new Observable[] {source, targetUrl, signatureStyle, secret}) {
            input.addListener(changed -> invalidateDryRun());
        }
        validation.bind(Bindings.createStringBinding(this::validate, source, targetUrl, signatureStyle, secret));
        canDryRun = Bindings.createBooleanBinding(() -> validation.get().isEmpty() && !dryRunTask.isRunning()
                && state.get() != State.REPLAYING && state.get() != State.CONFIRMING,
                validation, dryRunTask.runningProperty(), state);
        canReplay = Bindings.createBooleanBinding(() -> state.get() == State.DRY_RUN_DONE && dryRun.get() != null
                && dryRun.get().eventsFound() > 0, state, dryRun);
    }

    /** The configured defaults (WHATSAPP_WEBHOOK_*); a bad setting is reported and the plain defaults used. */
    private ReplaySettings configuredSettings(Services open) {
        if (open != null) {
            try {
                return open.config().replaySettings();
            } catch (ConfigException e) {
                message.set("Ignoring the replay settings from the environment: " + e.getMessage());
            }
        }
        return ReplaySettings.defaults(Optional.empty());
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
        if (targetUrl.get().isBlank()) {
            throw new ValidationException("webhook_url", "Enter the webhook URL to replay to");
        }
        URI target = ReplayRequest.webhookUrl("webhook_url", targetUrl.get());
        Optional<String> signingSecret = secret.get().isEmpty() ? Optional.empty() : Optional.of(secret.get());
        SignatureStyle style = signatureStyle.get() == null ? SignatureStyle.STANDARD : signatureStyle.get();
        try {
            signingSecret.ifPresent(key -> new WebhookSigner(style, key));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("secret", "invalid secret: " + e.getMessage());
        }
        ReplaySettings settings = new ReplaySettings(Optional.of(target), signingSecret, style,
                defaults.maxAttempts(), defaults.timeout(), defaults.eventsPerSecond(), defaults.backoffBase(),
                defaults.backoffCap(), defaults.appVersion());
        return new Prepared(services.getValue(), settings, source.get().request(true, target));
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
        outcomes.clear();
        progress.set(0);
        progressText.set("starting…");
        message.set("");
        state.set(State.REPLAYING);
        ReplayControl running = new ReplayControl(
                step -> executor.onUiThread(() -> {
                    progress.set(step.total() == 0 ? 1 : step.done() / (double) step.total());
                    progressText.set(String.format(Locale.ROOT, "%,d of %,d sent · %,d failed", step.done(),
                            step.total(), step.failed()));
                }),
                outcome -> executor.onUiThread(() -> outcomes.add(outcome)));
        control = running;
        executor.submit(() -> serviceFactory.apply(dry.services(), dry.settings())
                .replay(real, ReplayInitiator.ui(), running), result -> {
                    control = null;
                    message.set(result.message());
                    progress.set(1);
                    state.set(result.cancelled() ? State.CANCELLED : State.FINISHED);
                }, error -> {
                    control = null;
                    message.set("Replay failed: " + Notifications.describe(error));
                    state.set(State.FAILED);
                    notifications.failure("Replay failed", error, null);
                });
    }

    /** Stops a running replay before its next delivery (the rest is reported as not attempted), or a dry run. */
    public void cancel() {
        dryRunTask.cancel();
        if (control != null && !control.isCancelled()) {
            control.cancel();
            progressText.set(progressText.get() + " · cancelling…");
        }
    }

    public ObjectProperty<ReplaySource> sourceProperty() {
        return source;
    }

    public StringProperty targetUrlProperty() {
        return targetUrl;
    }

    public ObjectProperty<SignatureStyle> signatureStyleProperty() {
        return signatureStyle;
    }

    public StringProperty secretProperty() {
        return secret;
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
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Each event's outcome, in delivery order, as the running replay decides it. */
    public ObservableList<EventOutcome> outcomes() {
        return outcomesView;
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
        return Bindings.createStringBinding(() -> dryRun.get() == null ? "Replay events"
                : String.format(Locale.ROOT, "Replay %,d event%s", dryRun.get().eventsFound(),
                        dryRun.get().eventsFound() == 1 ? "" : "s"), dryRun);
    }

    /** The question the confirmation asks. */
    public String confirmation() {
        ReplayResult dry = dryRun.get();
        return dry == null ? "" : String.format(Locale.ROOT, "Send %,d event%s to %s now? They are delivered for real.",
                dry.eventsFound(), dry.eventsFound() == 1 ? "" : "s", dry.target());
    }

    /** {@code 42 events · 2026-11-26T10:00:00Z → 2026-11-26T11:00:00Z}. */
    public StringBinding dryRunSummaryProperty() {
        return Bindings.createStringBinding(() -> {
            ReplayResult dry = dryRun.get();
            if (dry == null) {
                return "";
            }
            if (dry.eventsFound() == 0) {
                return "No events match: nothing to replay";
            }
            return String.format(Locale.ROOT, "%,d event%s · %s → %s", dry.eventsFound(),
                    dry.eventsFound() == 1 ? "" : "s", dry.selection().firstTimestamp(),
                    dry.selection().lastTimestamp());
        }, dryRun);
    }

    /** Set when the safety limit cut the selection. */
    public StringBinding truncationWarningProperty() {
        return Bindings.createStringBinding(() -> {
            ReplayResult dry = dryRun.get();
            return dry == null || !dry.truncated() ? "" : String.format(Locale.ROOT,
                    "%,d events match; only the newest %,d will be replayed", dry.eventsMatched(),
                    ReplayRequest.MAX_EVENTS);
        }, dryRun);
    }

    /** The first request exactly as it would be sent: request line, headers, blank line, body. */
    public StringBinding previewProperty() {
        return Bindings.createStringBinding(() -> {
            ReplayResult dry = dryRun.get();
            if (dry == null || dry.preview() == null) {
                return "";
            }
            StringBuilder text = new StringBuilder("POST ").append(dry.preview().urlText()).append('\n');
            dry.preview().headers().forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
            return text.append('\n').append(dry.preview().bodyText()).toString();
        }, dryRun);
    }
}
