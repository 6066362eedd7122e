package io.eventinspector.ui.trace;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.trace.AnomalyKind;
import io.eventinspector.trace.DelayBucket;
import io.eventinspector.trace.DeliveryHealth;
import io.eventinspector.trace.HealthProblem;
import io.eventinspector.trace.Interval;
import io.eventinspector.trace.Percentiles;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Hand-built delivery health for the view-model tests. */
final class HealthFixtures {
    static final HealthProblem STUCK = new HealthProblem("3EB0STUCK", "sales", DeliveryStatus.SENT,
            Optional.of(Instant.parse("2026-11-26T10:00:00Z")), List.of(AnomalyKind.STUCK, AnomalyKind.DISCONNECTED));
    static final HealthProblem ORPHAN = new HealthProblem("3EB0ORPHAN", "sales", DeliveryStatus.DELIVERED,
            Optional.empty(), List.of(AnomalyKind.ORPHAN));

    private HealthFixtures() {
    }

    /** 1,240 outgoing, 1,200 delivered, 2 stuck among 4 problems of which 2 are listed. */
    static DeliveryHealth healthy() {
        return new DeliveryHealth(1_240, 310, 1_200, 1_000, 3, 2, 35, 1,
                new Percentiles(OptionalLong.of(1_200), OptionalLong.of(4_100), OptionalLong.of(39_360_000)),
                Percentiles.NONE,
                List.of(new DelayBucket("≤ 1 s", 1_000, 400), new DelayBucket("≤ 10 s", 10_000, 780),
                        new DelayBucket("> 1 h", Long.MAX_VALUE, 20)),
                List.of(new Interval(Instant.parse("2026-11-26T10:02:11Z"),
                                Optional.of(Instant.parse("2026-11-26T10:14:40Z")), "sales"),
                        new Interval(Instant.parse("2026-11-26T23:00:00Z"), Optional.empty(), "support")),
                List.of(STUCK, ORPHAN), 4, false, false);
    }
}
