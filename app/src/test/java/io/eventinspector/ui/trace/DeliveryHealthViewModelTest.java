package io.eventinspector.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.config.ConfigException;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.StoreException;
import io.eventinspector.trace.DelayBucket;
import io.eventinspector.trace.DeliveryHealth;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import io.eventinspector.ui.trace.DeliveryHealthViewModel.State;
import io.eventinspector.ui.trace.DeliveryHealthViewModel.Tile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class DeliveryHealthViewModelTest {
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final FakeTraceSource source = new FakeTraceSource().add(TraceFixtures.sentOnly("3EB0STUCK"));
    private final SimpleObjectProperty<TraceSource> sources = new SimpleObjectProperty<>(source);
    private final SimpleObjectProperty<EventQuery> filter = new SimpleObjectProperty<>(EventQuery.all());
    private final DeliveryHealthViewModel health = new DeliveryHealthViewModel(executor, sources, filter,
            () -> Duration.ofMinutes(5), (eventId, sessionId, messageId) -> { });

    private static EventQuery session(String session) {
        return EventQuery.builder().sessionId(session).build();
    }

    @Test
    void opening_measures_the_current_filter_into_tiles_a_chart_the_disconnects_and_the_problems() {
        filter.set(EventQuery.builder().sessionId("sales").since(Instant.parse("2026-11-26T00:00:00Z"))
                .types(List.of("message.sent", "message.delivered")).text("3EB0").build());

        health.open();

        assertThat(source.healthQueries()).containsExactly(filter.get());
        assertThat(source.asked.get(0).stuckAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(health.stateProperty().get()).isEqualTo(State.SHOWN);
        assertThat(health.stateTextProperty().get()).isEqualTo("1,550 messages");
        assertThat(health.filterTextProperty().get()).isEqualTo("Filter: session sales · types message.sent, "
                + "message.delivered · since 2026-11-26 00:00:00 UTC · text \"3EB0\"");
        assertThat(health.tiles()).containsExactly(
                new Tile("Outgoing", "1,240", "messages sent", false),
                new Tile("Incoming", "310", "messages received", false),
                new Tile("Delivered", "96.8 %", "1,200 of 1,240 outgoing", false),
                new Tile("Read", "80.6 %", "1,000 of 1,240 outgoing", false),
                new Tile("Failed", "3", "0.2 % of outgoing", true),
                new Tile("Stuck", "2", "not delivered within 5m", true),
                new Tile("Pending", "35", "too recent to call stuck", false),
                new Tile("Orphan receipts", "1", "their message is not in the store", true),
                new Tile("Time to delivered", "p50 1.2 s", "p95 4.1 s · max 10 h 56 m", false),
                new Tile("Time to read", "p50 –", "p95 – · max –", false));
        assertThat(health.timeToDelivered()).extracting(DelayBucket::label).containsExactly("≤ 1 s", "≤ 10 s", "> 1 h");
        assertThat(health.disconnected()).containsExactly(
                "sales · 2026-11-26 10:02:11 – 10:14:40 UTC (12 m 29 s)",
                "support · 2026-11-26 23:00:00 UTC – not connected again in the data");
        assertThat(health.problems()).containsExactly(HealthFixtures.STUCK, HealthFixtures.ORPHAN);
        assertThat(health.problemsCaptionProperty().get())
                .isEqualTo("Problem messages, worst first: the first 2 of 4");
        assertThat(health.scanNoteProperty().get()).isEmpty();
    }

    @Test
    void it_follows_the_filter_while_open_and_stops_when_closed() {
        health.open();
        filter.set(session("sales"));
        filter.set(session("support"));

        assertThat(source.healthQueries()).containsExactly(EventQuery.all(), session("sales"), session("support"));

        health.close();
        filter.set(session("billing"));
        health.reload();

        assertThat(source.healthQueries()).hasSize(3);
    }

    @Test
    void a_newer_filter_cancels_the_run_in_flight() {
        health.open();
        executor.hold();
        filter.set(session("sales"));
        executor.runNext(); // the debounce ends; the run for "sales" is queued
        filter.set(session("support"));
        executor.runAll();

        assertThat(source.healthQueries()).containsExactly(EventQuery.all(), session("support"));
        assertThat(health.filterTextProperty().get()).isEqualTo("Filter: session support");
        assertThat(health.loadingProperty().get()).isFalse();
    }

    @Test
    void figures_of_another_filter_are_never_shown_under_the_new_ones_heading() {
        health.open();
        assertThat(health.tiles()).isNotEmpty();

        executor.hold();
        filter.set(session("sales"));
        executor.runNext(); // the debounce ends: measuring "sales" starts

        assertThat(health.filterTextProperty().get()).isEqualTo("Filter: session sales");
        assertThat(health.tiles()).isEmpty();
        assertThat(health.problems()).isEmpty();
        executor.runAll();
        assertThat(health.tiles()).isNotEmpty();
    }

    @Test
    void a_stuck_after_that_is_no_duration_shows_its_error_and_runs_nothing_until_fixed() {
        health.open();
        assertThat(health.stuckAfterTextProperty().get()).isEqualTo("5m");

        health.stuckAfterTextProperty().set("5 minutes");
        health.reload();
        filter.set(session("sales"));

        assertThat(health.stuckAfterErrorProperty().get())
                .isEqualTo("invalid stuck-after=5 minutes: expected a duration such as 90s, 30m, 1h or 1h30m");
        assertThat(source.healthQueries()).hasSize(1);

        health.stuckAfterTextProperty().set("0s");

        assertThat(health.stuckAfterErrorProperty().get()).contains("greater than zero");
        assertThat(source.healthQueries()).hasSize(1);

        health.stuckAfterTextProperty().set("1h30m");

        assertThat(health.stuckAfterErrorProperty().get()).isEmpty();
        assertThat(source.asked).extracting(FakeTraceSource.Asked::stuckAfter)
                .containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(90));
        assertThat(source.healthQueries()).last().isEqualTo(session("sales"));
        assertThat(health.tiles()).contains(new Tile("Stuck", "2", "not delivered within 1h30m", true));
    }

    @Test
    void the_field_starts_from_the_configured_threshold_or_the_default_when_the_variable_is_no_duration() {
        DeliveryHealthViewModel configured = new DeliveryHealthViewModel(executor, sources, filter,
                () -> Duration.ofMinutes(15), (eventId, sessionId, messageId) -> { });
        DeliveryHealthViewModel misconfigured = new DeliveryHealthViewModel(executor, sources, filter, () -> {
            throw new ConfigException("invalid WHATSAPP_TRACE_STUCK_AFTER=soon: expected a duration such as 90s");
        }, (eventId, sessionId, messageId) -> { });

        assertThat(configured.stuckAfterTextProperty().get()).isEqualTo("15m");
        assertThat(misconfigured.stuckAfterTextProperty().get()).isEqualTo("5m");
        assertThat(misconfigured.stuckAfter()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void while_measuring_it_counts_the_messages_seen() {
        List<String> shownMeanwhile = new ArrayList<>();
        source.whileMeasuring = progress -> {
            progress.accept(1_000);
            shownMeanwhile.add(health.stateTextProperty().get());
            progress.accept(25_000);
            shownMeanwhile.add(health.stateTextProperty().get());
            shownMeanwhile.add(health.stateProperty().get().name());
        };

        health.open();

        assertThat(shownMeanwhile).containsExactly("Measuring delivery health… 1,000 messages so far",
                "Measuring delivery health… 25,000 messages so far", "LOADING");
        assertThat(health.stateTextProperty().get()).isEqualTo("1,550 messages");
    }

    @Test
    void figures_from_a_scan_say_so_and_whether_it_stopped_at_its_bound() {
        source.health = withScan(HealthFixtures.healthy(), true, false);
        health.open();

        assertThat(health.scanNoteProperty().get()).isEqualTo("No message index in a gateway's database: measured "
                + "by scanning the filter's events");

        source.health = withScan(HealthFixtures.healthy(), true, true);
        health.reload();

        assertThat(health.scanNoteProperty().get()).endsWith(", up to the scan's bound: the oldest messages of the "
                + "range are not counted");
    }

    private static DeliveryHealth withScan(DeliveryHealth health, boolean scanned, boolean truncated) {
        return new DeliveryHealth(health.outgoing(), health.incoming(), health.delivered(), health.read(),
                health.failed(), health.stuck(), health.pending(), health.orphanReceipts(), health.timeToDeliveredMs(),
                health.timeToReadMs(), health.timeToDelivered(), health.disconnected(), health.problems(),
                health.problemCount(), scanned, truncated);
    }

    @Test
    void a_failure_shows_its_message() {
        source.failure = new StoreException("cannot read events.db: database is locked");

        health.open();

        assertThat(health.stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(health.stateTextProperty().get())
                .isEqualTo("Measuring delivery health failed: cannot read events.db: database is locked");
    }

    @Test
    void without_a_store_it_waits_for_one_and_measures_when_it_opens() {
        sources.set(null);
        health.open();

        assertThat(health.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(health.stateTextProperty().get()).isEqualTo("Open a store to see its delivery health");

        sources.set(source);

        assertThat(health.stateProperty().get()).isEqualTo(State.SHOWN);
    }

    @Test
    void opening_a_problem_traces_its_message_with_the_windows_threshold() {
        health.open();
        health.stuckAfterTextProperty().set("2m");
        assertThat(health.trace().stateTextProperty().get()).isEqualTo("Double-click a problem message to see its "
                + "trace");

        health.openProblem(HealthFixtures.STUCK);

        assertThat(health.trace().stateProperty().get()).isEqualTo(TraceViewModel.State.SHOWN);
        assertThat(health.trace().titleProperty().get()).isEqualTo("Message 3EB0STUCK · session sales");
        assertThat(source.asked).last().isEqualTo(new FakeTraceSource.Asked("3EB0STUCK",
                Optional.of("sales"), null, Duration.ofMinutes(2)));
    }
}
