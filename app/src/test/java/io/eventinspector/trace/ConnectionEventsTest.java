package io.eventinspector.trace;

import static io.eventinspector.testing.Events.event;
import static io.eventinspector.trace.FixedTimeline.interval;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionEventsTest {
    @Test
    void anIntervalRunsFromTheFirstDisconnectUntilTheNextConnectAndTheLastMayStayOpen() {
        List<Interval> intervals = ConnectionEvents.intervals("s1", Optional.empty(), List.of(
                event("1", "session.connected", "s1", "2026-02-03T09:00:00Z"),
                event("2", "connection.closed", "s1", "2026-02-03T10:00:00Z"),
                event("3", "session.disconnected", "s1", "2026-02-03T10:00:01Z"),
                event("4", "connection.connecting", "s1", "2026-02-03T10:00:02Z"),
                event("5", "connection.open", "s1", "2026-02-03T10:00:05Z"),
                event("6", "session.connected", "s1", "2026-02-03T10:00:06Z"),
                event("7", "session.expired", "s1", "2026-02-03T11:00:00Z")));

        assertThat(intervals).containsExactly(
                interval("s1", "2026-02-03T10:00:00Z", "2026-02-03T10:00:05Z"),
                interval("s1", "2026-02-03T11:00:00Z", null));
    }

    @Test
    void aSessionAlreadyOfflineAtTheStartIsOfflineFromThen() {
        List<Interval> intervals = ConnectionEvents.intervals("s1", Optional.of(Instant.parse("2026-02-03T08:00:00Z")),
                List.of(event("1", "session.connected", "s1", "2026-02-03T09:00:00Z")));

        assertThat(intervals).containsExactly(interval("s1", "2026-02-03T08:00:00Z", "2026-02-03T09:00:00Z"));
    }

    @Test
    void overlappingIsStrictAtBothEnds() {
        Interval interval = interval("s1", "2026-02-03T10:00:00Z", "2026-02-03T10:10:00Z");

        assertThat(interval.overlaps(Instant.parse("2026-02-03T10:10:00Z"), Optional.empty())).isFalse();
        assertThat(interval.overlaps(Instant.parse("2026-02-03T09:00:00Z"),
                Optional.of(Instant.parse("2026-02-03T10:00:00Z")))).isFalse();
        assertThat(interval.overlaps(Instant.parse("2026-02-03T10:09:59.999Z"), Optional.empty())).isTrue();
        assertThat(interval("s1", "2026-02-03T10:00:00Z", null)
                .overlaps(Instant.parse("2030-01-01T00:00:00Z"), Optional.empty())).isTrue();
    }
}
