package io.eventinspector.ui.events;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.EventStore;
import io.eventinspector.ui.fx.LatestTask;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * Live tail: while on, asks the store every second for events newer than the table's newest row
 * ({@link EventStore#tail}) under the filter the table shows, and puts them at the top of the table. A tick is
 * skipped while the table (re)loads or the previous poll still runs; a poll that the table moved past (new filter,
 * refresh) is dropped, and the next tick starts from the new top row.
 */
public final class LiveTailViewModel {
    public static final Duration INTERVAL = Duration.ofSeconds(1);
    /** More than this per tick arrive over several ticks, so one burst never stalls the window. */
    static final int BATCH = 500;
    /** Where an empty table's tail starts: everything matching the filter is new to it. */
    private static final Cursor BEGINNING = new Cursor(Instant.EPOCH, "");

    private final EventTableViewModel table;
    private final ObservableValue<EventStore> store;
    private final Notifications notifications;
    private final Ticker ticker;
    private final LatestTask pollTask;
    private final BooleanProperty live = new SimpleBooleanProperty(this, "live");
    private TaskExecutor.Handle ticking = TaskExecutor.Handle.DONE;

    public LiveTailViewModel(TaskExecutor executor, Ticker ticker, EventTableViewModel table,
                             ObservableValue<EventStore> store, Notifications notifications) {
        this.table = table;
        this.store = store;
        this.notifications = notifications;
        this.ticker = ticker;
        this.pollTask = new LatestTask(executor);
        live.addListener((observable, was, on) -> {
            ticking.cancel();
            pollTask.cancel();
            if (on) {
                ticking = ticker.every(INTERVAL, this::poll);
            }
        });
    }

    /** One look for new events; the ticker calls it every {@link #INTERVAL} while live. */
    void poll() {
        EventStore current = store.getValue();
        Optional<EventQuery> shown = table.shownQuery();
        if (current == null || shown.isEmpty() || pollTask.isRunning() || table.loadingProperty().get()) {
            return;
        }
        EventQuery query = shown.get();
        Cursor after = newestRow();
        pollTask.restart(() -> {
            List<Event> events = current.tail(query, after, BATCH);
            return new Polled(events, PayloadSummary.of(events));
        }, polled -> {
            if (!polled.events().isEmpty() && after.equals(newestRow())) {
                List<Event> newestFirst = new ArrayList<>(polled.events());
                Collections.reverse(newestFirst);
                table.prepend(query, newestFirst, polled.summaries());
            }
        }, error -> {
            live.set(false);
            notifications.failure("Live tail stopped", error, () -> live.set(true));
        });
    }

    private record Polled(List<Event> events, Map<String, String> summaries) {
    }

    private Cursor newestRow() {
        return table.rows().isEmpty() ? BEGINNING
                : new Cursor(table.rows().get(0).timestamp(), table.rows().get(0).id());
    }

    /** On while the table follows new events; bound to the Live toggle and the View menu (Ctrl+L). */
    public BooleanProperty liveProperty() {
        return live;
    }
}
