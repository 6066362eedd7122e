package io.eventinspector.ui.trace;

import io.eventinspector.config.ConfigException;
import io.eventinspector.config.Env;
import io.eventinspector.event.EventQuery;
import io.eventinspector.retention.GoDurations;
import io.eventinspector.trace.DelayBucket;
import io.eventinspector.trace.DeliveryHealth;
import io.eventinspector.trace.HealthProblem;
import io.eventinspector.trace.MessageTraces;
import io.eventinspector.ui.fx.LatestTask;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View → Delivery health: the delivery figures of the window's current filter, measured in the background while
 * the window is open. It follows the filter (debounced like the table; a newer run cancels the one in flight),
 * the open store and F5, counts messages seen as progress, and re-runs when the stuck-after threshold changes; a
 * threshold that does not parse shows its error and runs nothing. Double-clicking a problem traces its message
 * in the window's own {@link #trace()}.
 */
public final class DeliveryHealthViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryHealthViewModel.class);
    /** Like the table's: typing in the filter bar starts no run per key. */
    static final Duration DEBOUNCE = Duration.ofMillis(250);
    static final String STUCK_AFTER = "stuck-after";
    public static final String SCANNED_NOTE = "No message index in a gateway's database: measured by scanning the "
            + "filter's events";
    public static final String TRUNCATED_NOTE = SCANNED_NOTE + ", up to the scan's bound: the oldest messages of the "
            + "range are not counted";

    public enum State { IDLE, LOADING, SHOWN, ERROR }

    /** One figure of the tiles: {@code Delivered · 97.2 % · 1,204 of 1,239 outgoing}; {@code problem} marks it. */
    public record Tile(String caption, String value, String detail, boolean problem) {
    }

    private final TaskExecutor executor;
    private final ObservableValue<TraceSource> source;
    private final ObservableValue<EventQuery> filter;
    private final LatestTask task;
    private final TraceViewModel trace;
    private final ChangeListener<Object> rerun = (observable, old, now) -> scheduleReload();
    private final StringProperty stuckAfterText = new SimpleStringProperty(this, "stuckAfterText", "");
    private final ReadOnlyStringWrapper stuckAfterError = new ReadOnlyStringWrapper(this, "stuckAfterError", "");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyStringWrapper filterText = new ReadOnlyStringWrapper(this, "filterText", "");
    private final ReadOnlyStringWrapper scanNote = new ReadOnlyStringWrapper(this, "scanNote", "");
    private final ReadOnlyStringWrapper problemsCaption = new ReadOnlyStringWrapper(this, "problemsCaption", "");
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<Tile> readOnlyTiles = FXCollections.unmodifiableObservableList(tiles);
    private final ObservableList<DelayBucket> timeToDelivered = FXCollections.observableArrayList();
    private final ObservableList<DelayBucket> readOnlyTimeToDelivered =
            FXCollections.unmodifiableObservableList(timeToDelivered);
    private final ObservableList<String> disconnected = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyDisconnected = FXCollections.unmodifiableObservableList(disconnected);
    private final ObservableList<HealthProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<HealthProblem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    /** Read by the trace below on its background thread. */
    private volatile Duration stuckAfter;
    private boolean open;
    /** The filter and store the figures on screen measure. */
    private EventQuery measured;
    private TraceSource measuredSource;
    private TaskExecutor.Handle debounce = TaskExecutor.Handle.DONE;
    /** Counts runs, so progress posted by a superseded run is dropped. */
    private long run;

    /**
     * @param filter            the window's current filter
     * @param defaultStuckAfter the threshold the field starts with
     */
    public DeliveryHealthViewModel(TaskExecutor executor, ObservableValue<TraceSource> source,
                                   ObservableValue<EventQuery> filter, Supplier<Duration> defaultStuckAfter,
                                   StepSelector selector) {
        this.executor = executor;
        this.source = source;
        this.filter = filter;
        this.task = new LatestTask(executor);
        this.stuckAfter = initialStuckAfter(defaultStuckAfter);
        this.trace = new TraceViewModel(executor, source, this::stuckAfter, selector,
                "Double-click a problem message to see its trace");
        trace.activeProperty().set(true);
        stuckAfterText.set(GoDurations.format(stuckAfter));
        stuckAfterText.addListener((observable, old, text) -> {
            if (parseStuckAfter().isPresent()) {
                scheduleReload();
            } else {
                debounce.cancel();
            }
        });
    }

    /**
     * The configured threshold. A variable set to no duration is reported where the setting is read for a result
     * (each trace, the command line); the field, which the user can change, then starts from the default.
     */
    private static Duration initialStuckAfter(Supplier<Duration> configured) {
        try {
            return configured.get();
        } catch (ConfigException e) {
            LOG.warn("{}; the delivery health window starts from {}", e.getMessage(),
                    GoDurations.format(MessageTraces.DEFAULT_STUCK_AFTER));
            return MessageTraces.DEFAULT_STUCK_AFTER;
        }
    }

    /** The window opened: measures the current filter, and again whenever it or the store changes. */
    public void open() {
        if (!open) {
            open = true;
            filter.addListener(rerun);
            source.addListener(rerun);
        }
        reload();
    }

    /** The window closed: stops following and cancels a run in flight, the problem's trace too. */
    public void close() {
        open = false;
        trace.cancel();
        filter.removeListener(rerun);
        source.removeListener(rerun);
        debounce.cancel();
        task.cancel();
        run++;
    }

    /** A run for the filter or threshold before is of no use any more: stopped now, the new one starts soon. */
    private void scheduleReload() {
        debounce.cancel();
        if (open) {
            task.cancel();
            debounce = executor.schedule(DEBOUNCE, this::reload);
        }
    }

    /** Measures the current filter now (opened, Refresh, F5); nothing while closed or the threshold is invalid. */
    public void reload() {
        debounce.cancel();
        Optional<Duration> threshold = parseStuckAfter();
        if (!open || threshold.isEmpty()) {
            return;
        }
        TraceSource traces = source.getValue();
        EventQuery query = filter.getValue();
        if (!query.equals(measured) || traces != measuredSource) {
            clearFigures(); // they measured another filter or store: never shown under this one's heading
        }
        measured = query;
        measuredSource = traces;
        filterText.set(HealthTexts.describe(query));
        if (traces == null) {
            task.cancel();
            show(State.IDLE, "Open a store to see its delivery health");
            return;
        }
        long thisRun = ++run;
        show(State.LOADING, "Measuring delivery health…");
        task.restart(() -> traces.health(query, threshold.get(), progress(thisRun)), health -> {
            showHealth(health, threshold.get());
            // The problem traced below may have changed with the threshold or new events.
            trace.refresh();
        }, error -> show(State.ERROR, "Measuring delivery health failed: " + Notifications.describe(error)));
    }

    /**
     * Posts the count of messages seen to the UI thread, at most one post waiting at a time (a run over a whole
     * store reports often), and none from a superseded run.
     */
    private LongConsumer progress(long thisRun) {
        AtomicLong seen = new AtomicLong();
        AtomicBoolean posted = new AtomicBoolean();
        return messages -> {
            seen.set(messages);
            if (posted.compareAndSet(false, true)) {
                executor.onUiThread(() -> {
                    posted.set(false);
                    if (thisRun == run && state.get() == State.LOADING) {
                        stateText.set(String.format(Locale.ROOT, "Measuring delivery health… %,d messages so far",
                                seen.get()));
                    }
                });
            }
        };
    }

    private Optional<Duration> parseStuckAfter() {
        try {
            Duration parsed = Env.parseDuration(STUCK_AFTER, stuckAfterText.get());
            stuckAfterError.set("");
            stuckAfter = parsed;
            return Optional.of(parsed);
        } catch (RuntimeException e) {
            stuckAfterError.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void showHealth(DeliveryHealth health, Duration threshold) {
        tiles.setAll(HealthTexts.tiles(health, threshold));
        timeToDelivered.setAll(health.timeToDelivered());
        disconnected.setAll(health.disconnected().stream().map(HealthTexts::interval).toList());
        problems.setAll(health.problems());
        problemsCaption.set(HealthTexts.problemsCaption(health));
        scanNote.set(health.truncated() ? TRUNCATED_NOTE : health.scanned() ? SCANNED_NOTE : "");
        show(State.SHOWN, String.format(Locale.ROOT, "%,d messages", health.outgoing() + health.incoming()));
    }

    /** Traces a problem's message below the list. */
    public void openProblem(HealthProblem problem) {
        trace.showMessage(problem.sessionId(), problem.messageId());
    }

    private void clearFigures() {
        tiles.clear();
        timeToDelivered.clear();
        disconnected.clear();
        problems.clear();
        problemsCaption.set("");
        scanNote.set("");
    }

    private void show(State now, String text) {
        state.set(now);
        stateText.set(text);
    }

    /** The threshold of the last valid field value: what the runs and the problem's trace use. */
    public Duration stuckAfter() {
        return stuckAfter;
    }

    /** The stuck-after field, a Go duration such as {@code 5m} or {@code 1h30m}. */
    public StringProperty stuckAfterTextProperty() {
        return stuckAfterText;
    }

    /** Why the field's value is refused, naming it; empty when it is valid. */
    public ReadOnlyStringProperty stuckAfterErrorProperty() {
        return stuckAfterError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Progress while measuring ({@code … 12,345 messages so far}), the message count, or the error. */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return task.runningProperty();
    }

    /** What is measured: the filter in words. */
    public ReadOnlyStringProperty filterTextProperty() {
        return filterText.getReadOnlyProperty();
    }

    /**
     * Empty, or how the figures were measured without a message index (a gateway's own database): {@link
     * #SCANNED_NOTE}, or {@link #TRUNCATED_NOTE} when the scan stopped at its bound.
     */
    public ReadOnlyStringProperty scanNoteProperty() {
        return scanNote.getReadOnlyProperty();
    }

    public ObservableList<Tile> tiles() {
        return readOnlyTiles;
    }

    /** The time-to-delivered distribution, shortest delays first: the chart's bars. */
    public ObservableList<DelayBucket> timeToDelivered() {
        return readOnlyTimeToDelivered;
    }

    /** The sessions' disconnected intervals in the range, one line each. */
    public ObservableList<String> disconnected() {
        return readOnlyDisconnected;
    }

    /** The problem messages, worst first. */
    public ObservableList<HealthProblem> problems() {
        return readOnlyProblems;
    }

    public ReadOnlyStringProperty problemsCaptionProperty() {
        return problemsCaption.getReadOnlyProperty();
    }

    /** The trace of the problem opened last. */
    public TraceViewModel trace() {
        return trace;
    }
}
