package io.eventinspector.ui.trace;

import io.eventinspector.event.Event;
import io.eventinspector.event.MessageIds;
import io.eventinspector.trace.AmbiguousMessageException;
import io.eventinspector.trace.Anomaly;
import io.eventinspector.trace.MessageTrace;
import io.eventinspector.ui.fx.LatestTask;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What happened to the message an event is about: the detail pane's Trace tab (following the table's selection)
 * and the health window's trace of a problem ({@link #showMessage}). The event's message ids are read and the
 * message traced in the background; a new selection cancels the work for the previous one. A receipt covering
 * several messages offers them all, the first chosen, or the one already shown when the new event is about it
 * too, so stepping through a message's events keeps its trace on screen. Work runs only while {@link
 * #activeProperty()} is true (the tab is showing): browsing the table with the JSON tab open costs no trace.
 */
public final class TraceViewModel {
    /** What the tab shows: a trace, or instead of one why not. */
    public enum State { IDLE, NOT_A_MESSAGE, LOADING, NOT_FOUND, ERROR, SHOWN }

    public static final String IDLE_TEXT = "Select an event to see what happened to its message";
    public static final String NOT_A_MESSAGE_TEXT = "This event is not about a message";
    public static final String SCANNED_NOTE = "No message index in a gateway's database: traced by scanning the "
            + "session's events around the message";

    /** A message: ids are unique per chat, not globally, so always with its session. */
    private record Key(String sessionId, String messageId) {
    }

    private final ObservableValue<TraceSource> source;
    private final String idleText;
    private final Supplier<Duration> stuckAfter;
    private final StepSelector selector;
    private final LatestTask task;
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ObservableList<String> messageIds = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyMessageIds = FXCollections.unmodifiableObservableList(messageIds);
    private final ReadOnlyStringWrapper chosenMessageId = new ReadOnlyStringWrapper(this, "chosenMessageId", "");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyObjectWrapper<MessageTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper(this, "facts", "");
    private final ReadOnlyBooleanWrapper scanned = new ReadOnlyBooleanWrapper(this, "scanned");
    private final ObservableList<Anomaly> anomalies = FXCollections.observableArrayList();
    private final ObservableList<Anomaly> readOnlyAnomalies = FXCollections.unmodifiableObservableList(anomalies);
    private final ObservableList<String> participants = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyParticipants =
            FXCollections.unmodifiableObservableList(participants);
    private final ObservableList<TimelineRow> timeline = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> readOnlyTimeline = FXCollections.unmodifiableObservableList(timeline);
    private final ReadOnlyStringWrapper selectedEventId = new ReadOnlyStringWrapper(this, "selectedEventId", "");
    /** The event whose message ids are shown or being read. */
    private Event readFor;
    /** The session of {@link #messageIds}. */
    private String sessionId = "";
    /** The message shown or being traced. */
    private Key current;
    /** The message whose trace (or its absence, or its failure) is on screen; empty while one is being traced. */
    private Key settled;

    /**
     * @param stuckAfter read in the background for each trace (it may read the saved preference, and a variable
     *                   set to no duration fails that trace with its message): when an outgoing message without a
     *                   delivery counts as stuck
     */
    public TraceViewModel(TaskExecutor executor, ObservableValue<TraceSource> source, Supplier<Duration> stuckAfter,
                          StepSelector selector) {
        this(executor, source, stuckAfter, selector, IDLE_TEXT);
    }

    /** With {@code idleText} shown before any message is traced (the health window: pick a problem). */
    TraceViewModel(TaskExecutor executor, ObservableValue<TraceSource> source, Supplier<Duration> stuckAfter,
                   StepSelector selector, String idleText) {
        this.source = source;
        this.idleText = idleText;
        stateText.set(idleText);
        this.stuckAfter = stuckAfter;
        this.selector = selector;
        this.task = new LatestTask(executor);
        event.addListener((observable, old, now) -> {
            selectedEventId.set(now == null ? "" : now.id());
            update();
        });
        active.addListener((observable, old, now) -> update());
        source.addListener((observable, old, now) -> reset());
    }

    private void update() {
        Event now = event.get();
        if (!active.get() || now == readFor) {
            return;
        }
        readFor = now;
        if (now == null) {
            forget();
            return;
        }
        // A large payload takes a while to parse: off the UI thread, like the JSON view's.
        task.restart(() -> MessageIds.all(now.dataJson()), ids -> showIds(now.sessionId(), ids),
                error -> fail(error, "Reading the event's message ids failed: "));
    }

    private void showIds(String session, List<String> ids) {
        if (ids.isEmpty()) {
            forget();
            show(State.NOT_A_MESSAGE, NOT_A_MESSAGE_TEXT);
            return;
        }
        boolean sameMessage = session.equals(sessionId) && ids.contains(chosenMessageId.get());
        String chosen = sameMessage ? chosenMessageId.get() : ids.get(0);
        sessionId = session;
        messageIds.setAll(ids);
        chosenMessageId.set(chosen);
        trace(new Key(session, chosen), false);
    }

    /** Traces another of the messages the event's payload names (the chooser of a receipt that covers several). */
    public void choose(String messageId) {
        if (messageIds.contains(messageId)) {
            chosenMessageId.set(messageId);
            trace(new Key(sessionId, messageId), false);
        }
    }

    /** Traces one message without an event selected (the health window's problem list). */
    public void showMessage(String session, String messageId) {
        sessionId = session;
        messageIds.setAll(List.of(messageId));
        chosenMessageId.set(messageId);
        trace(new Key(session, messageId), false);
    }

    /** Stops a trace in flight (its window closed); showing the message again traces it anew. */
    public void cancel() {
        task.cancel();
    }

    /** Traces the message on screen again: new events may have come, or the stuck-after threshold changed. */
    public void refresh() {
        if (current == null) {
            return;
        }
        if (active.get()) {
            trace(current, true);
        } else {
            // Traced again once the tab shows.
            settled = null;
            readFor = null;
        }
    }

    private void trace(Key key, boolean again) {
        if (key.equals(settled) && !again) {
            return;
        }
        boolean keepShown = key.equals(settled);
        current = key;
        settled = null;
        TraceSource traces = source.getValue();
        if (traces == null) {
            task.cancel();
            clearTrace();
            show(State.ERROR, "No store is open");
            settled = key;
            return;
        }
        if (!keepShown) {
            clearTrace();
            show(State.LOADING, "Tracing message " + key.messageId() + "…");
        }
        task.restart(() -> traces.trace(key.messageId(), Optional.of(key.sessionId()), stuckAfter.get()), found -> {
            settled = key;
            found.ifPresentOrElse(this::showTrace, () -> {
                clearTrace();
                show(State.NOT_FOUND, "No event of message " + key.messageId() + " in session " + key.sessionId());
            });
        }, error -> {
            settled = key;
            fail(error, "Tracing message " + key.messageId() + " failed: ");
        });
    }

    private void showTrace(MessageTrace shown) {
        trace.set(shown);
        title.set("Message " + shown.messageId() + " · session " + shown.sessionId());
        status.set(shown.status().label());
        facts.set(TraceTexts.facts(shown));
        scanned.set(shown.scanned());
        anomalies.setAll(shown.anomalies());
        participants.setAll(shown.participants().stream().map(TraceTexts::participant).toList());
        timeline.setAll(TimelineRow.of(shown));
        show(State.SHOWN, "");
    }

    private void fail(Throwable error, String doing) {
        clearTrace();
        show(State.ERROR, doing + describe(error));
    }

    /** Expected failures say what went wrong; anything else is logged with its stack trace and named in a line. */
    private static String describe(Throwable error) {
        return error instanceof AmbiguousMessageException ? error.getMessage() : Notifications.describe(error);
    }

    /** Opens a step's event in the table; the rows marking the connection are no event. */
    public void open(TimelineRow row) {
        if (current != null) {
            row.eventId().ifPresent(id -> selector.select(id, current.sessionId(), current.messageId()));
        }
    }

    /** The store changed: nothing shown belongs to it. */
    private void reset() {
        readFor = null;
        forget();
        update();
    }

    private void forget() {
        task.cancel();
        current = null;
        settled = null;
        sessionId = "";
        messageIds.clear();
        chosenMessageId.set("");
        clearTrace();
        show(State.IDLE, idleText);
    }

    private void clearTrace() {
        trace.set(null);
        title.set("");
        status.set("");
        facts.set("");
        scanned.set(false);
        anomalies.clear();
        participants.clear();
        timeline.clear();
    }

    private void show(State now, String text) {
        state.set(now);
        stateText.set(text);
    }

    /** The selected event; bind it to the table's selection. */
    public ObjectProperty<Event> eventProperty() {
        return event;
    }

    /** Whether the trace is on screen; only then does it read and trace. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The messages the event's payload names, in payload order: a chooser when there are several. */
    public ObservableList<String> messageIds() {
        return readOnlyMessageIds;
    }

    public ReadOnlyStringProperty chosenMessageIdProperty() {
        return chosenMessageId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why no trace is shown ({@link #NOT_A_MESSAGE_TEXT}, loading, not found, the error); empty when one is. */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /** True while ids are read or a trace runs (a refresh keeps the previous trace on screen meanwhile). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return task.runningProperty();
    }

    public ReadOnlyObjectProperty<MessageTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** {@code Message 3EB0… · session sales}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The highest status reached: {@code read}. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Direction, chat and the delays to delivered and read, in one line. */
    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    /** True when the trace came from scanning (no message index): the view says so ({@link #SCANNED_NOTE}). */
    public ReadOnlyBooleanProperty scannedProperty() {
        return scanned.getReadOnlyProperty();
    }

    public ObservableList<Anomaly> anomalies() {
        return readOnlyAnomalies;
    }

    /** In a group, one line per participant; empty otherwise. */
    public ObservableList<String> participants() {
        return readOnlyParticipants;
    }

    public ObservableList<TimelineRow> timeline() {
        return readOnlyTimeline;
    }

    /** The id of the event selected in the table, so the view can mark its step. */
    public ReadOnlyStringProperty selectedEventIdProperty() {
        return selectedEventId.getReadOnlyProperty();
    }
}
