package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.InvalidJson;
import io.eventinspector.event.Page;
import io.eventinspector.retention.CleanupRun;
import io.eventinspector.retention.EventCleanup;
import io.eventinspector.testing.Events;
import io.eventinspector.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A gateway's own events table, made with plain SQL in both layouts (the gateway's real GORM one and the spec's),
 * read through {@link Database#open}: right events, UTC millis, JSON data, and not one byte of it changed.
 */
abstract class GatewayStoreContract {
    enum Layout { GORM, SPEC }

    /** One stored row: the payload text as the gateway wrote it and its timestamp text with offset and nanos. */
    record Row(String id, String type, String session, String data, String timestampText, String utc) {
        Instant instant() {
            return Instant.parse(utc);
        }

        /** The timestamp as UTC wall time without an offset, for a {@code timestamp without time zone} column. */
        String utcWallTime() {
            return OffsetDateTime.parse(timestampText.replace(' ', 'T')).withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime().toString().replace('T', ' ');
        }
    }

    static final String NOT_JSON = "not json {";
    static final Row R1 = new Row("20260203103000.123456789", "message.received", "s1", "{\"body\":\"hi ü\"}",
            "2026-02-03 10:30:00.123456789+00:00", "2026-02-03T10:30:00.123Z");
    /**
     * Same millisecond as R1 but earlier within it, with a greater id: at millisecond precision it comes first,
     * so ordering by the raw sub-millisecond time would break cursors. Pretty JSON comes back compact.
     */
    static final Row R2 = new Row("20260203103000.1239", "message.ack", "s1", "{ \"n\": 1.5, \"x\": [1, 2] }",
            "2026-02-03 10:30:00.1231+00:00", "2026-02-03T10:30:00.123Z");
    /** Sorts first as text, but +02:00 makes it 10:30:00.5 UTC. */
    static final Row R3 = new Row("3f6c1a1e-8b7d-4c1e-9a55-0c2b8d7e6f10", "message.sent", "s1", "{\"to\":\"49151\"}",
            "2026-02-03 12:30:00.5+02:00", "2026-02-03T10:30:00.500Z");
    /** Not JSON, and -05:00: sorts early as text, is the newest event. */
    static final Row R4 = new Row("20260203103100.000000001", "message.received", "s2", NOT_JSON,
            "2026-02-03 05:31:00.000000001-05:00", "2026-02-03T10:31:00Z");
    /** .9999 truncates to .999; rounding would make it 10:30:00.000. */
    static final Row R5 = new Row("20260203102959.9999", "session.status", "s1", "{\"status\":\"connected\"}",
            "2026-02-03T10:29:59.9999Z", "2026-02-03T10:29:59.999Z");
    static final Row R6 = new Row("20260202090000", "message.sent", "s2", "[true,null]",
            "2026-02-02 09:00:00+00:00", "2026-02-02T09:00:00Z");
    static final List<Row> ROWS = List.of(R1, R2, R3, R4, R5, R6);
    static final List<Row> NEWEST_FIRST = List.of(R4, R3, R2, R1, R5, R6);

    /** The clock of the odd-times tests; with {@link #RETENTION_DAYS} it makes the cutoff 2026-02-08T02:00:00Z. */
    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    static final int RETENTION_DAYS = 30;
    static final Instant CUTOFF = NOW.minus(Duration.ofDays(RETENTION_DAYS));

    /**
     * A row of the odd-times fixture: its compact JSON payload (a distinct word in each, to search for) and the
     * time it must be read as, empty when its stored time cannot be read.
     */
    record TimedRow(String id, String payload, Optional<Instant> readAs) {
        static TimedRow at(String id, String payload, String utc) {
            return new TimedRow(id, payload, Optional.of(Instant.parse(utc)));
        }

        static TimedRow unreadable(String id, String payload) {
            return new TimedRow(id, payload, Optional.empty());
        }

        boolean expired() {
            return readAs.isPresent() && readAs.get().isBefore(CUTOFF);
        }
    }

    /** Creates the events table of {@code layout} with plain SQL, with its indexes, and inserts {@link #ROWS}. */
    protected abstract void create(Layout layout) throws Exception;

    /**
     * Creates the events table as the gateway's model declares it (GORM, {@code data bytea}, a timestamp that
     * takes NULL) holding times in every form this database can hold, recent, expired and unreadable ones; returns
     * the rows with the times they must be read as.
     */
    protected abstract List<TimedRow> createWithOddTimes() throws Exception;

    /** Runs plain SQL on the gateway database (to make odd tables). */
    protected abstract void execute(String sql) throws Exception;

    protected abstract Database open(boolean allowWrites);

    /** Where the database is, as {@link Database#where()} names it. */
    protected abstract String where();

    /** Everything that must not change: tables, indexes, settings, row count and contents, read from outside. */
    protected abstract String snapshot() throws Exception;

    /** Whether the spec layout's {@code data} column can hold text that is not JSON (JSONB cannot). */
    protected abstract boolean specHoldsAnyText();

    /** The payload text a layout stores for a row; a JSONB column gets the non-JSON text as a JSON string. */
    protected String stored(Layout layout, Row row) {
        boolean jsonOnly = layout == Layout.SPEC && !specHoldsAnyText();
        return jsonOnly && row.data().equals(NOT_JSON) ? "\"" + NOT_JSON + "\"" : row.data();
    }

    private String expectedData(Layout layout, Row row) {
        String stored = stored(layout, row);
        return stored.equals(NOT_JSON) ? InvalidJson.mark(NOT_JSON) : EventJson.compactText(stored);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void queriesByEveryFilterNewestFirstWithJsonDataAndUtcMillis(Layout layout) throws Exception {
        create(layout);
        try (Database database = open(false)) {
            EventStore store = database.events();
            Page all = store.query(EventQuery.all());
            assertThat(all.events()).extracting(Event::id).containsExactlyElementsOf(ids(NEWEST_FIRST));
            for (int i = 0; i < NEWEST_FIRST.size(); i++) {
                Row row = NEWEST_FIRST.get(i);
                Event event = all.events().get(i);
                assertThat(event.timestamp()).as(row.id()).isEqualTo(row.instant());
                assertThat(event.dataJson()).as(row.id()).isEqualTo(expectedData(layout, row));
                assertThat(event.type()).isEqualTo(row.type());
                assertThat(event.sessionId()).isEqualTo(row.session());
            }
            assertThat(ids(store, EventQuery.builder().sessionId("s1").build())).containsExactly(
                    R3.id(), R2.id(), R1.id(), R5.id());
            assertThat(ids(store, EventQuery.builder().type("message.received").build())).containsExactly(
                    R4.id(), R1.id());
            assertThat(ids(store, EventQuery.builder().types(List.of("message.sent", "session.status")).build()))
                    .containsExactly(R3.id(), R5.id(), R6.id());
            assertThat(ids(store, EventQuery.builder().since(Instant.parse("2026-02-03T10:30:00.123Z"))
                    .until(Instant.parse("2026-02-03T10:30:00.500Z")).build()))
                    .containsExactly(R3.id(), R2.id(), R1.id());
            assertThat(ids(store, EventQuery.builder().until(Instant.parse("2026-02-03T10:29:59.999Z")).build()))
                    .containsExactly(R5.id(), R6.id());
            assertThat(ids(store, EventQuery.builder().sessionId("s1").type("message.ack").build()))
                    .containsExactly(R2.id());
            assertThat(store.count(EventQuery.builder().sessionId("s1").build())).isEqualTo(4);
            assertThat(store.count(EventQuery.all())).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aGatewaysTableHasNoMessageIndexAndItsLookupsFindNothing(Layout layout) throws Exception {
        create(layout);
        String before = snapshot();
        for (boolean allowWrites : List.of(false, true)) {
            try (Database database = open(allowWrites)) {
                EventStore store = database.events();

                assertThat(store.hasMessageIndex()).isFalse();
                assertThat(store.messageEvents(R1.id(), Optional.empty())).isEmpty();
                assertThat(store.forEachMessageSummary(EventQuery.all(), summary -> { })).isZero();
                assertThat(store.forEachOrphan(EventQuery.all(), orphan -> { })).isZero();
            }
        }
        assertThat(snapshot()).as("no index was made there").isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void cursorPagesWalkEveryEventOnceAcrossTiesAndOffsets(Layout layout) throws Exception {
        create(layout);
        try (Database database = open(false)) {
            EventStore store = database.events();
            assertThat(walk(store, EventQuery.builder().limit(1).build())).containsExactlyElementsOf(
                    ids(NEWEST_FIRST));
            assertThat(walk(store, EventQuery.builder().sessionId("s1").limit(2).build())).containsExactly(
                    R3.id(), R2.id(), R1.id(), R5.id());
            Page second = store.query(EventQuery.builder().limit(2).offset(2).build());
            assertThat(second.events()).extracting(Event::id).containsExactly(R2.id(), R1.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void getsDottedIdsAndUuids(Layout layout) throws Exception {
        create(layout);
        try (Database database = open(false)) {
            EventStore store = database.events();
            Event dotted = store.get(R1.id()).orElseThrow();
            assertThat(dotted.timestamp()).isEqualTo(R1.instant());
            assertThat(dotted.dataJson()).isEqualTo("{\"body\":\"hi ü\"}");
            assertThat(store.get(R3.id()).orElseThrow().timestamp()).isEqualTo(R3.instant());
            assertThat(store.get("20260203103000")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Layout.class, names = "GORM")
    void dataThatIsNotJsonIsMarkedAndNeverFailsThePage(Layout layout) throws Exception {
        create(layout);
        try (Database database = open(false)) {
            Event event = database.events().get(R4.id()).orElseThrow();
            assertThat(event.dataJson()).isEqualTo("{\"_invalid_json\":\"not json {\"}");
            assertThat(InvalidJson.text(event.dataJson())).contains(NOT_JSON);
            assertThat(InvalidJson.text(database.events().get(R1.id()).orElseThrow().dataJson())).isEmpty();
            assertThat(EventJson.toJson(event)).contains("\"data\":{\"_invalid_json\":\"not json {\"}");
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void statsCountPerTypeWithFirstAndLastAndSayReadOnly(Layout layout) throws Exception {
        create(layout);
        try (Database database = open(false)) {
            StoreStats stats = database.events().stats();
            assertThat(stats.total()).isEqualTo(6);
            assertThat(stats.perType()).isEqualTo(Map.of("message.received", 2L, "message.ack", 1L,
                    "message.sent", 2L, "session.status", 1L));
            assertThat(stats.first()).contains(R6.instant());
            assertThat(stats.last()).contains(R4.instant());
            assertThat(database.events().info().readOnly()).isTrue();
            assertThat(database.access().isGateway()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void readingAndRefusedWritesLeaveTheDatabaseExactlyAsItWas(Layout layout) throws Exception {
        create(layout);
        String before = snapshot();
        String refusal = "read-only: " + where() + " is a gateway database (opened without --allow-writes)";
        try (Database database = open(false)) {
            EventStore store = database.events();
            store.query(EventQuery.builder().sessionId("s1").limit(2).build());
            store.stats();
            store.get(R1.id());
            assertThatThrownBy(() -> store.append(List.of(Events.event("new", "message.sent", "s1",
                    "2026-02-03T11:00:00Z")))).isInstanceOf(ReadOnlyStoreException.class).hasMessage(refusal);
            assertThatThrownBy(() -> store.deleteOlderThan(Instant.parse("2030-01-01T00:00:00Z")))
                    .isInstanceOf(ReadOnlyStoreException.class).hasMessage(refusal);
            String ndjson = "{\"id\":\"new\",\"type\":\"message.sent\",\"session_id\":\"s1\",\"data\":{},"
                    + "\"timestamp\":\"2026-02-03T11:00:00Z\"}\n";
            assertThatThrownBy(() -> new EventImporter(store, new EventJson(java.time.Clock.systemUTC()))
                    .importFrom(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), false,
                            new EventImporter.Listener() { }))
                    .isInstanceOf(ReadOnlyStoreException.class).hasMessage(refusal);
            // Below our guard, the connections themselves refuse to write.
            assertThatThrownBy(() -> database.dsl().execute("CREATE TABLE sneaky (x integer)"))
                    .isInstanceOf(org.jooq.exception.DataAccessException.class);
            assertThatThrownBy(() -> database.dsl().execute("DELETE FROM events"))
                    .isInstanceOf(org.jooq.exception.DataAccessException.class);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void allowWritesLetsCleanupDeleteButNeverAddsEvents(Layout layout) throws Exception {
        create(layout);
        try (Database database = open(true)) {
            EventStore store = database.events();
            assertThat(store.info().readOnly()).isTrue();
            assertThat(database.access().canDelete()).isTrue();
            assertThatThrownBy(() -> store.append(List.of(Events.event("new", "message.sent", "s1",
                    "2026-02-03T11:00:00Z")))).isInstanceOf(ReadOnlyStoreException.class)
                    .hasMessage("read-only: " + where() + " is a gateway database (--allow-writes permits cleanup "
                            + "only; events are never added to it)");
            assertThat(store.countOlderThan(Instant.parse("2026-02-03T10:30:00.123Z"))).isEqualTo(2);
            assertThat(store.deleteOlderThan(Instant.parse("2026-02-03T10:30:00.123Z"))).isEqualTo(2);
            assertThat(ids(store, EventQuery.all())).containsExactly(R4.id(), R3.id(), R2.id(), R1.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void payloadSearchScansTheDecodedPayloadWithFiltersAndCursor(Layout layout) throws Exception {
        create(layout);
        try (Database database = open(false)) {
            EventStore store = database.events();
            assertThat(ids(store, EventQuery.builder().text("49151").build())).containsExactly(R3.id());
            assertThat(ids(store, EventQuery.builder().text("HI Ü").build())).containsExactly(R1.id());
            assertThat(ids(store, EventQuery.builder().text("connected").sessionId("s2").build())).isEmpty();
            assertThat(walk(store, EventQuery.builder().text("1").sessionId("s1").limit(1).build()))
                    .containsExactly(R3.id(), R2.id());
            assertThat(store.count(EventQuery.builder().text("status").build())).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void histogramSuggestionsTailAndStreamingReadTheGatewayTable(Layout layout) throws Exception {
        create(layout);
        try (Database database = open(false)) {
            EventStore store = database.events();
            Histogram histogram = store.histogram(EventQuery.builder()
                    .since(Instant.parse("2026-02-03T10:00:00Z")).until(Instant.parse("2026-02-03T11:00:00Z")).build(),
                    Optional.of(BucketSize.MINUTE));
            assertThat(histogram.buckets()).extracting(Histogram.Bucket::start).containsExactly(
                    Instant.parse("2026-02-03T10:29:00Z"), Instant.parse("2026-02-03T10:30:00Z"),
                    Instant.parse("2026-02-03T10:31:00Z"));
            assertThat(histogram.total()).isEqualTo(5);
            assertThat(store.sessionIds("s", 10)).containsExactly("s1", "s2");
            assertThat(store.tail(EventQuery.all(), new Cursor(R1.instant(), R1.id()),
                    10)).extracting(Event::id).containsExactly(R2.id(), R3.id(), R4.id());
            List<String> streamed = new ArrayList<>();
            assertThat(store.forEach(EventQuery.all(), event -> streamed.add(event.id()))).isEqualTo(6);
            assertThat(streamed).containsExactlyElementsOf(ids(NEWEST_FIRST));
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void exportRoundTripsIntoOurOwnStore(Layout layout, @org.junit.jupiter.api.io.TempDir java.nio.file.Path own)
            throws Exception {
        create(layout);
        java.io.ByteArrayOutputStream exported = new java.io.ByteArrayOutputStream();
        List<Event> original;
        try (Database database = open(false)) {
            original = database.events().query(EventQuery.all()).events();
            assertThat(new io.eventinspector.export.EventExporter(database.events()).export(EventQuery.all(),
                    io.eventinspector.export.ExportFormat.NDJSON, exported)).isEqualTo(6);
        }
        try (Database ours = io.eventinspector.testing.TestDatabases.sqlite(own)) {
            EventImporter.Summary summary = new EventImporter(ours.events(), new EventJson(java.time.Clock.systemUTC()))
                    .importFrom(new ByteArrayInputStream(exported.toByteArray()), true, new EventImporter.Listener() { });
            assertThat(summary).isEqualTo(new EventImporter.Summary(6, 0, 0));
            assertThat(ours.events().query(EventQuery.all()).events()).isEqualTo(original);
        }
    }

    @Test
    void aTableMissingAColumnIsRefusedNamingIt() throws Exception {
        execute("CREATE TABLE events (id text PRIMARY KEY, type text, session_id text, payload text, "
                + "timestamp text)");
        assertThatThrownBy(() -> open(false)).isInstanceOf(StoreException.class)
                .hasMessage("cannot read table events in " + where() + ": column data is missing");
    }

    @Test
    void aColumnOfAnUnusableTypeIsRefusedNamingIt() throws Exception {
        execute("CREATE TABLE events (id text PRIMARY KEY, type text, session_id text, data text, "
                + "timestamp integer)");
        assertThatThrownBy(() -> open(false)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot read table events in " + where() + ": column timestamp has type "
                        + "integer, expected ");
    }

    @Test
    void timesStoredAsNumbersAreReadAndUnreadableOnesAreMarkedAndListedLast() throws Exception {
        List<TimedRow> rows = createWithOddTimes();
        try (Database database = open(false)) {
            EventStore store = database.events();
            assertThat(ids(store, EventQuery.all())).containsExactlyElementsOf(newestFirst(rows));
            assertThat(walk(store, EventQuery.builder().limit(1).build())).containsExactlyElementsOf(newestFirst(rows));
            for (TimedRow row : rows) {
                Event event = store.get(row.id()).orElseThrow();
                assertThat(event.dataJson()).as(row.id()).isEqualTo(row.payload());
                if (row.readAs().isPresent()) {
                    assertThat(event.timestamp()).as(row.id()).isEqualTo(row.readAs().get());
                    assertThat(event.timestampUnreadable()).as(row.id()).isFalse();
                    assertThat(EventJson.toJson(event)).as(row.id()).doesNotContain("timestamp_unreadable");
                } else {
                    assertThat(event.timestampUnreadable()).as(row.id()).isTrue();
                    assertThat(event.timestamp()).isEqualTo(Event.UNREADABLE_TIMESTAMP);
                    assertThat(EventJson.toJson(event)).as(row.id())
                            .endsWith(",\"timestamp\":\"1970-01-01T00:00:00Z\",\"timestamp_unreadable\":true}");
                }
            }
        }
    }

    @Test
    void timeFiltersStatsAndHistogramsLeaveUnreadableTimesOut() throws Exception {
        List<TimedRow> rows = createWithOddTimes();
        List<Instant> readable = rows.stream().flatMap(row -> row.readAs().stream()).sorted().toList();
        try (Database database = open(false)) {
            EventStore store = database.events();
            assertThat(ids(store, EventQuery.builder().since(CUTOFF).build())).containsExactlyElementsOf(
                    newestFirst(rows.stream().filter(row -> row.readAs().isPresent() && !row.expired()).toList()));
            assertThat(ids(store, EventQuery.builder().until(NOW).build())).containsExactlyElementsOf(
                    newestFirst(rows.stream().filter(row -> row.readAs().isPresent()).toList()));
            assertThat(store.count(EventQuery.builder().until(NOW).build())).isEqualTo(readable.size());
            assertThat(store.count(EventQuery.all())).isEqualTo(rows.size());
            StoreStats stats = store.stats();
            assertThat(stats.total()).isEqualTo(rows.size());
            assertThat(stats.first()).contains(readable.get(0));
            assertThat(stats.last()).contains(readable.get(readable.size() - 1));
            assertThat(store.histogram(EventQuery.all(), Optional.empty()).total()).isEqualTo(readable.size());
        }
    }

    @Test
    void cleanupDeletesExpiredReadableRowsAndNeverOneWhoseTimeIsUnreadable() throws Exception {
        List<TimedRow> rows = createWithOddTimes();
        long expired = rows.stream().filter(TimedRow::expired).count();
        assertThat(expired).isPositive();
        try (Database database = open(true)) {
            EventStore store = database.events();
            EventCleanup cleanup = new EventCleanup(store, new MutableClock(NOW.toString()));
            assertThat(cleanup.countDeletable(RETENTION_DAYS)).isEqualTo(expired);

            CleanupRun run = cleanup.run(RETENTION_DAYS, CleanupRun.Trigger.MANUAL, deleted -> { });

            assertThat(run.deleted()).isEqualTo(expired);
            assertThat(ids(store, EventQuery.all())).containsExactlyElementsOf(
                    newestFirst(rows.stream().filter(row -> !row.expired()).toList()));
            // Even a cutoff after every readable time leaves the unreadable rows.
            assertThat(store.deleteOlderThan(Instant.parse("2100-01-01T00:00:00Z"))).isEqualTo(
                    rows.stream().filter(row -> row.readAs().isPresent() && !row.expired()).count());
            assertThat(ids(store, EventQuery.all())).containsExactlyElementsOf(
                    newestFirst(rows.stream().filter(row -> row.readAs().isEmpty()).toList()));
        }
    }

    @Test
    void payloadSearchFindsEveryOddTimesRowByItsOwnWord() throws Exception {
        List<TimedRow> rows = createWithOddTimes();
        try (Database database = open(false)) {
            for (TimedRow row : rows) {
                String word = row.payload().replaceAll(".*\"word\":\"([a-z]+)\".*", "$1");
                assertThat(ids(database.events(), EventQuery.builder().text(word).build())).as(word)
                        .containsExactly(row.id());
            }
        }
    }

    /** Ids in the store's order: newest first, ties by id descending; unreadable times last (they sort as 1970). */
    static List<String> newestFirst(List<TimedRow> rows) {
        return rows.stream().sorted(Comparator.comparing((TimedRow row) -> row.readAs()
                        .orElse(Event.UNREADABLE_TIMESTAMP)).thenComparing(TimedRow::id).reversed())
                .map(TimedRow::id).toList();
    }

    static List<String> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }

    static List<String> ids(EventStore store, EventQuery query) {
        return store.query(query).events().stream().map(Event::id).toList();
    }

    static List<String> walk(EventStore store, EventQuery query) {
        List<String> seen = new ArrayList<>();
        Optional<Cursor> next = Optional.empty();
        do {
            Page page = store.query(next.map(query::withCursor).orElse(query));
            page.events().forEach(event -> seen.add(event.id()));
            next = page.next();
        } while (next.isPresent() && seen.size() <= 100);
        return seen;
    }
}
