package io.eventinspector.trace;

import static io.eventinspector.trace.FixedTimeline.interval;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.store.MessageSummary;
import io.eventinspector.store.OrphanReceipts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The health's fold over message summaries, as the store streams them. */
class HealthFoldTest {
    private static final Instant T0 = Instant.parse("2026-02-03T10:00:00Z");

    @Test
    void outgoingMessagesAreCountedByStatusAndIncomingOnesByDirection() {
        HealthFold fold = new HealthFold(Duration.ofMinutes(5), new FixedTimeline("2026-02-03T12:00:00Z"), List.of());
        fold.add(outgoing("delivered", 0, 1_000L, null, null, null));
        fold.add(outgoing("read", 0, 2_000L, 60_000L, null, null));
        fold.add(outgoing("played", 0, 3_000L, 90_000L, 90_000L, null));
        fold.add(outgoing("failed", 0, 1_000L, null, null, 5_000L));
        fold.add(outgoing("stuck", 0, null, null, null, null));
        fold.add(outgoing("pending", 7_200_000 - 300_000, null, null, null, null));
        fold.add(summary("incoming", "message.received", 0, null, null, null, null));

        DeliveryHealth health = fold.result(List.of(), false, false);

        assertThat(health.outgoing()).isEqualTo(6);
        assertThat(health.incoming()).isEqualTo(1);
        assertThat(health.delivered()).isEqualTo(3);
        assertThat(health.read()).isEqualTo(2);
        assertThat(health.failed()).isEqualTo(1);
        assertThat(health.stuck()).isEqualTo(1);
        assertThat(health.pending()).isEqualTo(1);
        assertThat(health.delivered() + health.failed() + health.stuck() + health.pending())
                .isEqualTo(health.outgoing());
        assertThat(health.timeToDeliveredMs()).isEqualTo(percentiles(2_000, 3_000, 3_000));
        assertThat(health.timeToReadMs()).isEqualTo(percentiles(60_000, 90_000, 90_000));
        assertThat(health.problems()).extracting(HealthProblem::messageId).containsExactly("failed", "stuck");
        assertThat(health.problems().get(0).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(health.problems().get(1).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(health.problemCount()).isEqualTo(2);
    }

    @Test
    void stuckNeedsTheSessionsDataToGoBeyondTheThresholdByAtLeastAMillisecond() {
        HealthFold atThreshold = new HealthFold(Duration.ofMinutes(5), new FixedTimeline("2026-02-03T10:05:00Z"),
                List.of());
        HealthFold past = new HealthFold(Duration.ofMinutes(5), new FixedTimeline("2026-02-03T10:05:00.001Z"),
                List.of());
        atThreshold.add(outgoing("m", 0, null, null, null, null));
        past.add(outgoing("m", 0, null, null, null, null));

        assertThat(atThreshold.result(List.of(), false, false).pending()).isEqualTo(1);
        assertThat(atThreshold.result(List.of(), false, false).stuck()).isZero();
        assertThat(past.result(List.of(), false, false).stuck()).isEqualTo(1);
    }

    @Test
    void delaysFallIntoFixedBucketsWithInclusiveUpperBounds() {
        HealthFold fold = new HealthFold(Duration.ofMinutes(5), new FixedTimeline(null), List.of());
        long[] delays = {0, 1_000, 1_001, 5_000, 30_000, 60_000, 300_000, 1_800_000, 3_600_000, 21_600_000,
            86_400_000, 86_400_001};
        for (int i = 0; i < delays.length; i++) {
            fold.add(outgoing("m" + i, 0, delays[i], null, null, null));
        }

        List<DelayBucket> buckets = fold.result(List.of(), false, false).timeToDelivered();

        assertThat(buckets).extracting(DelayBucket::label).containsExactly("≤ 1 s", "≤ 5 s", "≤ 30 s", "≤ 1 m",
                "≤ 5 m", "≤ 30 m", "≤ 1 h", "≤ 6 h", "≤ 1 d", "> 1 d");
        assertThat(buckets).extracting(DelayBucket::messages).containsExactly(2L, 2L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(buckets.get(9).upToMs()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aDisconnectWhileAMessageWaitedMakesItAProblemEvenWhenItWasDeliveredLater() {
        HealthFold fold = new HealthFold(Duration.ofMinutes(5), new FixedTimeline("2026-02-03T12:00:00Z"), List.of(
                interval("s1", "2026-02-03T10:01:00Z", "2026-02-03T10:20:00Z"),
                interval("s2", "2026-02-03T10:01:00Z", null)));
        fold.add(outgoing("late", 0, 1_260_000L, null, null, null));
        fold.add(outgoing("before", 0, 30_000L, null, null, null));
        fold.add(summary("other-session", "message.sent", 0, 30_000L, null, null, null, "s2"));

        DeliveryHealth health = fold.result(List.of(), false, false);

        assertThat(health.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageId()).isEqualTo("late");
            assertThat(problem.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(problem.anomalies()).containsExactly(AnomalyKind.DISCONNECTED);
            assertThat(problem.sentAt()).contains(T0);
        });
    }

    @Test
    void aMessageIsCheckedAgainstEachOfItsSessionsIntervals() {
        List<Interval> intervals = List.of(
                interval("s1", "2026-02-03T10:00:00Z", "2026-02-03T10:10:00Z"),
                interval("s1", "2026-02-03T11:00:00Z", "2026-02-03T11:10:00Z"),
                interval("s1", "2026-02-03T12:00:00Z", null));

        assertThat(HealthFold.overlapsAny(intervals, Instant.parse("2026-02-03T09:00:00Z"),
                Optional.of(Instant.parse("2026-02-03T10:00:00Z")))).isFalse();
        assertThat(HealthFold.overlapsAny(intervals, Instant.parse("2026-02-03T09:00:00Z"),
                Optional.of(Instant.parse("2026-02-03T10:00:00.001Z")))).isTrue();
        assertThat(HealthFold.overlapsAny(intervals, Instant.parse("2026-02-03T10:10:00Z"),
                Optional.of(Instant.parse("2026-02-03T11:00:00Z")))).isFalse();
        assertThat(HealthFold.overlapsAny(intervals, Instant.parse("2026-02-03T10:30:00Z"), Optional.empty()))
                .isTrue();
        assertThat(HealthFold.overlapsAny(intervals, Instant.parse("2026-02-03T11:05:00Z"),
                Optional.of(Instant.parse("2026-02-03T11:06:00Z")))).isTrue();
        assertThat(HealthFold.overlapsAny(intervals, Instant.parse("2026-02-04T00:00:00Z"), Optional.empty()))
                .isTrue();
        assertThat(HealthFold.overlapsAny(List.of(), Instant.parse("2026-02-04T00:00:00Z"), Optional.empty()))
                .isFalse();
    }

    @Test
    void problemsComeFailedStuckDisconnectedOrphanThenOldest() {
        HealthFold fold = new HealthFold(Duration.ofMinutes(5), new FixedTimeline("2026-02-04T00:00:00Z"), List.of(
                interval("s1", "2026-02-03T10:00:00Z", "2026-02-03T10:00:30Z")));
        fold.addOrphan(new OrphanReceipts("s1", "orphan", 3, T0.minusSeconds(60), "message.read"));
        fold.add(outgoing("disconnected", 10, 60_000L, null, null, null));
        fold.add(outgoing("stuck-new", 600_000, null, null, null, null));
        fold.add(outgoing("stuck-old", 120_000, null, null, null, null));
        fold.add(outgoing("failed", 3_600_000, null, null, null, 1_000L));

        DeliveryHealth health = fold.result(List.of(), false, false);

        assertThat(health.problems()).extracting(HealthProblem::messageId)
                .containsExactly("failed", "stuck-old", "stuck-new", "disconnected", "orphan");
        assertThat(health.problems().get(4)).isEqualTo(new HealthProblem("orphan", "s1", DeliveryStatus.READ,
                Optional.empty(), List.of(AnomalyKind.ORPHAN)));
        assertThat(health.orphanReceipts()).isEqualTo(3);
    }

    @Test
    void anOrphanOfReactionsOnlyHasNoStatus() {
        HealthFold fold = new HealthFold(Duration.ofMinutes(5), new FixedTimeline(null), List.of());
        fold.addOrphan(new OrphanReceipts("s1", "m", 1, T0, "message.reaction"));

        assertThat(fold.result(List.of(), false, false).problems().get(0).status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void onlyTheWorstProblemsAreKeptButAllAreCounted() {
        HealthFold fold = new HealthFold(Duration.ofMinutes(5), new FixedTimeline("2027-01-01T00:00:00Z"), List.of());
        int messages = DeliveryHealth.MAX_PROBLEMS + 100;
        for (int i = messages - 1; i >= 0; i--) {
            fold.add(outgoing(String.format("m%04d", i), i * 1_000L, null, null, null, null));
        }
        fold.add(outgoing("failed", 9_999_000L, null, null, null, 1L));

        DeliveryHealth health = fold.result(List.of(), false, false);

        assertThat(health.problemCount()).isEqualTo(messages + 1);
        assertThat(health.problems()).hasSize(DeliveryHealth.MAX_PROBLEMS);
        assertThat(health.problems().get(0).messageId()).isEqualTo("failed");
        assertThat(health.problems().get(1).messageId()).isEqualTo("m0000");
        assertThat(health.problems().get(DeliveryHealth.MAX_PROBLEMS - 1).messageId())
                .isEqualTo(String.format("m%04d", DeliveryHealth.MAX_PROBLEMS - 2));
    }

    @Test
    void withoutMessagesThereAreNoPercentiles() {
        DeliveryHealth health = new HealthFold(Duration.ofMinutes(5), new FixedTimeline(null), List.of())
                .result(List.of(), true, true);

        assertThat(health.timeToDeliveredMs()).isEqualTo(Percentiles.NONE);
        assertThat(health.scanned()).isTrue();
        assertThat(health.truncated()).isTrue();
    }

    private static Percentiles percentiles(long p50, long p95, long max) {
        return new Percentiles(OptionalLong.of(p50), OptionalLong.of(p95), OptionalLong.of(max));
    }

    /** An outgoing message of session s1 sent {@code sentMs} after T0, with each status's delay (null: none). */
    private static MessageSummary outgoing(String id, long sentMs, Long delivered, Long read, Long played,
                                           Long failed) {
        return summary(id, "message.sent", sentMs, delivered, read, played, failed, "s1");
    }

    private static MessageSummary summary(String id, String type, long sentMs, Long delivered, Long read,
                                          Long played, Long failed) {
        return summary(id, type, sentMs, delivered, read, played, failed, "s1");
    }

    private static MessageSummary summary(String id, String type, long sentMs, Long delivered, Long read,
                                          Long played, Long failed, String session) {
        Instant sent = T0.plusMillis(sentMs);
        return new MessageSummary(session, id, "evt_" + id, type, sent, after(sent, delivered), after(sent, read),
                after(sent, played), after(sent, failed));
    }

    private static Optional<Instant> after(Instant sent, Long millis) {
        return Optional.ofNullable(millis).map(sent::plusMillis);
    }
}
