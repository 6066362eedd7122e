package io.eventinspector.trace;

import static io.eventinspector.trace.FixedTimeline.interval;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.Event;
import io.eventinspector.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The trace's logic over hand-made events, with the session's facts given by hand. */
class TraceBuilderTest {
    private static final String ID = "3EB0C767D26A1B2C3D4E";
    private static final String PEER = "4915112345678@s.whatsapp.net";
    private static final String GROUP = "120363021234567890@g.us";
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private FixedTimeline timeline = new FixedTimeline(null);

    @Test
    void anOutgoingMessageReadAfterItsDeliveryHasBothDelaysAndNoAnomaly() {
        MessageTrace trace = trace(
                sent("e1", "2026-02-03T10:00:00Z"),
                receipt("e2", "message.delivered", "2026-02-03T10:00:01.200Z", PEER),
                receipt("e3", "message.read", "2026-02-03T20:57:00Z", PEER));

        assertThat(trace.direction()).contains(Direction.OUTGOING);
        assertThat(trace.status()).isEqualTo(DeliveryStatus.READ);
        assertThat(trace.chatId()).contains(PEER);
        assertThat(trace.timeToDeliveredMs()).hasValue(1_200);
        assertThat(trace.timeToReadMs()).hasValue(39_420_000);
        assertThat(trace.events()).extracting(TraceStep::id).containsExactly("e1", "e2", "e3");
        assertThat(trace.events()).extracting(TraceStep::sinceMessageMs)
                .containsExactly(OptionalLong.of(0), OptionalLong.of(1_200), OptionalLong.of(39_420_000));
        assertThat(trace.events()).extracting(TraceStep::status).containsExactly(Optional.of(DeliveryStatus.SENT),
                Optional.of(DeliveryStatus.DELIVERED), Optional.of(DeliveryStatus.READ));
        assertThat(trace.events().get(1).from()).contains(PEER);
        assertThat(trace.anomalies()).isEmpty();
        assertThat(trace.participants()).isEmpty();
        assertThat(trace.scanned()).isFalse();
    }

    @Test
    void eventsInAnyOrderAreTracedOldestFirstWithTheMessageBeforeAReceiptOfTheSameMillisecond() {
        MessageTrace trace = trace(
                receipt("a-receipt", "message.delivered", "2026-02-03T10:00:00Z", PEER),
                sent("z-message", "2026-02-03T10:00:00Z"));

        assertThat(trace.events()).extracting(TraceStep::id).containsExactly("z-message", "a-receipt");
        assertThat(trace.timeToDeliveredMs()).hasValue(0);
    }

    @Test
    void aVoiceNotePlayedReachesTheTopOfTheLadderAndPlayedCountsAsRead() {
        MessageTrace trace = trace(
                sent("e1", "2026-02-03T10:00:00Z"),
                receipt("e2", "message.delivered", "2026-02-03T10:00:02Z", PEER),
                receipt("e3", "message.played", "2026-02-03T10:01:00Z", PEER));

        assertThat(trace.status()).isEqualTo(DeliveryStatus.PLAYED);
        assertThat(trace.timeToReadMs()).hasValue(60_000);
    }

    @Test
    void anIncomingMessageIsNeverStuckAndTakesItsChatFromTheSender() {
        timeline = new FixedTimeline("2026-02-04T10:00:00Z");
        MessageTrace trace = trace(new Event("e1", "message.received", "s1",
                "{\"key\":{\"id\":\"" + ID + "\"},\"from\":\"" + PEER + "\"}", Instant.parse("2026-02-03T10:00:00Z")));

        assertThat(trace.direction()).contains(Direction.INCOMING);
        assertThat(trace.status()).isEqualTo(DeliveryStatus.RECEIVED);
        assertThat(trace.chatId()).contains(PEER);
        assertThat(trace.timeToDeliveredMs()).isEmpty();
        assertThat(trace.anomalies()).isEmpty();
    }

    @Test
    void aFailureShowsItsReasonAndOutranksEveryOtherStatusButIsNotStuck() {
        timeline = new FixedTimeline("2026-02-04T10:00:00Z");
        MessageTrace trace = trace(
                sent("e1", "2026-02-03T10:00:00Z"),
                receipt("e2", "message.read", "2026-02-03T10:00:05Z", PEER),
                event("e3", "message.failed", "2026-02-03T10:00:09Z",
                        "{\"message_ids\":[\"" + ID + "\"],\"from\":\"" + PEER + "\",\"error\":{\"code\":463,"
                                + "\"reason\":\"recipient is not on WhatsApp\"}}"));

        assertThat(trace.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(trace.anomalies()).containsExactly(new Anomaly(AnomalyKind.FAILED,
                "The gateway reported a failure: recipient is not on WhatsApp (463)"));
    }

    @Test
    void aFailureWithoutDeliveryIsFailedNotStuckAndReadsATextualErrorOrAReason() {
        timeline = new FixedTimeline("2026-02-04T10:00:00Z");
        MessageTrace textual = trace(sent("e1", "2026-02-03T10:00:00Z"), event("e2", "message.failed",
                "2026-02-03T10:00:01Z", "{\"message_id\":\"" + ID + "\",\"error\":\"timed out\"}"));
        MessageTrace reason = trace(sent("e1", "2026-02-03T10:00:00Z"), event("e2", "message.failed",
                "2026-02-03T10:00:01Z", "{\"message_id\":\"" + ID + "\",\"reason\":\"blocked\"}"));
        MessageTrace none = trace(sent("e1", "2026-02-03T10:00:00Z"), event("e2", "message.failed",
                "2026-02-03T10:00:01Z", "{\"message_id\":\"" + ID + "\"}"));

        assertThat(textual.anomalies()).extracting(Anomaly::message)
                .containsExactly("The gateway reported a failure: timed out");
        assertThat(reason.anomalies()).extracting(Anomaly::message)
                .containsExactly("The gateway reported a failure: blocked");
        assertThat(none.anomalies()).extracting(Anomaly::message)
                .containsExactly("The gateway reported a failure without a reason");
    }

    @Test
    void anUndeliveredMessageIsPendingWhileTheDataEndsAtTheThresholdAndStuckOneMillisecondAfter() {
        Event message = sent("e1", "2026-02-03T10:00:00Z");

        timeline = new FixedTimeline("2026-02-03T10:05:00Z");
        MessageTrace atThreshold = trace(message);
        timeline = new FixedTimeline("2026-02-03T10:05:00.001Z");
        MessageTrace past = trace(message);
        timeline = new FixedTimeline(null);
        MessageTrace noSessionEvents = trace(message);

        assertThat(atThreshold.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(atThreshold.anomalies()).isEmpty();
        assertThat(noSessionEvents.anomalies()).isEmpty();
        assertThat(past.anomalies()).containsExactly(new Anomaly(AnomalyKind.STUCK,
                "Not delivered 5 m after it was sent, though the session has events until 2026-02-03T10:05:00.001Z"));
    }

    @Test
    void aDeliveredMessageIsNeverStuckHoweverLateTheDelivery() {
        timeline = new FixedTimeline("2026-02-05T00:00:00Z");
        MessageTrace trace = trace(sent("e1", "2026-02-03T10:00:00Z"),
                receipt("e2", "message.delivered", "2026-02-03T20:57:00Z", PEER));

        assertThat(trace.anomalies()).isEmpty();
        assertThat(trace.timeToDeliveredMs()).hasValue(39_420_000);
    }

    @Test
    void aDeliveryStoredAfterTheReadIsOutOfOrderAndTheReadCountsAsTheFirstDelivery() {
        MessageTrace trace = trace(
                sent("e1", "2026-02-03T10:00:00Z"),
                receipt("e2", "message.read", "2026-02-03T10:00:02Z", PEER),
                receipt("e3", "message.delivered", "2026-02-03T10:00:03Z", PEER));

        assertThat(trace.status()).isEqualTo(DeliveryStatus.READ);
        assertThat(trace.timeToDeliveredMs()).hasValue(2_000);
        assertThat(trace.anomalies()).containsExactly(new Anomaly(AnomalyKind.OUT_OF_ORDER,
                "message.delivered from " + PEER + " was stored after message.read (+3 s after +2 s)"));
    }

    @Test
    void outOfOrderIsPerParticipantOneParticipantsLateDeliveryIsNotAnother() {
        MessageTrace trace = trace(
                sentTo("e1", "2026-02-03T10:00:00Z", GROUP),
                receipt("e2", "message.read", "2026-02-03T10:00:02Z", "p1@s.whatsapp.net"),
                receipt("e3", "message.delivered", "2026-02-03T10:00:03Z", "p2@s.whatsapp.net"));

        assertThat(trace.anomalies()).isEmpty();
    }

    @Test
    void theSameReceiptFromTheSameSenderTwiceIsADuplicate() {
        MessageTrace trace = trace(
                sent("e1", "2026-02-03T10:00:00Z"),
                receipt("e2", "message.delivered", "2026-02-03T10:00:01Z", PEER),
                receipt("e3", "message.delivered", "2026-02-03T10:00:01.500Z", PEER),
                receipt("e4", "message.read", "2026-02-03T10:00:09Z", PEER));

        assertThat(trace.anomalies()).containsExactly(new Anomaly(AnomalyKind.DUPLICATE,
                "message.delivered from " + PEER + " is stored 2 times"));
        assertThat(trace.timeToDeliveredMs()).hasValue(1_000);
    }

    @Test
    void aReceiptThatCoversSeveralMessagesCountsForThisOne() {
        MessageTrace trace = trace(sent("e1", "2026-02-03T10:00:00Z"), event("e2", "message.delivered",
                "2026-02-03T10:00:04Z", "{\"message_ids\":[\"OTHER1\",\"" + ID + "\",\"OTHER2\"],\"from\":\"" + PEER
                        + "\"}"));

        assertThat(trace.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(trace.timeToDeliveredMs()).hasValue(4_000);
    }

    @Test
    void inAGroupEachParticipantHasItsOwnStatusAndDelays() {
        MessageTrace trace = trace(
                sentTo("e1", "2026-02-03T10:00:00Z", GROUP),
                groupReceipt("e2", "message.delivered", "2026-02-03T10:00:01Z", "p1@s.whatsapp.net"),
                groupReceipt("e3", "message.delivered", "2026-02-03T10:00:05Z", "p2@s.whatsapp.net"),
                groupReceipt("e4", "message.read", "2026-02-03T10:00:10Z", "p1@s.whatsapp.net"));

        assertThat(trace.chatId()).contains(GROUP);
        assertThat(trace.status()).isEqualTo(DeliveryStatus.READ);
        assertThat(trace.timeToDeliveredMs()).hasValue(1_000);
        assertThat(trace.participants()).containsExactly(
                new ParticipantStatus("p1@s.whatsapp.net", DeliveryStatus.READ, OptionalLong.of(1_000),
                        OptionalLong.of(10_000)),
                new ParticipantStatus("p2@s.whatsapp.net", DeliveryStatus.DELIVERED, OptionalLong.of(5_000),
                        OptionalLong.empty()));
        assertThat(trace.events().get(1).from()).contains("p1@s.whatsapp.net");
    }

    @Test
    void receiptsWithoutTheirMessageAreAnOrphanWithoutDelaysOrDirection() {
        MessageTrace trace = trace(
                receipt("e2", "message.delivered", "2026-02-03T10:00:01Z", PEER),
                receipt("e3", "message.read", "2026-02-03T10:00:09Z", PEER));

        assertThat(trace.direction()).isEmpty();
        assertThat(trace.status()).isEqualTo(DeliveryStatus.READ);
        assertThat(trace.timeToDeliveredMs()).isEmpty();
        assertThat(trace.events()).extracting(TraceStep::sinceMessageMs)
                .containsOnly(OptionalLong.empty());
        assertThat(trace.anomalies()).containsExactly(new Anomaly(AnomalyKind.ORPHAN, "Its message event "
                + "(message.sent or message.received) is not in the store: cut by retention, or never emitted; "
                + "these 2 events have no delay to show"));
    }

    @Test
    void aReactionAloneIsAnOrphanWithoutStatusAndAScannedOneSaysWhereItLooked() {
        Event reaction = event("e1", "message.reaction", "2026-02-03T10:00:00Z",
                "{\"message_id\":\"" + ID + "\",\"chat_id\":\"" + PEER + "\",\"emoji\":\"👍\"}");

        MessageTrace trace = new TraceBuilder(timeline).build(ID, "s1", List.of(reaction), FIVE_MINUTES, true);

        assertThat(trace.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(trace.chatId()).contains(PEER);
        assertThat(trace.events().get(0).status()).isEmpty();
        assertThat(trace.scanned()).isTrue();
        assertThat(trace.anomalies()).extracting(Anomaly::message).containsExactly("Its message event "
                + "(message.sent or message.received) is not in the 7 days before its newest event that were scanned:"
                + " cut by retention, or never emitted; this event has no delay to show");
    }

    @Test
    void aDisconnectBetweenTheMessageAndItsDeliveryIsAnAnomalyAndTheBandSpansTheTrace() {
        timeline = new FixedTimeline("2026-02-03T12:00:00Z",
                interval("s1", "2026-02-03T09:00:00Z", "2026-02-03T09:30:00Z"),
                interval("s1", "2026-02-03T10:01:00Z", "2026-02-03T10:20:00Z"),
                interval("s1", "2026-02-03T10:30:00Z", "2026-02-03T10:40:00Z"));

        MessageTrace trace = trace(
                sent("e1", "2026-02-03T10:00:00Z"),
                receipt("e2", "message.delivered", "2026-02-03T10:21:00Z", PEER),
                receipt("e3", "message.read", "2026-02-03T10:50:00Z", PEER));

        assertThat(trace.anomalies()).containsExactly(new Anomaly(AnomalyKind.DISCONNECTED, "The session was "
                + "disconnected from 2026-02-03T10:01:00Z until 2026-02-03T10:20:00Z, before it was delivered"));
        assertThat(trace.disconnected()).extracting(Interval::from).containsExactly(
                Instant.parse("2026-02-03T10:01:00Z"), Instant.parse("2026-02-03T10:30:00Z"));
        assertThat(timeline.asked).singleElement().satisfies(window -> assertThat(window).containsExactly(
                Instant.parse("2026-02-03T10:00:00Z"), Instant.parse("2026-02-03T10:50:00Z")));
    }

    @Test
    void aSessionStillDisconnectedAtTheEndOfTheDataMakesAnUndeliveredMessageStuckAndDisconnected() {
        timeline = new FixedTimeline("2026-02-03T11:00:00Z",
                interval("s1", "2026-02-03T09:59:00Z", null));

        MessageTrace trace = trace(sent("e1", "2026-02-03T10:00:00Z"));

        assertThat(trace.anomalies()).extracting(Anomaly::kind)
                .containsExactly(AnomalyKind.STUCK, AnomalyKind.DISCONNECTED);
        assertThat(trace.anomalies().get(1).message()).isEqualTo("The session was disconnected from "
                + "2026-02-03T09:59:00Z and had not reconnected by the end of the data, while it was still undelivered");
        assertThat(timeline.asked).singleElement().satisfies(window -> assertThat(window)
                .containsExactly(Instant.parse("2026-02-03T10:00:00Z"), null));
    }

    @Test
    void aDisconnectBeforeAFailureSaysSo() {
        timeline = new FixedTimeline("2026-02-03T11:00:00Z",
                interval("s1", "2026-02-03T10:00:01Z", "2026-02-03T10:00:02Z"));

        MessageTrace trace = trace(sent("e1", "2026-02-03T10:00:00Z"),
                event("e2", "message.failed", "2026-02-03T10:00:06Z", "{\"message_id\":\"" + ID + "\"}"));

        assertThat(trace.anomalies()).extracting(Anomaly::message).containsExactly(
                "The gateway reported a failure without a reason",
                "The session was disconnected from 2026-02-03T10:00:01Z until 2026-02-03T10:00:02Z, before it failed");
    }

    @Test
    void anomaliesComeWorstFirst() {
        timeline = new FixedTimeline("2026-02-03T11:00:00Z",
                interval("s1", "2026-02-03T10:00:01Z", "2026-02-03T10:00:02Z"));

        MessageTrace trace = trace(
                sent("e1", "2026-02-03T10:00:00Z"),
                receipt("e2", "message.read", "2026-02-03T10:00:03Z", PEER),
                receipt("e3", "message.delivered", "2026-02-03T10:00:04Z", PEER),
                receipt("e4", "message.delivered", "2026-02-03T10:00:05Z", PEER),
                event("e5", "message.failed", "2026-02-03T10:00:06Z", "{\"message_id\":\"" + ID + "\"}"));

        assertThat(trace.anomalies()).extracting(Anomaly::kind).containsExactly(AnomalyKind.FAILED,
                AnomalyKind.DISCONNECTED, AnomalyKind.OUT_OF_ORDER, AnomalyKind.DUPLICATE);
    }

    private MessageTrace trace(Event... events) {
        return new TraceBuilder(timeline).build(ID, "s1", List.of(events), FIVE_MINUTES, false);
    }

    private static Event sent(String id, String at) {
        return sentTo(id, at, PEER);
    }

    private static Event sentTo(String id, String at, String chat) {
        return event(id, "message.sent", at, "{\"message_id\":\"" + ID + "\",\"chat_id\":\"" + chat
                + "\",\"from\":\"4930123456@s.whatsapp.net\",\"to\":\"" + chat + "\",\"body\":\"Hallo\"}");
    }

    private static Event receipt(String id, String type, String at, String from) {
        return event(id, type, at, "{\"message_ids\":[\"" + ID + "\"],\"from\":\"" + from + "\"}");
    }

    private static Event groupReceipt(String id, String type, String at, String participant) {
        return event(id, type, at, "{\"message_ids\":[\"" + ID + "\"],\"chat_id\":\"" + GROUP + "\",\"from\":\""
                + GROUP + "\",\"participant\":\"" + participant + "\"}");
    }

    private static Event event(String id, String type, String at, String data) {
        return Events.event(id, type, "s1", at, data);
    }
}
