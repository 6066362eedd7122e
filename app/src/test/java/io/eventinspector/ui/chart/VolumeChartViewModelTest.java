package io.eventinspector.ui.chart;

import io.eventinspector.ui.SqliteViewModelTestBase;
import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.EventType.Family;
import io.eventinspector.store.BucketSize;
import io.eventinspector.store.EventStore;
import io.eventinspector.testing.FailingStores;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.events.FilterViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VolumeChartViewModelTest extends SqliteViewModelTestBase {
    private final FilterViewModel filter = new FilterViewModel(
            Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
    private VolumeChartViewModel chart;

    @BeforeEach
    void open() {
        // Three hours on the 26th with a quiet hour in between: 10:xx busy, 11:xx empty, 12:xx one event.
        database.events().append(List.of(
                event("e1", "message.sent", "s1", "2026-11-26T10:05:00Z"),
                event("e2", "message.read", "s1", "2026-11-26T10:20:00Z"),
                event("e3", "presence.update", "s2", "2026-11-26T10:40:00Z"),
                event("e4", "session.connected", "s2", "2026-11-26T10:59:59.500Z"),
                event("e5", "message.sent", "s2", "2026-11-26T12:30:00Z")));
        chart = new VolumeChartViewModel(executor, filter, store, notifications, () -> chart.reload());
    }

    /** What the window does when a store opens: the table's refresh reloads the chart. */
    private void open(EventStore opened) {
        store.set(opened);
        chart.reload();
    }

    @Test
    void a_filter_change_counts_the_matching_events_per_bucket_stacked_by_family() {
        open(database.events());
        filter.sinceProperty().set("2026-11-26 00:00");
        filter.untilProperty().set("2026-11-26 23:59:59");

        assertThat(chart.bucketSizeProperty().get()).isEqualTo(BucketSize.HOUR);
        // The whole filtered day, empty hours included, so gaps show where nothing happened.
        assertThat(chart.bars()).hasSize(24);
        VolumeBar ten = chart.bars().get(10);
        assertThat(ten.start()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(ten.end()).isEqualTo(Instant.parse("2026-11-26T11:00:00Z"));
        assertThat(ten.count(Family.MESSAGE)).isEqualTo(2);
        assertThat(ten.count(Family.PRESENCE)).isEqualTo(1);
        assertThat(ten.count(Family.SESSION)).isEqualTo(1);
        assertThat(chart.bars().get(11).total()).isZero();
        assertThat(chart.bars().get(12).count(Family.MESSAGE)).isEqualTo(1);
        assertThat(chart.families()).containsExactly(Family.MESSAGE, Family.PRESENCE, Family.SESSION);
        assertThat(chart.captionProperty().get())
                .isEqualTo("5 events · stacked by type · hour buckets · click or drag to zoom");
        assertThat(chart.rangeStartProperty().get()).isEqualTo("2026-11-26 00:00:00");
        assertThat(chart.rangeEndProperty().get()).isEqualTo("2026-11-27 00:00:00 UTC");

        filter.sessionIdProperty().set("s1");

        assertThat(chart.bars().get(10).perFamily()).containsOnly(org.assertj.core.api.Assertions.entry(
                Family.MESSAGE, 2L));
        assertThat(chart.bars().stream().mapToLong(VolumeBar::total).sum()).isEqualTo(2);
        assertThat(chart.families()).containsExactly(Family.MESSAGE);
    }

    @Test
    void without_a_time_filter_the_bars_span_the_events() {
        open(database.events());

        assertThat(chart.bucketSizeProperty().get()).isEqualTo(BucketSize.MINUTE);
        assertThat(chart.bars().get(0).start()).isEqualTo(Instant.parse("2026-11-26T10:05:00Z"));
        assertThat(chart.bars().get(chart.bars().size() - 1).start()).isEqualTo(Instant.parse("2026-11-26T12:30:00Z"));
        assertThat(chart.bars()).hasSize(146);
    }

    @Test
    void clicking_a_bar_narrows_the_time_filter_to_its_bucket() {
        open(database.events());
        filter.sinceProperty().set("2026-11-26 00:00");
        filter.untilProperty().set("2026-11-26 23:59:59");

        chart.zoomTo(10);

        assertThat(filter.sinceProperty().get()).isEqualTo("2026-11-26 10:00:00");
        assertThat(filter.untilProperty().get()).isEqualTo("2026-11-26 10:59:59.999");
        assertThat(filter.queryProperty().get().until()).contains(Instant.parse("2026-11-26T10:59:59.999Z"));
        // The narrower range is counted per minute now, and still holds the event half a second before 11:00.
        assertThat(chart.bucketSizeProperty().get()).isEqualTo(BucketSize.MINUTE);
        assertThat(chart.bars()).hasSize(60);
        assertThat(chart.bars().stream().mapToLong(VolumeBar::total).sum()).isEqualTo(4);
    }

    @Test
    void dragging_across_bars_narrows_to_their_range_but_never_widens_the_filter() {
        open(database.events());
        filter.sinceProperty().set("2026-11-26 04:30");
        filter.untilProperty().set("2026-11-26 12:45");
        assertThat(chart.bars()).hasSize(9);
        assertThat(chart.bars().get(6).start()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));

        chart.zoomTo(8, 6);

        // Bars 6..8 are 10:00..12:59:59.999, but the filter already ended at 12:45: that end stays.
        assertThat(filter.queryProperty().get().since()).contains(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(filter.queryProperty().get().until()).contains(Instant.parse("2026-11-26T12:45:00Z"));
        assertThat(chart.bars().stream().mapToLong(VolumeBar::total).sum()).isEqualTo(5);
    }

    @Test
    void a_newer_query_wins_over_one_still_in_flight() {
        open(database.events());
        overtakeAnS1QueryWithAnS2Query(filter, chart::reload);

        assertThat(chart.bars().stream().mapToLong(VolumeBar::total).sum()).isEqualTo(3);
        assertThat(chart.families()).containsExactly(Family.MESSAGE, Family.PRESENCE, Family.SESSION);
    }

    @Test
    void no_matching_events_means_no_bars() {
        open(database.events());

        filter.sessionIdProperty().set("nobody");

        assertThat(chart.bars()).isEmpty();
        assertThat(chart.captionProperty().get()).isEqualTo("no events in this range");
    }

    @Test
    void a_failed_count_becomes_a_notification_whose_retry_recovers() {
        boolean[] down = {true};
        EventStore real = database.events();
        open(FailingStores.failingWhile(() -> down[0], real));

        Notifications.Notification shown = notifications.currentProperty().get();
        assertThat(shown.message()).isEqualTo("Counting events over time failed: database connection lost");
        assertThat(chart.bars()).isEmpty();

        down[0] = false;
        shown.retry().orElseThrow().run();

        assertThat(chart.bars()).isNotEmpty();
    }
}
