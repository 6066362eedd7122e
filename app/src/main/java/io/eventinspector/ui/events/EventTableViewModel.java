package io.eventinspector.ui.events;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Page;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreStats;
import io.eventinspector.store.TypeCount;
import io.eventinspector.ui.fx.LatestTask;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The event table: the first page of the current filter, then one more page (keyset cursor) each time the view
 * scrolls near the end, so the whole result is never loaded. The total is counted separately in the background.
 * Filter edits are debounced, and a newer query cancels the one in flight.
 */
public final class EventTableViewModel {
    public static final int PAGE_SIZE = 200;
    public static final Duration DEBOUNCE = Duration.ofMillis(250);
    private static final long UNKNOWN = -1;

    private final TaskExecutor executor;
    private final FilterViewModel filter;
    private final ObservableValue<EventStore> store;
    private final Notifications notifications;
    private final LatestTask pageTask;
    private final LatestTask countTask;
    private final LatestTask statsTask;
    private final LatestTask typeCountTask;
    private final ObservableList<Event> rows = FXCollections.observableArrayList();
    /** Each row's payload summary by event id, made on the loading thread with the row. */
    private final Map<String, String> summaries = new HashMap<>();
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total", UNKNOWN);
    private final ReadOnlyLongWrapper queryMillis = new ReadOnlyLongWrapper(this, "queryMillis", UNKNOWN);
    private final ReadOnlyBooleanWrapper storeEmpty = new ReadOnlyBooleanWrapper(this, "storeEmpty");
    private final List<Runnable> refreshListeners = new ArrayList<>();
    private TaskExecutor.Handle debounce = TaskExecutor.Handle.DONE;
    private EventQuery shown;
    private Optional<Cursor> next = Optional.empty();
    /** The filter, types aside, that the type picker's counts were made for. */
    private EventQuery typesCountedFor;

    public EventTableViewModel(TaskExecutor executor, FilterViewModel filter, ObservableValue<EventStore> store,
                               Notifications notifications) {
        this.executor = executor;
        this.filter = filter;
        this.store = store;
        this.notifications = notifications;
        this.pageTask = new LatestTask(executor);
        this.countTask = new LatestTask(executor);
        this.statsTask = new LatestTask(executor);
        this.typeCountTask = new LatestTask(executor);
        filter.queryProperty().addListener((observable, old, query) -> scheduleReload());
        store.addListener((observable, old, now) -> refresh());
    }

    private void scheduleReload() {
        debounce.cancel();
        debounce = executor.schedule(DEBOUNCE, this::reload);
    }

    /** Re-reads everything for the open store: the type counts and the first page (F5). */
    public void refresh() {
        typesCountedFor = null;
        refreshStats();
        reload();
        refreshListeners.forEach(Runnable::run);
    }

    /** Also runs {@code listener} on every {@link #refresh()} (store opened, F5, import done, Retry). */
    public void addRefreshListener(Runnable listener) {
        refreshListeners.add(listener);
    }

    /** Shows the first page of the current filter and starts counting its total. */
    public void reload() {
        debounce.cancel();
        EventStore current = store.getValue();
        if (current == null) {
            return;
        }
        EventQuery query = filter.queryProperty().get().withLimit(PAGE_SIZE);
        total.set(UNKNOWN);
        countTask.cancel();
        // Type counts still running for another filter are superseded too: stopping them now (which stops their
        // SQL on SQLite) keeps them from competing with the new page; they start again once its rows are shown.
        if (!anyType(query).equals(typesCountedFor)) {
            typeCountTask.cancel();
            typesCountedFor = null;
        }
        // The rows first: the counts scan far more than a page, and on two cores running them alongside held
        // the page back (filter change -> rows p95 179 ms on 1M events); they start once the rows are shown.
        pageTask.restart(() -> timed(current, query), result -> {
            shown = query;
            next = result.page().next();
            queryMillis.set(result.millis());
            summaries.clear();
            summaries.putAll(result.summaries());
            rows.setAll(result.page().events());
            countTask.restart(() -> current.count(query), total::set,
                    error -> notifications.failure("Counting failed", error, this::refresh));
            refreshTypeCounts(current, query);
        }, error -> notifications.failure("Query failed", error, this::refresh));
    }

    /**
     * Counts each type under the rest of the filter, so the picker says how many events checking a type would
     * add. Checking types leaves the rest unchanged, so it costs no new count.
     */
    private void refreshTypeCounts(EventStore current, EventQuery query) {
        EventQuery anyType = anyType(query);
        if (anyType.equals(typesCountedFor)) {
            return;
        }
        typesCountedFor = anyType;
        typeCountTask.restart(() -> current.typeCounts(anyType), this::applyTypeCounts, error -> {
            typesCountedFor = null;
            notifications.failure("Counting events per type failed", error, this::refresh);
        });
    }

    private static EventQuery anyType(EventQuery query) {
        return query.toBuilder().types(List.of()).build();
    }

    /** Changes only the counts that changed, so an open type picker does not flicker. */
    private void applyTypeCounts(List<TypeCount> counts) {
        Map<String, Long> now = new HashMap<>();
        counts.forEach(count -> now.put(count.type(), count.count()));
        filter.typeCounts().keySet().retainAll(now.keySet());
        filter.typeCounts().putAll(now);
    }

    /** Loads the next page after the last row, unless one is loading or none is left. */
    public void loadMore() {
        EventStore current = store.getValue();
        if (current == null || pageTask.isRunning() || next.isEmpty() || shown == null) {
            return;
        }
        EventQuery query = shown.withCursor(next.get());
        pageTask.restart(() -> timed(current, query), result -> {
            next = result.page().next();
            queryMillis.set(result.millis());
            summaries.putAll(result.summaries());
            rows.addAll(result.page().events());
        }, error -> notifications.failure("Loading more events failed", error, this::loadMore));
    }

    private void refreshStats() {
        EventStore current = store.getValue();
        if (current == null) {
            return;
        }
        statsTask.restart(current::stats, this::applyStats,
                error -> notifications.failure("Reading the store's totals failed", error, this::refresh));
    }

    private void applyStats(StoreStats stats) {
        storeEmpty.set(stats.total() == 0);
    }

    private record Timed(Page page, long millis, Map<String, String> summaries) {
    }

    private static Timed timed(EventStore store, EventQuery query) {
        long start = System.nanoTime();
        Page page = store.query(query);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Timed(page, millis, PayloadSummary.of(page.events()));
    }

    /** The filter of the rows on screen (empty before the first page): what a live tail must follow. */
    public Optional<EventQuery> shownQuery() {
        return Optional.ofNullable(shown);
    }

    /**
     * Puts events that arrived after the newest row on top (live tail), with their summaries made where they were
     * read ({@link PayloadSummary#of(List)}), unless the rows already show another query's result. The known
     * total grows with them.
     */
    public void prepend(EventQuery query, List<Event> newestFirst, Map<String, String> newSummaries) {
        if (!query.equals(shown) || newestFirst.isEmpty()) {
            return;
        }
        summaries.putAll(newSummaries);
        rows.addAll(0, newestFirst);
        if (total.get() != UNKNOWN) {
            total.set(total.get() + newestFirst.size());
        }
    }

    public boolean hasMore() {
        return next.isPresent();
    }

    public ObservableList<Event> rows() {
        return rows;
    }

    /** The row's payload in one line of at most {@link PayloadSummary#MAX_LENGTH} characters. */
    public String summary(Event row) {
        return summaries.getOrDefault(row.id(), "");
    }

    /** The row the user selected; the detail pane follows it. */
    public ObjectProperty<Event> selectedProperty() {
        return selected;
    }

    public long total() {
        return total.get();
    }

    /** How long the last page of rows took to read from the store, in ms (-1 before the first). */
    public long queryMillis() {
        return queryMillis.get();
    }

    /** True when the open store holds no events at all, so the window shows its empty state. */
    public ReadOnlyBooleanProperty storeEmptyProperty() {
        return storeEmpty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return pageTask.runningProperty();
    }

    /** {@code showing 200 of 18,433 · query 3 ms}; the total reads "counting…" until it is known. */
    public StringExpression statusProperty() {
        return Bindings.createStringBinding(() -> {
            String of = total.get() == UNKNOWN ? "counting…" : String.format(Locale.ROOT, "%,d", total.get());
            String millis = queryMillis.get() == UNKNOWN ? "" : " · query " + queryMillis.get() + " ms";
            return String.format(Locale.ROOT, "showing %,d of %s%s", rows.size(), of, millis);
        }, rows, total, queryMillis);
    }
}
