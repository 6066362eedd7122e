package io.eventinspector.ui.trace;

import static io.eventinspector.ui.trace.TraceFixtures.DELIVERED;
import static io.eventinspector.ui.trace.TraceFixtures.MESSAGE;
import static io.eventinspector.ui.trace.TraceFixtures.PRESENCE;
import static io.eventinspector.ui.trace.TraceFixtures.READ_OF_THREE;
import static io.eventinspector.ui.trace.TraceFixtures.SENT;
import static io.eventinspector.ui.trace.TraceFixtures.SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventinspector.config.ConfigException;
import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.Event;
import io.eventinspector.store.StoreException;
import io.eventinspector.trace.AmbiguousMessageException;
import io.eventinspector.trace.Anomaly;
import io.eventinspector.trace.AnomalyKind;
import io.eventinspector.trace.Direction;
import io.eventinspector.trace.MessageTrace;
import io.eventinspector.trace.ParticipantStatus;
import io.eventinspector.trace.TraceStep;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import io.eventinspector.ui.trace.TraceViewModel.State;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TraceViewModelTest {
    private static final Duration STUCK_AFTER = Duration.ofMinutes(7);

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final FakeTraceSource source = new FakeTraceSource().add(TraceFixtures.delayedByADisconnect())
            .add(TraceFixtures.sentOnly("3EB0FIRST")).add(TraceFixtures.sentOnly("3EB0THIRD"));
    private final SimpleObjectProperty<TraceSource> sources = new SimpleObjectProperty<>(source);
    private final List<String> selected = new ArrayList<>();
    private final TraceViewModel trace = new TraceViewModel(executor, sources, () -> STUCK_AFTER,
            (eventId, sessionId, messageId) -> selected.add(eventId + " of " + sessionId + "/" + messageId));

    @BeforeEach
    void showTheTab() {
        trace.activeProperty().set(true);
    }

    @Test
    void an_event_that_names_no_message_is_not_about_a_message() {
        trace.eventProperty().set(PRESENCE);

        assertThat(trace.stateProperty().get()).isEqualTo(State.NOT_A_MESSAGE);
        assertThat(trace.stateTextProperty().get()).isEqualTo("This event is not about a message");
        assertThat(trace.messageIds()).isEmpty();
        assertThat(source.asked).isEmpty();
    }

    @Test
    void a_message_event_shows_the_status_delays_anomalies_and_a_timeline_with_the_connection() {
        trace.eventProperty().set(SENT);

        assertThat(source.asked).containsExactly(new FakeTraceSource.Asked(MESSAGE, Optional.of(SESSION), null,
                STUCK_AFTER));
        assertThat(trace.stateProperty().get()).isEqualTo(State.SHOWN);
        assertThat(trace.stateTextProperty().get()).isEmpty();
        assertThat(trace.messageIds()).containsExactly(MESSAGE);
        assertThat(trace.titleProperty().get()).isEqualTo("Message 3EB0AAA · session sales");
        assertThat(trace.statusProperty().get()).isEqualTo("read");
        assertThat(trace.factsProperty().get()).isEqualTo("outgoing · chat 4915112345678@s.whatsapp.net"
                + " · delivered after 12 m 3 s · read after 15 m");
        assertThat(trace.anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.DISCONNECTED);
        assertThat(trace.scannedProperty().get()).isFalse();
        assertThat(trace.participants()).isEmpty();
        assertThat(trace.timeline()).containsExactly(
                new TimelineRow(Optional.of("evt_sent"), StepKind.SENT, "2026-11-26 10:00:00.000", "+0 ms",
                        "message.sent", "", false),
                new TimelineRow(Optional.empty(), StepKind.DISCONNECTED, "2026-11-26 10:00:30.000", "+30 s",
                        "session disconnected", "", true),
                new TimelineRow(Optional.empty(), StepKind.CONNECTED, "2026-11-26 10:12:00.000", "+12 m",
                        "session connected again after 11 m 30 s", "", false),
                new TimelineRow(Optional.of("evt_delivered"), StepKind.DELIVERED, "2026-11-26 10:12:03.500",
                        "+12 m 3 s", "message.delivered", "from 4915112345678@s.whatsapp.net", false),
                new TimelineRow(Optional.of("evt_read"), StepKind.READ, "2026-11-26 10:15:00.000", "+15 m",
                        "message.read", "from 4915112345678@s.whatsapp.net", false));
    }

    @Test
    void a_step_while_the_session_was_disconnected_is_marked_on_the_band() {
        MessageTrace lost = withSteps(TraceFixtures.delayedByADisconnect(), List.of(
                TraceFixtures.step(SENT, DeliveryStatus.SENT, null, 0),
                TraceFixtures.step(new Event("evt_failed", "message.failed", SESSION, "{}",
                        TraceFixtures.SENT_AT.plusSeconds(60)), DeliveryStatus.FAILED, null, 60_000)));
        source.add(lost);

        trace.eventProperty().set(SENT);

        assertThat(trace.timeline()).extracting(TimelineRow::kind, TimelineRow::disconnected).containsExactly(
                tuple(StepKind.SENT, false),
                tuple(StepKind.DISCONNECTED, true),
                tuple(StepKind.FAILED, true),
                tuple(StepKind.CONNECTED, false));
    }

    @Test
    void a_receipt_covering_several_messages_offers_each_and_traces_the_first_until_another_is_chosen() {
        trace.eventProperty().set(READ_OF_THREE);

        assertThat(trace.messageIds()).containsExactly("3EB0FIRST", MESSAGE, "3EB0THIRD");
        assertThat(trace.chosenMessageIdProperty().get()).isEqualTo("3EB0FIRST");
        assertThat(trace.titleProperty().get()).isEqualTo("Message 3EB0FIRST · session sales");

        trace.choose(MESSAGE);

        assertThat(trace.chosenMessageIdProperty().get()).isEqualTo(MESSAGE);
        assertThat(trace.titleProperty().get()).isEqualTo("Message 3EB0AAA · session sales");
        assertThat(source.tracedIds()).containsExactly("3EB0FIRST", MESSAGE);

        trace.choose("3EB0NOT-IN-THE-RECEIPT");

        assertThat(trace.chosenMessageIdProperty().get()).isEqualTo(MESSAGE);
        assertThat(source.tracedIds()).hasSize(2);
    }

    @Test
    void stepping_to_another_event_of_the_message_on_screen_keeps_its_trace_and_marks_the_event() {
        trace.eventProperty().set(SENT);
        trace.eventProperty().set(READ_OF_THREE);

        // The receipt names three messages; the one on screen is among them, so it stays chosen.
        assertThat(trace.chosenMessageIdProperty().get()).isEqualTo(MESSAGE);
        assertThat(trace.messageIds()).containsExactly("3EB0FIRST", MESSAGE, "3EB0THIRD");
        assertThat(trace.selectedEventIdProperty().get()).isEqualTo("evt_read");
        assertThat(trace.stateProperty().get()).isEqualTo(State.SHOWN);
        assertThat(source.tracedIds()).containsExactly(MESSAGE);

        trace.refresh();

        assertThat(source.tracedIds()).containsExactly(MESSAGE, MESSAGE);
    }

    @Test
    void a_message_without_events_in_the_store_is_not_found() {
        trace.eventProperty().set(new Event("evt_x", "message.sent", SESSION, "{\"message_id\":\"3EB0GONE\"}",
                TraceFixtures.SENT_AT));

        assertThat(trace.stateProperty().get()).isEqualTo(State.NOT_FOUND);
        assertThat(trace.stateTextProperty().get()).isEqualTo("No event of message 3EB0GONE in session sales");
        assertThat(trace.timeline()).isEmpty();
    }

    @Test
    void a_failure_shows_its_message_and_no_stack_trace() {
        source.failure = new StoreException("cannot read events.db: database is locked");

        trace.eventProperty().set(SENT);

        assertThat(trace.stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(trace.stateTextProperty().get())
                .isEqualTo("Tracing message 3EB0AAA failed: cannot read events.db: database is locked");

        source.failure = new AmbiguousMessageException(MESSAGE, List.of("sales", "support"));
        trace.refresh();

        assertThat(trace.stateTextProperty().get()).isEqualTo("Tracing message 3EB0AAA failed: message 3EB0AAA is "
                + "in 2 sessions (sales, support): name one with the session id");

        source.failure = new IllegalStateException("a bug");
        trace.refresh();

        assertThat(trace.stateTextProperty().get()).isEqualTo("Tracing message 3EB0AAA failed: unexpected failure "
                + "(IllegalStateException); details are in the log").doesNotContain("at io.");
    }

    @Test
    void a_stuck_after_variable_that_is_no_duration_fails_the_trace_with_its_message() {
        TraceViewModel misconfigured = new TraceViewModel(executor, sources, () -> {
            throw new ConfigException("invalid WHATSAPP_TRACE_STUCK_AFTER=soon: expected a duration such as 90s");
        }, (eventId, sessionId, messageId) -> { });
        misconfigured.activeProperty().set(true);

        misconfigured.eventProperty().set(SENT);

        assertThat(misconfigured.stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(misconfigured.stateTextProperty().get()).isEqualTo("Tracing message 3EB0AAA failed: invalid "
                + "WHATSAPP_TRACE_STUCK_AFTER=soon: expected a duration such as 90s");
    }

    @Test
    void while_tracing_it_says_so_and_a_new_selection_cancels_the_previous_one() {
        executor.hold();
        trace.eventProperty().set(SENT);
        executor.runNext(); // the ids are read; the trace is queued

        assertThat(trace.stateProperty().get()).isEqualTo(State.LOADING);
        assertThat(trace.stateTextProperty().get()).isEqualTo("Tracing message 3EB0AAA…");
        assertThat(trace.loadingProperty().get()).isTrue();

        trace.eventProperty().set(PRESENCE);
        executor.runAll();

        assertThat(source.asked).isEmpty();
        assertThat(trace.stateProperty().get()).isEqualTo(State.NOT_A_MESSAGE);
        assertThat(trace.loadingProperty().get()).isFalse();
    }

    @Test
    void nothing_is_read_or_traced_while_the_tab_is_not_showing() {
        trace.activeProperty().set(false);
        trace.eventProperty().set(PRESENCE);
        trace.eventProperty().set(SENT);

        assertThat(source.asked).isEmpty();
        assertThat(trace.stateProperty().get()).isEqualTo(State.IDLE);

        trace.activeProperty().set(true);

        assertThat(source.tracedIds()).containsExactly(MESSAGE);
        assertThat(trace.stateProperty().get()).isEqualTo(State.SHOWN);
    }

    @Test
    void clicking_a_step_asks_the_table_to_select_its_event_and_a_connection_row_asks_nothing() {
        trace.eventProperty().set(SENT);

        trace.open(trace.timeline().get(1)); // session disconnected
        trace.open(trace.timeline().get(3)); // delivered

        assertThat(selected).containsExactly("evt_delivered of sales/3EB0AAA");
    }

    @Test
    void a_trace_by_scanning_a_gateways_database_says_so() {
        source.add(scanned(TraceFixtures.delayedByADisconnect()));

        trace.eventProperty().set(SENT);

        assertThat(trace.scannedProperty().get()).isTrue();
        assertThat(TraceViewModel.SCANNED_NOTE).isEqualTo("No message index in a gateway's database: traced by "
                + "scanning the session's events around the message");
    }

    @Test
    void a_group_message_shows_each_participants_status_and_an_orphan_says_its_message_is_missing() {
        MessageTrace group = TraceFixtures.delayedByADisconnect();
        source.add(new MessageTrace(group.messageId(), group.sessionId(), Optional.of("team@g.us"), Optional.empty(),
                DeliveryStatus.DELIVERED, OptionalLong.empty(), OptionalLong.empty(), group.events().subList(1, 2),
                List.of(new Anomaly(AnomalyKind.ORPHAN, "no message event for this receipt")),
                List.of(TraceFixtures.participant("alice@s.whatsapp.net", DeliveryStatus.DELIVERED, 1_250),
                        new ParticipantStatus("bob@s.whatsapp.net", DeliveryStatus.SENT, OptionalLong.empty(),
                                OptionalLong.empty())),
                List.of(), false));

        trace.eventProperty().set(SENT);

        assertThat(trace.factsProperty().get()).isEqualTo("its message event is not in the store (cut by retention, "
                + "or never emitted) · chat team@g.us");
        assertThat(trace.participants()).containsExactly(
                "alice@s.whatsapp.net · delivered · delivered after 1.2 s",
                "bob@s.whatsapp.net · sent");
    }

    @Test
    void another_store_clears_the_trace_and_traces_the_selected_event_there() {
        trace.eventProperty().set(SENT);
        FakeTraceSource other = new FakeTraceSource();

        sources.set(other);

        assertThat(trace.stateProperty().get()).isEqualTo(State.NOT_FOUND);
        assertThat(other.tracedIds()).containsExactly(MESSAGE);

        sources.set(null);
        trace.eventProperty().set(DELIVERED);

        assertThat(trace.stateProperty().get()).isEqualTo(State.ERROR);
        assertThat(trace.stateTextProperty().get()).isEqualTo("No store is open");
    }

    @Test
    void the_health_windows_trace_shows_a_message_without_an_event() {
        trace.showMessage(SESSION, MESSAGE);

        assertThat(trace.stateProperty().get()).isEqualTo(State.SHOWN);
        assertThat(trace.messageIds()).containsExactly(MESSAGE);
        assertThat(trace.traceProperty().get().direction()).contains(Direction.OUTGOING);
    }

    private static MessageTrace withSteps(MessageTrace trace, List<TraceStep> steps) {
        return new MessageTrace(trace.messageId(), trace.sessionId(), trace.chatId(), trace.direction(),
                DeliveryStatus.FAILED, OptionalLong.empty(), OptionalLong.empty(), steps, trace.anomalies(),
                trace.participants(), trace.disconnected(), trace.scanned());
    }

    private static MessageTrace scanned(MessageTrace trace) {
        return new MessageTrace(trace.messageId(), trace.sessionId(), trace.chatId(), trace.direction(),
                trace.status(), trace.timeToDeliveredMs(), trace.timeToReadMs(), trace.events(), trace.anomalies(),
                trace.participants(), trace.disconnected(), true);
    }
}
