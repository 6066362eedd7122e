package io.eventinspector.store;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Page;
import io.eventinspector.testing.OpenStoreContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link EventStore} must have; one subclass per database runs it. */
abstract class EventStoreContract extends OpenStoreContract {
    @Test
    void appendsAndGetsAnEventWithJsonDataAndUtcMillis() {
        Event stored = event("evt_1", "message.received", "s1", "2026-02-03T10:30:00.123Z",
                "{\"body\":\"Hallo ünïcödé\",\"n\":1.50,\"nested\":{\"a\":[1,2,{\"b\":null}]}}");

        AppendResult result = store.append(List.of(stored));

        assertThat(result).isEqualTo(new AppendResult(1, 0));
        Event read = store.get("evt_1").orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("dataJson").isEqualTo(stored);
        assertThat(json(read.dataJson())).isEqualTo(json(stored.dataJson()));
        assertThat(read.dataJson()).doesNotContain(" :").doesNotContain(", ");
        assertThat(store.get("missing")).isEmpty();
    }

    @Test
    void keepsJsonNullAndScalarPayloads() {
        store.append(List.of(
                event("a", "t", "s", "2026-01-01T00:00:00Z", "null"),
                event("b", "t", "s", "2026-01-01T00:00:01Z", "\"text\""),
                event("c", "t", "s", "2026-01-01T00:00:02Z", "[1,true]")));

        assertThat(store.get("a").orElseThrow().dataJson()).isEqualTo("null");
        assertThat(store.get("b").orElseThrow().dataJson()).isEqualTo("\"text\"");
        assertThat(store.get("c").orElseThrow().dataJson()).isEqualTo("[1, true]".replace(" ", ""));
    }

    @Test
    void keepsHugeNumbersExact() {
        store.append(List.of(event("a", "t", "s", "2026-01-01T00:00:00Z",
                "{\"big\":12345678901234567890.5,\"long\":123456789012345678901234567890}")));

        assertThat(store.get("a").orElseThrow().dataJson())
                .contains("12345678901234567890.5").contains("123456789012345678901234567890");
    }

    @Test
    void countsDuplicatesAndNeverOverwrites() {
        store.append(List.of(event("evt_1", "message.sent", "s1", "2026-02-03T10:30:00Z", "{\"v\":1}")));

        AppendResult again = store.append(List.of(
                event("evt_1", "message.sent", "s1", "2026-02-03T10:30:00Z", "{\"v\":2}"),
                event("evt_2", "message.sent", "s1", "2026-02-03T10:31:00Z"),
                event("evt_2", "message.sent", "s1", "2026-02-03T10:31:00Z")));

        assertThat(again).isEqualTo(new AppendResult(1, 2));
        assertThat(store.get("evt_1").orElseThrow().dataJson()).isEqualTo("{\"v\":1}");
        assertThat(store.count(EventQuery.all())).isEqualTo(2);
    }

    @Test
    void queriesNewestFirstWithEveryFilterAndInclusiveBounds() {
        store.append(List.of(
                event("e1", "message.sent", "s1", "2026-02-03T10:00:00Z"),
                event("e2", "message.delivered", "s1", "2026-02-03T11:00:00Z"),
                event("e3", "message.sent", "s2", "2026-02-03T12:00:00Z"),
                event("e4", "presence.update", "s1", "2026-02-03T13:00:00Z"),
                event("e5", "message.read", "s1", "2026-02-03T14:00:00Z")));

        assertThat(ids(EventQuery.builder().sessionId("s1").build())).containsExactly("e5", "e4", "e2", "e1");
        assertThat(ids(EventQuery.builder().type("message.sent").build())).containsExactly("e3", "e1");
        assertThat(ids(EventQuery.builder().types(List.of("message.sent", "message.read")).build()))
                .containsExactly("e5", "e3", "e1");
        assertThat(ids(EventQuery.builder().since(Instant.parse("2026-02-03T11:00:00Z"))
                .until(Instant.parse("2026-02-03T13:00:00Z")).build())).containsExactly("e4", "e3", "e2");
        assertThat(ids(EventQuery.builder().sessionId("s1").type("message.sent").build())).containsExactly("e1");
        assertThat(store.count(EventQuery.builder().sessionId("s1").build())).isEqualTo(4);
    }

    @Test
    void pagesWithOffsetAndWithCursorIncludingTimestampTies() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // Groups of five share a timestamp, so the cursor must break ties by id.
            events.add(event(String.format("e%02d", i), "message.sent", "s1",
                    Instant.parse("2026-02-03T10:00:00Z").plusSeconds(i / 5).toString()));
        }
        store.append(events);
        List<String> expected = events.stream()
                .sorted((a, b) -> a.timestamp().equals(b.timestamp())
                        ? b.id().compareTo(a.id()) : b.timestamp().compareTo(a.timestamp()))
                .map(Event::id).toList();

        List<String> viaCursor = new ArrayList<>();
        EventQuery query = EventQuery.builder().limit(7).build();
        Page page;
        do {
            page = store.query(query);
            page.events().forEach(e -> viaCursor.add(e.id()));
            query = page.next().map(query::withCursor).orElse(null);
        } while (query != null);

        assertThat(viaCursor).containsExactlyElementsOf(expected);
        assertThat(ids(EventQuery.builder().limit(5).offset(10).build())).containsExactlyElementsOf(
                expected.subList(10, 15));
    }

    @Test
    void lastPageHasNoNextCursor() {
        store.append(List.of(event("e1", "t", "s", "2026-01-01T00:00:00Z"),
                event("e2", "t", "s", "2026-01-01T00:00:01Z")));

        assertThat(store.query(EventQuery.builder().limit(2).build()).next()).isEmpty();
        assertThat(store.query(EventQuery.builder().limit(1).build()).next())
                .contains(new Cursor(Instant.parse("2026-01-01T00:00:01Z"), "e2"));
    }

    @Test
    void deletesOlderThanInBatchesAndCountsFirst() {
        List<Event> events = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 25_000; i++) {
            events.add(event("e" + i, "message.sent", "s" + (i % 7), start.plusSeconds(i).toString()));
        }
        store.append(events);
        Instant cutoff = start.plusSeconds(21_000);

        assertThat(store.countOlderThan(cutoff)).isEqualTo(21_000);
        List<Long> progress = new ArrayList<>();
        long deleted = store.deleteOlderThan(cutoff, progress::add);

        assertThat(deleted).isEqualTo(21_000);
        assertThat(progress).hasSizeGreaterThan(1).isSorted().doesNotHaveDuplicates().last().isEqualTo(21_000L);
        assertThat(store.count(EventQuery.all())).isEqualTo(4_000);
        assertThat(store.get("e20999")).isEmpty();
        assertThat(store.get("e21000")).isPresent();
    }

    @Test
    void statsCountPerTypeWithFirstAndLast() {
        store.append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:00Z"),
                event("e2", "message.sent", "s1", "2026-02-03T11:00:00Z"),
                event("e3", "presence.update", "s1", "2026-02-03T12:00:00.5Z")));

        StoreStats stats = store.stats();

        assertThat(stats.total()).isEqualTo(3);
        assertThat(stats.perType()).containsEntry("message.sent", 2L).containsEntry("presence.update", 1L);
        assertThat(stats.first()).contains(Instant.parse("2026-02-03T10:00:00Z"));
        assertThat(stats.last()).contains(Instant.parse("2026-02-03T12:00:00.500Z"));
    }

    @Test
    void transactionCommitsAllOrNothing() {
        try {
            store.inTransaction(tx -> {
                tx.append(List.of(event("e1", "t", "s", "2026-01-01T00:00:00Z")));
                throw new IllegalStateException("abort");
            });
        } catch (IllegalStateException expected) {
            // the whole transaction is rolled back
        }

        assertThat(store.get("e1")).isEmpty();
        store.inTransaction(tx -> tx.append(List.of(event("e2", "t", "s", "2026-01-01T00:00:00Z"))));
        assertThat(store.get("e2")).isPresent();
    }

    @Test
    void reopeningKeepsEventsAndDoesNotMigrateAgain() {
        store.append(List.of(event("e1", "t", "s", "2026-01-01T00:00:00Z")));
        StoreUrl url = database.url();
        database.close();

        database = Database.open(url);
        store = database.events();

        assertThat(store.get("e1")).isPresent();
    }

    /** PostgreSQL's JSONB may reorder keys, so payloads are compared as JSON values. */
    static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return io.eventinspector.event.EventJson.mapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> ids(EventQuery query) {
        return store.query(query).events().stream().map(Event::id).toList();
    }
}
