package io.eventinspector.trace;

import static io.eventinspector.trace.TraceScenario.A;
import static io.eventinspector.trace.TraceScenario.AMBIGUOUS;
import static io.eventinspector.trace.TraceScenario.B;
import static io.eventinspector.trace.TraceScenario.PEER;
import static io.eventinspector.trace.TraceScenario.STUCK_AFTER;
import static io.eventinspector.trace.TraceScenario.T0;
import static io.eventinspector.trace.TraceScenario.min;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two scans a store without the message index gets, run directly on a store of our own (the contracts run
 * them through {@link MessageTraces} on a gateway's table): what the trace's scan finds and misses, and the
 * health scan's margins and bound.
 */
class ScanPathTest {
    @TempDir
    Path folder;
    private Database database;
    private EventStore store;

    @BeforeEach
    void storeTheScenario() {
        database = TestDatabases.sqlite(folder);
        store = database.events();
        store.append(TraceScenario.events());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theTraceScanFindsEveryEventNamingTheIdPerSession() {
        assertThat(ids(MessageScan.find(store, A, Optional.empty()).bySession()))
                .isEqualTo(Map.of("s1", List.of("e-a1", "e-ab2", "e-a3")));
        assertThat(ids(MessageScan.find(store, B, Optional.empty()).bySession()))
                .isEqualTo(Map.of("s1", List.of("e-b1", "e-ab2")));
        assertThat(ids(MessageScan.find(store, AMBIGUOUS, Optional.empty()).bySession()))
                .isEqualTo(Map.of("s1", List.of("e-m1"), "s2", List.of("e-m2")));
        assertThat(ids(MessageScan.find(store, AMBIGUOUS, Optional.of("s2")).bySession()))
                .isEqualTo(Map.of("s2", List.of("e-m2")));
        assertThat(MessageScan.find(store, "3EB0NOTSTORED", Optional.empty()).bySession()).isEmpty();
    }

    @Test
    void aMessageEventOlderThanTheWindowBeforeTheNewestMentionIsNotFound() {
        String old = "3EB0OLDOLDOLDOLD";
        store.append(List.of(TraceScenario.sent("old-1", "s1", T0, old, PEER),
                TraceScenario.receipt("old-2", "message.delivered", "s1", T0.plus(Duration.ofDays(6)), PEER, old),
                TraceScenario.receipt("old-3", "message.read", "s1", T0.plus(Duration.ofDays(7)).plusMillis(1), PEER,
                        old)));

        assertThat(ids(MessageScan.find(store, old, Optional.empty()).bySession()))
                .isEqualTo(Map.of("s1", List.of("old-2", "old-3")));
    }

    @Test
    void theHealthScanCountsWhatTheIndexWould() {
        DeliveryHealth health = scan(EventQuery.all(), HealthScan.MAX_SCANNED);

        assertThat(List.of(health.outgoing(), health.incoming(), health.delivered(), health.read(), health.failed(),
                health.stuck(), health.pending(), health.orphanReceipts(), health.problemCount()))
                .containsExactly(11L, 2L, 7L, 4L, 1L, 2L, 1L, 2L, 5L);
        assertThat(health.truncated()).isFalse();
    }

    @Test
    void theHealthScanLooksADayBeyondTheRangeForReceiptsAndMessages() {
        // W was sent at +8 m and delivered at +21 m; AMBIGUOUS sent at +9 m (s1) and received at +9 m 1 s (s2).
        DeliveryHealth sent = scan(EventQuery.builder().since(min(8)).until(min(8).plusSeconds(1)).build(),
                HealthScan.MAX_SCANNED);
        DeliveryHealth delivery = scan(EventQuery.builder().since(min(21)).until(min(22)).build(),
                HealthScan.MAX_SCANNED);
        DeliveryHealth ambiguous = scan(EventQuery.builder().since(min(9)).until(min(10)).build(),
                HealthScan.MAX_SCANNED);

        assertThat(List.of(sent.outgoing(), sent.delivered())).containsExactly(1L, 1L);
        assertThat(sent.timeToDeliveredMs().max()).hasValue(Duration.ofMinutes(13).toMillis());
        assertThat(List.of(delivery.outgoing(), delivery.orphanReceipts())).containsExactly(0L, 0L);
        assertThat(List.of(ambiguous.outgoing(), ambiguous.incoming(), ambiguous.stuck())).containsExactly(1L, 1L, 1L);
    }

    @Test
    void theHealthScanStopsAtItsBoundCountsTheNewestMessagesAndSaysSo() {
        // The newest 10 events reach back to AMBIGUOUS's message event at +9 m; older receipts are not orphans.
        DeliveryHealth health = scan(EventQuery.all(), 10);

        assertThat(health.truncated()).isTrue();
        assertThat(List.of(health.outgoing(), health.incoming(), health.stuck(), health.pending(),
                health.orphanReceipts())).containsExactly(3L, 1L, 2L, 1L, 0L);
    }

    @Test
    void theHealthScanFollowsTheTypeAndTextFilters() {
        DeliveryHealth incoming = scan(EventQuery.builder().type("message.received").build(), HealthScan.MAX_SCANNED);
        DeliveryHealth text = scan(EventQuery.builder().text("Lieferung").build(), HealthScan.MAX_SCANNED);

        assertThat(List.of(incoming.outgoing(), incoming.incoming(), incoming.orphanReceipts()))
                .containsExactly(0L, 2L, 2L);
        assertThat(List.of(text.outgoing(), text.incoming())).containsExactly(0L, 1L);
    }

    private DeliveryHealth scan(EventQuery query, int bound) {
        StoreSessionTimeline timeline = new StoreSessionTimeline(store);
        List<Interval> disconnected = timeline.disconnectedWithin(
                query.sessionId().map(List::of).orElseGet(store::allSessionIds), query.since(), query.until());
        HealthFold fold = new HealthFold(STUCK_AFTER, timeline, disconnected);
        boolean truncated = new HealthScan(store, query, bound).run(fold, seen -> { });
        return fold.result(disconnected, true, truncated);
    }

    private static Map<String, List<String>> ids(Map<String, List<Event>> bySession) {
        return bySession.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(Event::id).toList()));
    }
}
