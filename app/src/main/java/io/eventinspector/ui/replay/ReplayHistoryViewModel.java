package io.eventinspector.ui.replay;

import io.eventinspector.Services;
import io.eventinspector.event.Timestamps;
import io.eventinspector.replay.DeliveryAttempt;
import io.eventinspector.replay.ReplayHistory;
import io.eventinspector.replay.ReplayRecord;
import io.eventinspector.ui.fx.LatestTask;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Past replays of the open store (newest first, from {@link Services#replayHistory()}, so a gateway's replays
 * come from the local store), and every delivery attempt of the selected one.
 */
public final class ReplayHistoryViewModel {
    static final int LIMIT = 200;

    private final ObservableValue<Services> services;
    private final Notifications notifications;
    private final LatestTask listTask;
    private final LatestTask attemptsTask;
    private final ObservableList<ReplayRecord> replays = FXCollections.observableArrayList();
    private final ObservableList<ReplayRecord> replaysView = FXCollections.unmodifiableObservableList(replays);
    private final ObjectProperty<ReplayRecord> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<DeliveryAttempt> attempts = FXCollections.observableArrayList();
    private final ObservableList<DeliveryAttempt> attemptsView = FXCollections.unmodifiableObservableList(attempts);

    public ReplayHistoryViewModel(TaskExecutor executor, ObservableValue<Services> services,
                                  Notifications notifications) {
        this.services = services;
        this.notifications = notifications;
        this.listTask = new LatestTask(executor);
        this.attemptsTask = new LatestTask(executor);
        selected.addListener((observable, old, replay) -> loadAttempts(replay));
    }

    /** Re-reads the list; the selection is kept when the selected replay is still listed. */
    public void refresh() {
        Services open = services.getValue();
        if (open == null) {
            return;
        }
        listTask.restart(() -> open.replayHistory().recent(LIMIT), list -> {
            String keep = selected.get() == null ? null : selected.get().id();
            replays.setAll(list);
            selected.set(list.stream().filter(replay -> replay.id().equals(keep)).findFirst().orElse(null));
        }, error -> notifications.failure("Reading the replay history failed", error, this::refresh));
    }

    private void loadAttempts(ReplayRecord replay) {
        attemptsTask.cancel();
        attempts.clear();
        Services open = services.getValue();
        if (replay == null || open == null) {
            return;
        }
        ReplayHistory history = open.replayHistory();
        attemptsTask.restart(() -> history.attempts(replay.id()), attempts::setAll,
                error -> notifications.failure("Reading the attempts of " + replay.id() + " failed", error,
                        () -> loadAttempts(replay)));
    }

    /** {@code session_id=s1 · since=…}, or {@code selected events} for a replay of table rows (it has no filter). */
    public static String filters(ReplayRecord replay) {
        List<String> parts = new ArrayList<>();
        ReplayRecord.Filters filters = replay.filters();
        filters.sessionId().ifPresent(value -> parts.add("session_id=" + value));
        filters.eventType().ifPresent(value -> parts.add("event_type=" + value));
        filters.since().ifPresent(value -> parts.add("since=" + Timestamps.format(value)));
        filters.until().ifPresent(value -> parts.add("until=" + Timestamps.format(value)));
        return parts.isEmpty() ? "selected events" : String.join(" · ", parts);
    }

    public ObservableList<ReplayRecord> replays() {
        return replaysView;
    }

    public ObjectProperty<ReplayRecord> selectedProperty() {
        return selected;
    }

    /** The selected replay's attempts, in the order they were made. */
    public ObservableList<DeliveryAttempt> attempts() {
        return attemptsView;
    }
}
