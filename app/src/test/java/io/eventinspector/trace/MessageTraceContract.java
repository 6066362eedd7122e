package io.eventinspector.trace;

import static io.eventinspector.trace.TraceScenario.A;
import static io.eventinspector.trace.TraceScenario.AMBIGUOUS;
import static io.eventinspector.trace.TraceScenario.B;
import static io.eventinspector.trace.TraceScenario.C;
import static io.eventinspector.trace.TraceScenario.D;
import static io.eventinspector.trace.TraceScenario.DISCONNECTED_FROM;
import static io.eventinspector.trace.TraceScenario.DISCONNECTED_UNTIL;
import static io.eventinspector.trace.TraceScenario.F;
import static io.eventinspector.trace.TraceScenario.G;
import static io.eventinspector.trace.TraceScenario.GROUP;
import static io.eventinspector.trace.TraceScenario.I;
import static io.eventinspector.trace.TraceScenario.O;
import static io.eventinspector.trace.TraceScenario.P;
import static io.eventinspector.trace.TraceScenario.P1;
import static io.eventinspector.trace.TraceScenario.P2;
import static io.eventinspector.trace.TraceScenario.PEER;
import static io.eventinspector.trace.TraceScenario.S;
import static io.eventinspector.trace.TraceScenario.S1_NEWEST;
import static io.eventinspector.trace.TraceScenario.STUCK_AFTER;
import static io.eventinspector.trace.TraceScenario.T0;
import static io.eventinspector.trace.TraceScenario.W;
import static io.eventinspector.trace.TraceScenario.X;
import static io.eventinspector.trace.TraceScenario.min;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.EventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Traces and health of {@link TraceScenario} over a real store: through the message index on a store of our own,
 * by a bounded scan on a gateway's own table; the figures are the same either way. One subclass per database and
 * kind of store.
 */
public abstract class MessageTraceContract {
    /** A store holding exactly {@code events}; the subclass closes it after the test. */
    protected abstract EventStore storeWith(List<Event> events) throws Exception;

    /** Whether the store keeps the message index (ours) or is scanned (a gateway's). */
    protected abstract boolean indexed();

    private MessageTraces traces() throws Exception {
        return new MessageTraces(storeWith(TraceScenario.events()));
    }

    private MessageTrace trace(MessageTraces traces, String messageId) {
        return traces.trace(messageId, Optional.empty(), STUCK_AFTER).orElseThrow();
    }

    @Test
    void aReadMessageHasItsEventsOldestFirstWithDelaysAndNoAnomaly() throws Exception {
        MessageTrace trace = trace(traces(), A);

        assertThat(trace.sessionId()).isEqualTo("s1");
        assertThat(trace.chatId()).contains(PEER);
        assertThat(trace.direction()).contains(Direction.OUTGOING);
        assertThat(trace.status()).isEqualTo(DeliveryStatus.READ);
        assertThat(trace.timeToDeliveredMs()).hasValue(1_200);
        assertThat(trace.timeToReadMs()).hasValue(TraceScenario.A_READ_MS);
        assertThat(trace.events()).extracting(TraceStep::id).containsExactly("e-a1", "e-ab2", "e-a3");
        assertThat(trace.events()).extracting(TraceStep::sinceMessageMs).containsExactly(OptionalLong.of(0),
                OptionalLong.of(1_200), OptionalLong.of(TraceScenario.A_READ_MS));
        assertThat(trace.anomalies()).isEmpty();
        // The session's disconnect lies within the trace's span (the band) but after the delivery (no anomaly).
        assertThat(trace.disconnected()).containsExactly(new Interval(DISCONNECTED_FROM,
                Optional.of(DISCONNECTED_UNTIL), "s1"));
        assertThat(trace.scanned()).isEqualTo(!indexed());
    }

    @Test
    void aReceiptCoveringSeveralMessagesDeliversEachOfThem() throws Exception {
        MessageTraces traces = traces();

        assertThat(trace(traces, B).events()).extracting(TraceStep::id).containsExactly("e-b1", "e-ab2");
        assertThat(trace(traces, B).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(trace(traces, B).timeToDeliveredMs()).hasValue(700);
    }

    @Test
    void everyStatusOfTheLadder() throws Exception {
        MessageTraces traces = traces();

        assertThat(trace(traces, C).status()).isEqualTo(DeliveryStatus.PLAYED);
        assertThat(trace(traces, C).timeToReadMs()).hasValue(90_000 - 60_000);
        assertThat(trace(traces, F).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(trace(traces, I).status()).isEqualTo(DeliveryStatus.RECEIVED);
        assertThat(trace(traces, I).direction()).contains(Direction.INCOMING);
        assertThat(trace(traces, S).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(traces.trace(P, Optional.of("s2"), STUCK_AFTER).orElseThrow().status())
                .isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aFailureShowsTheGatewaysReason() throws Exception {
        assertThat(trace(traces(), F).anomalies()).containsExactly(new Anomaly(AnomalyKind.FAILED,
                "The gateway reported a failure: recipient is not on WhatsApp (463)"));
    }

    @Test
    void aGroupMessageHasEachParticipantsStatus() throws Exception {
        MessageTrace trace = trace(traces(), G);

        assertThat(trace.chatId()).contains(GROUP);
        assertThat(trace.status()).isEqualTo(DeliveryStatus.READ);
        assertThat(trace.participants()).containsExactly(
                new ParticipantStatus(P1, DeliveryStatus.READ, OptionalLong.of(1_000), OptionalLong.of(10_000)),
                new ParticipantStatus(P2, DeliveryStatus.DELIVERED, OptionalLong.of(5_000), OptionalLong.empty()));
    }

    @Test
    void outOfOrderAndDuplicateReceipts() throws Exception {
        MessageTraces traces = traces();

        assertThat(trace(traces, O).anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.OUT_OF_ORDER);
        assertThat(trace(traces, O).timeToDeliveredMs()).hasValue(2_000);
        assertThat(trace(traces, D).anomalies()).containsExactly(new Anomaly(AnomalyKind.DUPLICATE,
                "message.delivered from " + PEER + " is stored 2 times"));
    }

    @Test
    void receiptsWithoutTheirMessageAreAnOrphan() throws Exception {
        MessageTrace trace = trace(traces(), X);

        assertThat(trace.direction()).isEmpty();
        assertThat(trace.status()).isEqualTo(DeliveryStatus.READ);
        assertThat(trace.events()).extracting(TraceStep::sinceMessageMs).containsOnly(OptionalLong.empty());
        assertThat(trace.anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.ORPHAN);
    }

    @Test
    void aDisconnectBeforeTheDeliveryAndAStuckMessage() throws Exception {
        MessageTraces traces = traces();

        assertThat(trace(traces, W).anomalies()).containsExactly(new Anomaly(AnomalyKind.DISCONNECTED,
                "The session was disconnected from 2026-02-03T10:08:10Z until 2026-02-03T10:20:00Z, before it was "
                        + "delivered"));
        assertThat(trace(traces, S).anomalies()).containsExactly(new Anomaly(AnomalyKind.STUCK,
                "Not delivered 5 m after it was sent, though the session has events until 2026-02-03T21:00:00Z"));
        MessageTrace sentWhileOffline = traces.trace(AMBIGUOUS, Optional.of("s1"), STUCK_AFTER).orElseThrow();
        assertThat(sentWhileOffline.anomalies()).extracting(Anomaly::kind)
                .containsExactly(AnomalyKind.STUCK, AnomalyKind.DISCONNECTED);
        // Sent while offline: the interval starts at the first disconnect (connection.closed), as in the health.
        assertThat(sentWhileOffline.disconnected()).containsExactly(new Interval(DISCONNECTED_FROM,
                Optional.of(DISCONNECTED_UNTIL), "s1"));
    }

    @Test
    void stuckOnlyWhenTheSessionsDataGoesPastTheThresholdByAMillisecond() throws Exception {
        Instant sent = T0;
        Event message = TraceScenario.sent("e-1", "s3", sent, S, PEER);
        MessageTraces atThreshold = new MessageTraces(storeWith(List.of(message,
                TraceScenario.event("e-2", "presence.update", "s3", sent.plus(STUCK_AFTER), "{}"))));
        MessageTraces past = new MessageTraces(storeWith(List.of(message,
                TraceScenario.event("e-2", "presence.update", "s3", sent.plus(STUCK_AFTER).plusMillis(1), "{}"))));

        assertThat(trace(atThreshold, S).anomalies()).isEmpty();
        assertThat(trace(past, S).anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.STUCK);
        assertThat(atThreshold.health(EventQuery.all(), STUCK_AFTER, seen -> { }).pending()).isEqualTo(1);
        assertThat(past.health(EventQuery.all(), STUCK_AFTER, seen -> { }).stuck()).isEqualTo(1);
        assertThat(past.health(EventQuery.all(), STUCK_AFTER.plusMillis(1), seen -> { }).pending()).isEqualTo(1);
    }

    @Test
    void anIdInTwoSessionsNeedsOneNamedAndAnUnknownIdHasNoTrace() throws Exception {
        MessageTraces traces = traces();

        assertThatThrownBy(() -> traces.trace(AMBIGUOUS, Optional.empty(), STUCK_AFTER))
                .isInstanceOfSatisfying(AmbiguousMessageException.class, e ->
                        assertThat(e.sessionIds()).containsExactly("s1", "s2"));
        assertThat(traces.trace(AMBIGUOUS, Optional.of("s2"), STUCK_AFTER).orElseThrow().direction())
                .contains(Direction.INCOMING);
        assertThat(traces.trace("3EB0NOTSTORED0000", Optional.empty(), STUCK_AFTER)).isEmpty();
        assertThat(traces.trace(A, Optional.of("s2"), STUCK_AFTER)).isEmpty();
    }

    @Test
    void healthCountsEveryMessageOnceByItsStatus() throws Exception {
        List<Long> progress = new ArrayList<>();
        DeliveryHealth health = traces().health(EventQuery.all(), STUCK_AFTER, progress::add);

        assertThat(health.outgoing()).isEqualTo(11);
        assertThat(health.incoming()).isEqualTo(2);
        assertThat(health.delivered()).isEqualTo(7);
        assertThat(health.read()).isEqualTo(4);
        assertThat(health.failed()).isEqualTo(1);
        assertThat(health.stuck()).isEqualTo(2);
        assertThat(health.pending()).isEqualTo(1);
        assertThat(health.orphanReceipts()).isEqualTo(2);
        assertThat(health.timeToDeliveredMs()).isEqualTo(new Percentiles(OptionalLong.of(1_200),
                OptionalLong.of(TraceScenario.W_DELIVERED_MS - 8 * 60_000), OptionalLong.of(780_000)));
        assertThat(health.timeToReadMs()).isEqualTo(new Percentiles(OptionalLong.of(10_000),
                OptionalLong.of(TraceScenario.A_READ_MS), OptionalLong.of(TraceScenario.A_READ_MS)));
        assertThat(health.timeToDelivered()).extracting(DelayBucket::messages)
                .containsExactly(3L, 3L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L);
        assertThat(health.disconnected()).containsExactly(new Interval(DISCONNECTED_FROM,
                Optional.of(DISCONNECTED_UNTIL), "s1"));
        assertThat(health.problems()).extracting(HealthProblem::messageId).containsExactly(F, AMBIGUOUS, S, W, X);
        assertThat(health.problems()).extracting(HealthProblem::anomalies).containsExactly(
                List.of(AnomalyKind.FAILED), List.of(AnomalyKind.STUCK, AnomalyKind.DISCONNECTED),
                List.of(AnomalyKind.STUCK), List.of(AnomalyKind.DISCONNECTED), List.of(AnomalyKind.ORPHAN));
        assertThat(health.problems().get(0).sentAt()).contains(min(2));
        assertThat(health.problems().get(4).sentAt()).isEmpty();
        assertThat(health.problems().get(4).status()).isEqualTo(DeliveryStatus.READ);
        assertThat(health.problemCount()).isEqualTo(5);
        assertThat(health.scanned()).isEqualTo(!indexed());
        assertThat(health.truncated()).isFalse();
        assertThat(progress).isNotEmpty();
    }

    @Test
    void healthFollowsTheSessionTimeRangeAndTypeFilters() throws Exception {
        MessageTraces traces = traces();

        DeliveryHealth s2 = traces.health(EventQuery.builder().sessionId("s2").build(), STUCK_AFTER, seen -> { });
        DeliveryHealth range = traces.health(EventQuery.builder().since(min(4)).until(min(6)).build(), STUCK_AFTER,
                seen -> { });
        DeliveryHealth incoming = traces.health(EventQuery.builder().type("message.received").build(), STUCK_AFTER,
                seen -> { });
        DeliveryHealth late = traces.health(EventQuery.builder().since(S1_NEWEST.minus(Duration.ofMinutes(1)))
                .build(), STUCK_AFTER, seen -> { });

        assertThat(List.of(s2.outgoing(), s2.incoming(), s2.pending(), s2.orphanReceipts()))
                .containsExactly(1L, 1L, 1L, 0L);
        assertThat(s2.disconnected()).isEmpty();
        assertThat(List.of(range.outgoing(), range.incoming(), range.delivered())).containsExactly(2L, 1L, 2L);
        assertThat(List.of(incoming.outgoing(), incoming.incoming())).containsExactly(0L, 2L);
        assertThat(late.outgoing()).isZero();
        assertThat(late.disconnected()).isEmpty();
    }
}
