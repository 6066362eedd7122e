package io.eventinspector.ui.chart;

import io.eventinspector.event.EventQuery;
import io.eventinspector.event.EventType;
import io.eventinspector.store.BucketSize;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.Histogram;
import io.eventinspector.ui.fx.LatestTask;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import io.eventinspector.ui.events.EventTableViewModel;
import io.eventinspector.ui.events.FilterViewModel;
import io.eventinspector.ui.fx.TimeInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The volume chart under the filter bar: event counts per time bucket over the filtered range, stacked by type
 * family, counted in the database ({@link EventStore#histogram}) in the background. Filter edits are debounced
 * like the table's, and a newer histogram cancels the one in flight. Picking bars narrows the filter's time range.
 * Whoever refreshes the window (the table, on store open, F5, import and Retry) calls {@link #reload()}.
 */
public final class VolumeChartViewModel {
    private final TaskExecutor executor;
    private final FilterViewModel filter;
    private final ObservableValue<EventStore> store;
    private final Notifications notifications;
    private final Runnable refreshAll;
    private final LatestTask histogramTask;
    /** Padding a far-away since/until with empty bars stops here; the data's own buckets are shown instead. */
    private static final int MAX_PADDED_BARS = 2_000;

    private final ObservableList<VolumeBar> bars = FXCollections.observableArrayList();
    private final ObservableList<VolumeBar> readOnlyBars = FXCollections.unmodifiableObservableList(bars);
    private final ObservableList<EventType.Family> families = FXCollections.observableArrayList();
    private final ObservableList<EventType.Family> readOnlyFamilies =
            FXCollections.unmodifiableObservableList(families);
    private final ReadOnlyObjectWrapper<BucketSize> bucketSize = new ReadOnlyObjectWrapper<>(this, "bucketSize");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper rangeStart = new ReadOnlyStringWrapper(this, "rangeStart", "");
    private final ReadOnlyStringWrapper rangeEnd = new ReadOnlyStringWrapper(this, "rangeEnd", "");
    private TaskExecutor.Handle debounce = TaskExecutor.Handle.DONE;
    private EventQuery shown = EventQuery.all();

    public VolumeChartViewModel(TaskExecutor executor, FilterViewModel filter, ObservableValue<EventStore> store,
                                Notifications notifications, Runnable refreshAll) {
        this.executor = executor;
        this.filter = filter;
        this.store = store;
        this.notifications = notifications;
        this.refreshAll = refreshAll;
        this.histogramTask = new LatestTask(executor);
        filter.queryProperty().addListener((observable, old, query) -> {
            debounce.cancel();
            debounce = executor.schedule(EventTableViewModel.DEBOUNCE, this::reload);
        });
    }

    /** Counts the current filter's events per bucket again (store opened, F5, import finished, Retry). */
    public void reload() {
        debounce.cancel();
        EventStore current = store.getValue();
        if (current == null) {
            histogramTask.cancel();
            show(EventQuery.all(), new Histogram(BucketSize.MINUTE, List.of()));
            return;
        }
        EventQuery query = filter.queryProperty().get();
        histogramTask.restart(() -> current.histogram(query, Optional.empty()), histogram -> show(query, histogram),
                // The table failed too, most likely, and only one notification shows: its Retry refreshes both.
                error -> notifications.failure("Counting events over time failed", error, refreshAll));
    }

    private void show(EventQuery query, Histogram histogram) {
        shown = query;
        bucketSize.set(histogram.size());
        bars.setAll(dense(query, histogram));
        Set<EventType.Family> present = EnumSet.noneOf(EventType.Family.class);
        bars.forEach(bar -> present.addAll(bar.perFamily().keySet()));
        families.setAll(present);
        rangeStart.set(bars.isEmpty() ? "" : TimeInput.format(bars.get(0).start()));
        rangeEnd.set(bars.isEmpty() ? "" : TimeInput.format(bars.get(bars.size() - 1).end()) + " UTC");
        caption.set(histogram.buckets().isEmpty() ? "no events in this range"
                : String.format(Locale.ROOT, "%,d events · stacked by type · %s buckets · click or drag to zoom",
                        histogram.total(), histogram.size().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * One bar per bucket from the start of the filter's range (else the first event's bucket) to its end (else the
     * last event's), with the buckets the store left out (no events) as empty bars; a range reaching years away
     * is shown from the first to the last event only.
     */
    private static List<VolumeBar> dense(EventQuery query, Histogram histogram) {
        if (histogram.buckets().isEmpty()) {
            return List.of();
        }
        long width = histogram.size().width().toMillis();
        Map<Long, Histogram.Bucket> byStart = new TreeMap<>();
        histogram.buckets().forEach(bucket -> byStart.put(bucket.start().toEpochMilli(), bucket));
        long firstEvent = histogram.buckets().get(0).start().toEpochMilli();
        long lastEvent = histogram.buckets().get(histogram.buckets().size() - 1).start().toEpochMilli();
        long first = Math.min(floor(query.since().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE), width),
                firstEvent);
        long last = Math.max(floor(query.until().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE), width),
                lastEvent);
        if ((last - first) / width >= MAX_PADDED_BARS) {
            first = firstEvent;
            last = lastEvent;
        }
        List<VolumeBar> dense = new ArrayList<>((int) ((last - first) / width + 1));
        for (long start = first; start <= last; start += width) {
            Histogram.Bucket bucket = byStart.get(start);
            Map<EventType.Family, Long> perFamily = new EnumMap<>(EventType.Family.class);
            if (bucket != null) {
                bucket.perType().forEach((type, count) -> perFamily.merge(EventType.family(type), count, Long::sum));
            }
            dense.add(new VolumeBar(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + width), perFamily));
        }
        return dense;
    }

    private static long floor(long millis, long width) {
        if (millis == Long.MAX_VALUE || millis == Long.MIN_VALUE) {
            return millis;
        }
        return Math.floorDiv(millis, width) * width;
    }

    /** Narrows the time filter to one bar's bucket. */
    public void zoomTo(int bar) {
        zoomTo(bar, bar);
    }

    /**
     * Narrows the time filter to the bars {@code from}..{@code to} (either order), never wider than the filter
     * already is: the first and last bucket may stick out of it.
     */
    public void zoomTo(int from, int to) {
        if (bars.isEmpty()) {
            return;
        }
        int low = Math.max(0, Math.min(from, to));
        int high = Math.min(bars.size() - 1, Math.max(from, to));
        Instant since = bars.get(low).start();
        Instant until = bars.get(high).end().minusMillis(1);
        Instant narrowedSince = shown.since().filter(since::isBefore).orElse(since);
        Instant narrowedUntil = shown.until().filter(until::isAfter).orElse(until);
        filter.showRange(narrowedSince, narrowedUntil);
    }

    /** {@code 2026-11-26 10:00:00 – 11:00:00 UTC · 1,204 events (message 900, presence 304)}, for hovering. */
    public static String describe(VolumeBar bar) {
        String counts = bar.perFamily().entrySet().stream()
                .map(entry -> entry.getKey().name().toLowerCase(Locale.ROOT) + " "
                        + String.format(Locale.ROOT, "%,d", entry.getValue()))
                .collect(Collectors.joining(", "));
        String end = TimeInput.format(bar.end());
        String endShown = end.substring(0, 10).equals(TimeInput.format(bar.start()).substring(0, 10))
                ? end.substring(11) : end;
        return TimeInput.format(bar.start()) + " – " + endShown + " UTC · "
                + String.format(Locale.ROOT, "%,d events", bar.total()) + (counts.isEmpty() ? "" : " (" + counts + ")");
    }

    /** The bars, oldest first; replaced as a whole when a new histogram arrives. */
    public ObservableList<VolumeBar> bars() {
        return readOnlyBars;
    }

    /** The families present in the bars, in stacking order: the chart's legend. */
    public ObservableList<EventType.Family> families() {
        return readOnlyFamilies;
    }

    public ReadOnlyObjectProperty<BucketSize> bucketSizeProperty() {
        return bucketSize.getReadOnlyProperty();
    }

    /** Where the first bar starts, e.g. {@code 2026-11-26 10:00:00}: the left end of the time axis. */
    public ReadOnlyStringProperty rangeStartProperty() {
        return rangeStart.getReadOnlyProperty();
    }

    /** Where the last bar ends, e.g. {@code 2026-11-26 13:00:00 UTC}: the right end of the time axis. */
    public ReadOnlyStringProperty rangeEndProperty() {
        return rangeEnd.getReadOnlyProperty();
    }

    /** {@code 18,433 events · stacked by type · hour buckets · click or drag to zoom}. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }
}
