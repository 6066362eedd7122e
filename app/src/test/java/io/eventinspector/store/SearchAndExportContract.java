package io.eventinspector.store;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Page;
import io.eventinspector.event.ValidationException;
import io.eventinspector.export.EventExporter;
import io.eventinspector.export.ExportFormat;
import io.eventinspector.testing.OpenStoreContract;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Payload search, histogram, suggestions, tail and export; one subclass per database runs it. */
abstract class SearchAndExportContract extends OpenStoreContract {
    private static final String DELIVERY = "{\"message\":{\"body\":\"Ihre Lieferung kommt morgen\","
            + "\"from\":\"4915112345678@s.whatsapp.net\",\"phone\":\"+49 151 12345678\"},"
            + "\"ids\":[\"wamid.HBgLMTIzNDU2Nzg5MAAV\",{\"deep\":{\"deeper\":\"ünïcödé\"}}],\"count\":4711}";

    @Test
    void searchFindsWordsAnywhereInTheNestedPayload() {
        store.append(List.of(
                event("hit", "message.received", "s1", "2026-02-03T10:00:00Z", DELIVERY),
                event("miss", "message.received", "s1", "2026-02-03T10:01:00Z", "{\"body\":\"nothing here\"}")));

        for (String text : List.of("Lieferung", "lieferung", "ünïcödé", "ÜNÏCÖDÉ", "4915112345678",
                "+4915112345678", "4915112345678@s.whatsapp.net", "+49 151 12345678", "wamid.HBgLMTIzNDU2Nzg5MAAV",
                "4711", "kommt Lieferung")) {
            assertThat(ids(text(text))).as(text).containsExactly("hit");
            assertThat(store.count(text(text))).as(text).isEqualTo(1);
        }
        assertThat(ids(text("Lieferung nothing"))).isEmpty();
        assertThat(ids(text("Liefer"))).as("whole words only").isEmpty();
    }

    @Test
    void searchIgnoresKeysAndTheOtherColumns() {
        store.append(List.of(event("evt_zebra", "message.received", "session-walrus", "2026-02-03T10:00:00Z",
                "{\"giraffe\":{\"okapi\":\"plain words\"}}")));

        for (String text : List.of("giraffe", "okapi", "zebra", "walrus", "message", "received")) {
            assertThat(ids(text(text))).as(text).isEmpty();
        }
        assertThat(ids(text("plain"))).containsExactly("evt_zebra");
    }

    @Test
    void searchTextWithoutWordsIsAClearError() {
        assertThatThrownBy(() -> store.query(text("+ - ")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no letters or digits");
    }

    @Test
    void searchTreatsQueryOperatorsAsPlainText() {
        store.append(List.of(event("e1", "t", "s", "2026-02-03T10:00:00Z", "{\"b\":\"OR NOT near \\\"x\\\" *\"}")));

        assertThat(ids(text("OR"))).containsExactly("e1");
        assertThat(ids(text("\"x\" NOT"))).containsExactly("e1");
        assertThat(ids(text("AND"))).isEmpty();
    }

    /** "old" ("refund please", 2025) before the cut-off the deleting tests use, "new" ("refund done") after it. */
    private void appendOldAndNewRefund() {
        store.append(List.of(
                event("old", "message.received", "s1", "2025-01-01T00:00:00Z", "{\"body\":\"refund please\"}"),
                event("new", "message.received", "s1", "2026-02-03T10:00:00Z", "{\"body\":\"refund done\"}")));
    }

    @Test
    void aDeletedEventIsNoLongerFound() {
        appendOldAndNewRefund();

        store.deleteOlderThan(Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(ids(text("refund"))).containsExactly("new");
        assertThat(ids(text("please"))).isEmpty();
    }

    @Test
    void anEventIsFoundRightAfterItsAppendAndAfterIndexingButNotOnceDeleted() {
        appendOldAndNewRefund();
        assertThat(ids(text("refund"))).containsExactly("new", "old");

        database.indexPendingSearchNow();
        assertThat(ids(text("refund"))).containsExactly("new", "old");
        assertThat(database.indexPendingSearchNow()).as("nothing left waiting").isZero();

        store.append(List.of(event("late", "message.received", "s1", "2025-06-01T00:00:00Z",
                "{\"body\":\"refund later\"}")));
        store.deleteOlderThan(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(ids(text("refund"))).as("an indexed and a just-appended event deleted").containsExactly("new");
        database.indexPendingSearchNow();
        assertThat(ids(text("refund"))).containsExactly("new");
        assertThat(store.count(text("later"))).isZero();
    }

    @Test
    void searchCombinesWithSessionTypeRangeAndCursor() {
        List<Event> events = new ArrayList<>();
        Instant start = Instant.parse("2026-02-03T10:00:00Z");
        for (int i = 0; i < 40; i++) {
            String body = i % 2 == 0 ? "refund request " + i : "hello " + i;
            events.add(event(String.format("e%02d", i), i % 4 < 2 ? "message.received" : "message.sent",
                    "s" + (i % 3), start.plusSeconds(i / 3).toString(), "{\"body\":\"" + body + "\"}"));
        }
        store.append(events);

        EventQuery query = EventQuery.builder().text("refund").sessionId("s0").type("message.received")
                .since(start.plusSeconds(1)).until(start.plusSeconds(11)).limit(1).build();
        List<String> expected = events.stream()
                .filter(e -> e.dataJson().contains("refund") && e.sessionId().equals("s0")
                        && e.type().equals("message.received") && !e.timestamp().isBefore(start.plusSeconds(1))
                        && !e.timestamp().isAfter(start.plusSeconds(11)))
                .sorted(Comparator.comparing(Event::timestamp).thenComparing(Event::id).reversed())
                .map(Event::id).toList();
        assertThat(expected).hasSizeGreaterThan(1);

        List<String> paged = new ArrayList<>();
        Page page;
        do {
            page = store.query(query);
            page.events().forEach(e -> paged.add(e.id()));
            query = page.next().map(query::withCursor).orElse(null);
        } while (query != null);

        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(store.count(EventQuery.builder().text("refund").build())).isEqualTo(20);
    }

    @Test
    void aCommonWordPagesAndCountsLikeARareOne() {
        List<Event> events = new ArrayList<>();
        Instant start = Instant.parse("2026-02-03T10:00:00Z");
        for (int i = 0; i < 6_000; i++) {
            events.add(event(String.format("e%04d", i), i % 3 == 0 ? "message.sent" : "message.read", "s",
                    start.plusSeconds(i / 2).toString(), "{\"body\":\"" + (i % 5 == 0 ? "rare" : "common") + "\"}"));
        }
        store.append(events);

        EventQuery query = EventQuery.builder().text("common").type("message.sent").limit(50).build();
        List<String> expected = events.stream()
                .filter(e -> e.dataJson().contains("common") && e.type().equals("message.sent"))
                .sorted(Comparator.comparing(Event::timestamp).thenComparing(Event::id).reversed())
                .map(Event::id).toList();
        Page first = store.query(query);
        Page second = store.query(query.withCursor(first.next().orElseThrow()));

        assertThat(first.events()).extracting(Event::id).containsExactlyElementsOf(expected.subList(0, 50));
        assertThat(second.events()).extracting(Event::id).containsExactlyElementsOf(expected.subList(50, 100));
        assertThat(store.count(query)).isEqualTo(expected.size());
        assertThat(store.count(EventQuery.builder().text("rare").build())).isEqualTo(1_200);
    }

    @Test
    void histogramBucketsSumToTheCountForAnyFilter() {
        List<Event> events = new ArrayList<>();
        Instant start = Instant.parse("2026-02-01T00:00:00Z");
        for (int i = 0; i < 500; i++) {
            events.add(event("e" + i, i % 3 == 0 ? "message.sent" : "presence.update", "s" + (i % 2),
                    start.plusSeconds(i * 997L).toString(), "{\"body\":\"" + (i % 5 == 0 ? "refund" : "hi") + "\"}"));
        }
        store.append(events);

        for (EventQuery query : List.of(EventQuery.all(), EventQuery.builder().sessionId("s1").build(),
                EventQuery.builder().type("message.sent").since(start.plusSeconds(3600)).build(),
                EventQuery.builder().text("refund").build())) {
            Histogram histogram = store.histogram(query, Optional.empty());
            assertThat(histogram.total()).as(query.toString()).isEqualTo(store.count(query));
        }

        Histogram hourly = store.histogram(EventQuery.all(), Optional.empty());
        assertThat(hourly.size()).as("500 × 997 s ≈ 5.8 days").isEqualTo(BucketSize.HOUR);
        assertThat(hourly.buckets().get(0).start()).isEqualTo(start);
        assertThat(hourly.buckets().get(0).perType()).isEqualTo(Map.of("message.sent", 2L, "presence.update", 2L));
        assertThat(hourly.buckets()).extracting(Histogram.Bucket::start)
                .allMatch(at -> at.getEpochSecond() % 3600 == 0).isSorted();

        Histogram daily = store.histogram(EventQuery.all(), Optional.of(BucketSize.DAY));
        assertThat(daily.buckets()).hasSize(6);
        assertThat(daily.buckets().get(1).start()).isEqualTo(Instant.parse("2026-02-02T00:00:00Z"));
        assertThat(daily.buckets().get(1).total()).isEqualTo(events.stream()
                .filter(e -> e.timestamp().toString().startsWith("2026-02-02")).count());
        assertThat(store.histogram(EventQuery.builder().sessionId("nobody").build(), Optional.empty()).buckets())
                .isEmpty();
    }

    @Test
    void suggestsSessionIdsByPrefixAndTypesWithCounts() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(event("a" + i, "message.sent", String.format("support-%02d", i), "2026-02-03T10:00:00Z"));
            events.add(event("b" + i, "custom.thing", String.format("support-%02d", i), "2026-02-03T10:00:01Z"));
        }
        events.add(event("c", "message.sent", "sales-1", "2026-02-03T10:00:00Z"));
        events.add(event("d", "message.sent", "supporter", "2026-02-03T10:00:00Z"));
        store.append(events);

        assertThat(store.sessionIds("support-1", 20)).containsExactly("support-10", "support-11", "support-12",
                "support-13", "support-14", "support-15", "support-16", "support-17", "support-18", "support-19");
        assertThat(store.sessionIds("supp", 50)).hasSize(EventStore.MAX_SUGGESTIONS).startsWith("support-00");
        assertThat(store.sessionIds("sa", 5)).containsExactly("sales-1");
        assertThat(store.sessionIds("x", 5)).isEmpty();
        assertThat(store.allSessionIds()).as("every session, past the suggestions' limit").hasSize(32)
                .startsWith("sales-1", "support-00").endsWith("support-29", "supporter");

        List<TypeCount> types = store.typeCounts(EventQuery.builder().sessionId("support-03").build());
        assertThat(types.get(0)).isEqualTo(new TypeCount("message.received", 0, true));
        assertThat(types).contains(new TypeCount("message.sent", 1, true));
        assertThat(types.get(types.size() - 1)).isEqualTo(new TypeCount("custom.thing", 1, false));
    }

    @Test
    void tailReturnsOnlyNewerMatchingEventsOldestFirst() {
        store.append(List.of(
                event("e1", "message.sent", "s1", "2026-02-03T10:00:00Z"),
                event("e2", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                event("e3", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                event("e4", "message.sent", "s2", "2026-02-03T10:00:02Z"),
                event("e5", "message.sent", "s1", "2026-02-03T10:00:03Z")));
        Cursor seen = new Cursor(Instant.parse("2026-02-03T10:00:01Z"), "e2");

        assertThat(store.tail(EventQuery.all(), seen, 10)).extracting(Event::id).containsExactly("e3", "e4", "e5");
        assertThat(store.tail(EventQuery.builder().sessionId("s1").build(), seen, 10)).extracting(Event::id)
                .containsExactly("e3", "e5");
        assertThat(store.tail(EventQuery.all(), seen, 1)).extracting(Event::id).containsExactly("e3");
        assertThat(store.tail(EventQuery.all(), new Cursor(Instant.parse("2026-02-03T10:00:03Z"), "e5"), 10))
                .isEmpty();
    }

    @Test
    void ndjsonExportReimportsToIdenticalEvents() throws Exception {
        List<Event> events = List.of(
                event("e1", "message.received", "s1", "2026-02-03T10:00:00.123Z", DELIVERY),
                event("e2", "message.sent", "s2", "2026-02-03T10:00:01Z", "null"),
                event("e3", "message.sent", "s2", "2026-02-03T10:00:02Z", "[1,2.50,\"a,b\\n\\\"c\\\"\"]"),
                event("e4", "presence.update", "s1", "2026-02-03T10:00:03Z", "{\"n\":-0.125,\"big\":12345678901234567890}"));
        store.append(events);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new EventExporter(store).export(EventQuery.all(), ExportFormat.NDJSON, out);

        assertThat(written).isEqualTo(4);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(4);
        try (Database empty = open()) {
            EventStore copy = empty.events();
            var summary = new io.eventinspector.store.EventImporter(copy, new EventJson(Clock.systemUTC()))
                    .importFrom(new ByteArrayInputStream(out.toByteArray()), true,
                            new io.eventinspector.store.EventImporter.Listener() { });
            assertThat(summary.imported()).isEqualTo(4);
            for (Event original : events) {
                assertThat(EventJson.toJson(copy.get(original.id()).orElseThrow()))
                        .isEqualTo(EventJson.toJson(store.get(original.id()).orElseThrow()));
            }
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            new EventExporter(copy).export(EventQuery.all(), ExportFormat.NDJSON, again);
            assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
        }
    }

    @Test
    void csvExportParsesWithAStandardReaderAndHonoursFilters() throws Exception {
        store.append(List.of(
                event("e1", "message.received", "s1", "2026-02-03T10:00:00.123Z", DELIVERY),
                event("e2", "message.sent", "s1", "2026-02-03T10:00:01Z", "{\"body\":\"a,b\\r\\n\\\"quoted\\\"\"}"),
                event("e3", "message.sent", "s2", "2026-02-03T10:00:02Z", "{\"body\":\"other session\"}")));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventExporter(store).export(EventQuery.builder().sessionId("s1").build(), ExportFormat.CSV, out);

        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> reader = new CsvMapper().readerForMapOf(String.class)
                .with(schema).readValues(out.toByteArray())) {
            reader.forEachRemaining(rows::add);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("id,type,session_id,timestamp,data\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("id", "e2").containsEntry("session_id", "s1")
                .containsEntry("timestamp", "2026-02-03T10:00:01Z")
                .containsEntry("data", store.get("e2").orElseThrow().dataJson());
        assertThat(EventStoreContract.json(rows.get(0).get("data")).get("body").asText())
                .isEqualTo("a,b\r\n\"quoted\"");
        assertThat(rows.get(1)).containsEntry("id", "e1").containsEntry("timestamp", "2026-02-03T10:00:00.123Z");
    }

    @Test
    void forEachStreamsEveryMatchingEventNewestFirstFromTheCursor() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            events.add(event(String.format("e%04d", i), "t", "s" + (i % 2),
                    Instant.parse("2026-02-03T10:00:00Z").plusSeconds(i).toString()));
        }
        store.append(events);

        List<String> seen = new ArrayList<>();
        long passed = store.forEach(EventQuery.builder().sessionId("s1").limit(10)
                .cursor(new Cursor(Instant.parse("2026-02-03T10:00:00Z").plusSeconds(2_000), "e2000"))
                .build(), event -> seen.add(event.id()));

        assertThat(passed).isEqualTo(1_000);
        assertThat(seen).hasSize(1_000).startsWith("e1999", "e1997").endsWith("e0001");
    }

    private static EventQuery text(String text) {
        return EventQuery.builder().text(text).build();
    }

    private List<String> ids(EventQuery query) {
        return store.query(query).events().stream().map(Event::id).toList();
    }
}
