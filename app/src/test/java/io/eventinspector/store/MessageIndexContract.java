package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.MessageIds;
import io.eventinspector.testing.LogCapture;
import io.eventinspector.testing.OpenStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The message index (issue 17) on each database: kept at ingest, filled at first open, read, and cleaned up. */
abstract class MessageIndexContract extends OpenStoreContract {
    static final Instant T0 = Instant.parse("2026-02-03T10:00:00Z");

    /** A URL for a new store nothing has opened yet. */
    protected abstract StoreUrl freshUrl();

    @Override
    protected Database open() {
        return Database.open(freshUrl());
    }

    @Test
    void aNewStoreHasAFilledIndexAndAppendsIndexEveryEntryOfAReceipt() {
        store.append(List.of(
                message("e1", "message.sent", "s1", 0, "{\"message_id\":\"M1\",\"to\":\"49151\"}"),
                message("e2", "message.sent", "s1", 1, "{\"messageId\":\"M2\"}"),
                message("e3", "message.read", "s1", 5,
                        "{\"message_ids\":[\"M1\",\"M2\",\"M3\"],\"from\":\"49151@s.whatsapp.net\"}"),
                message("e4", "presence.update", "s1", 6, "{\"message_id\":\"M1\"}")));

        assertThat(store.hasMessageIndex()).isTrue();
        assertThat(ids(store.messageEvents("M1", Optional.of("s1")))).containsExactly("e1", "e3");
        assertThat(ids(store.messageEvents("M2", Optional.of("s1")))).containsExactly("e2", "e3");
        assertThat(ids(store.messageEvents("M3", Optional.empty()))).as("a receipt alone is still found")
                .containsExactly("e3");
        assertThat(indexRows()).as("one row per message a message event names; other types are not read")
                .isEqualTo(5);
    }

    @Test
    void aDuplicateAppendAddsNoRowsAndARepeatInOneAppendOnlyTheFirst() {
        store.append(List.of(message("e1", "message.sent", "s1", 0, "{\"message_id\":\"M1\"}")));

        AppendResult again = store.append(List.of(
                message("e1", "message.sent", "s1", 0, "{\"message_id\":\"OTHER\"}"),
                message("e2", "message.delivered", "s1", 1, "{\"message_id\":\"M1\"}"),
                message("e2", "message.delivered", "s1", 1, "{\"message_id\":\"SECOND\"}")));

        assertThat(again).isEqualTo(new AppendResult(1, 2));
        assertThat(ids(store.messageEvents("M1", Optional.empty()))).containsExactly("e1", "e2");
        assertThat(store.messageEvents("OTHER", Optional.empty())).isEmpty();
        assertThat(store.messageEvents("SECOND", Optional.empty())).isEmpty();
        assertThat(indexRows()).isEqualTo(2);
    }

    @Test
    void aMessageIdTooLongForTheIndexIsLeftOutWithoutFailingTheAppend() {
        String huge = "X".repeat(MessageIds.MAX_ID_LENGTH + 1);

        store.append(List.of(message("e1", "message.sent", "s1", 0, "{\"message_id\":\"" + huge + "\"}"),
                message("e2", "message.read", "s1", 1, "{\"message_ids\":[\"" + huge + "\",\"M2\"]}")));

        assertThat(store.count(EventQuery.all())).isEqualTo(2);
        assertThat(ids(store.messageEvents("M2", Optional.empty()))).containsExactly("e2");
        assertThat(indexRows()).isEqualTo(1);
    }

    @Test
    void messageEventsAreOldestFirstInEverySessionOrInOne() {
        store.append(List.of(
                message("b-read", "message.read", "s2", 30, "{\"message_id\":\"M1\"}"),
                message("a-sent", "message.sent", "s1", 10, "{\"message_id\":\"M1\"}"),
                message("b-sent", "message.sent", "s2", 10, "{\"message_id\":\"M1\"}"),
                message("a-delivered", "message.delivered", "s1", 20, "{\"message_id\":\"M1\"}"),
                message("other", "message.sent", "s1", 15, "{\"message_id\":\"M2\"}")));

        List<Event> everywhere = store.messageEvents("M1", Optional.empty());

        assertThat(ids(everywhere)).containsExactly("a-sent", "b-sent", "a-delivered", "b-read");
        assertThat(everywhere.get(0).dataJson()).isEqualTo("{\"message_id\":\"M1\"}");
        assertThat(ids(store.messageEvents("M1", Optional.of("s2")))).containsExactly("b-sent", "b-read");
        assertThat(store.messageEvents("M1", Optional.of("s3"))).isEmpty();
        assertThat(store.messageEvents("unknown", Optional.empty())).isEmpty();
    }

    @Test
    void messageEventsStopAtTheCap() {
        List<Event> receipts = new ArrayList<>();
        for (int i = 0; i <= EventStore.MAX_MESSAGE_EVENTS; i++) {
            receipts.add(message(String.format("r%04d", i), "message.reaction", "s1", i, "{\"message_id\":\"M1\"}"));
        }
        store.append(receipts);

        List<Event> found = store.messageEvents("M1", Optional.empty());

        assertThat(found).hasSize(EventStore.MAX_MESSAGE_EVENTS);
        assertThat(found.get(0).id()).isEqualTo("r0000");
    }

    @Test
    void summariesTakeTheFirstOfEachStatusWhateverOrderReceiptsCameIn() {
        store.append(scenario());

        List<MessageSummary> summaries = summaries(EventQuery.builder().sessionId("s1").build());

        assertThat(summaries).containsExactlyInAnyOrderElementsOf(expectedScenario());
    }

    @Test
    void aWideQueryReadingTheWholeIndexGivesTheSameSummariesAsLookingEachMessageUp() {
        store.append(scenario());
        List<Event> others = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            others.add(message("o" + i, "message.received", "s2", 100 + i, "{\"message_id\":\"O" + i + "\"}"));
        }
        store.append(others);

        // s1 holds few of the store's messages: looked up one by one. The whole store: read in key order.
        List<MessageSummary> narrow = summaries(EventQuery.builder().sessionId("s1").build());
        List<MessageSummary> wide = summaries(EventQuery.all());

        assertThat(narrow).containsExactlyInAnyOrderElementsOf(expectedScenario());
        assertThat(wide).hasSize(expectedScenario().size() + 40).containsAll(expectedScenario());
        assertThat(orphans(EventQuery.builder().sessionId("s1").build()))
                .containsExactlyInAnyOrderElementsOf(orphans(EventQuery.all()));
    }

    @Test
    void summariesFollowTheQuerysFilters() {
        store.append(scenario());
        store.append(List.of(message("x1", "message.sent", "s2", 0, "{\"message_id\":\"A\"}")));

        assertThat(messageIds(EventQuery.builder().sessionId("s2").build())).containsExactly("A");
        assertThat(messageIds(EventQuery.builder().sessionId("s1").since(T0.plusSeconds(100)).build()))
                .as("A was sent before the range; E's receipts after it still count")
                .containsExactlyInAnyOrder("C", "D", "E", "F");
        assertThat(summaries(EventQuery.builder().sessionId("s1").until(T0.plusSeconds(100)).build()))
                .as("receipts after the range count for a message sent in it")
                .containsExactlyInAnyOrder(expected("A"), expected("B"));
        assertThat(messageIds(EventQuery.builder().sessionId("s1").type("message.received").build()))
                .containsExactly("D");
        assertThat(messageIds(EventQuery.builder().sessionId("s1").type("message.read").build()))
                .as("only a message event makes a message").isEmpty();
        assertThat(messageIds(EventQuery.builder().sessionId("s1").text("Rechnung").build())).containsExactly("C");
    }

    @Test
    void orphansAreReceiptsAndReactionsWhoseMessageIsNotInTheStore() {
        store.append(scenario());
        store.append(List.of(
                message("y1", "message.delivered", "s1", 400, "{\"message_id\":\"GONE\"}"),
                message("y2", "message.read", "s1", 410, "{\"message_ids\":[\"GONE\",\"ALSO-GONE\"]}"),
                message("y3", "message.reaction", "s1", 420, "{\"message_id\":\"REACTED\",\"emoji\":\"+1\"}"),
                message("y4", "message.failed", "s1", 430, "{\"message_id\":\"FAILED\"}"),
                message("y5", "message.read", "s1", 440, "{\"message_id\":\"FAILED\"}"),
                message("y6", "message.delivered", "s2", 450, "{\"message_id\":\"A\"}")));

        assertThat(orphans(EventQuery.builder().sessionId("s1").build())).containsExactlyInAnyOrder(
                new OrphanReceipts("s1", "GONE", 2, T0.plusSeconds(400), "message.read"),
                new OrphanReceipts("s1", "ALSO-GONE", 1, T0.plusSeconds(410), "message.read"),
                new OrphanReceipts("s1", "REACTED", 1, T0.plusSeconds(420), "message.reaction"),
                new OrphanReceipts("s1", "FAILED", 2, T0.plusSeconds(430), "message.failed"));
        assertThat(orphans(EventQuery.builder().sessionId("s2").build())).as("A is a message of s1 only")
                .containsExactly(new OrphanReceipts("s2", "A", 1, T0.plusSeconds(450), "message.delivered"));
        assertThat(orphans(EventQuery.builder().sessionId("s1").since(T0.plusSeconds(405))
                .until(T0.plusSeconds(425)).build())).as("only the receipts in the range count")
                .containsExactlyInAnyOrder(
                        new OrphanReceipts("s1", "GONE", 1, T0.plusSeconds(410), "message.read"),
                        new OrphanReceipts("s1", "ALSO-GONE", 1, T0.plusSeconds(410), "message.read"),
                        new OrphanReceipts("s1", "REACTED", 1, T0.plusSeconds(420), "message.reaction"));
    }

    @Test
    void retentionDeletesTheRowsOfTheEventsItDeletesInEveryBatch() {
        List<Event> old = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            old.add(message("old" + String.format("%04d", i), i % 2 == 0 ? "message.sent" : "message.delivered",
                    "s1", i, "{\"message_id\":\"OLD" + (i / 2) + "\"}"));
        }
        store.append(old);
        store.append(List.of(
                message("new1", "message.sent", "s1", 5_000, "{\"message_id\":\"NEW\"}"),
                message("new2", "message.read", "s1", 5_001, "{\"message_ids\":[\"NEW\",\"OLD1\"]}")));

        long deleted = store.deleteOlderThan(T0.plusSeconds(5_000));

        assertThat(deleted).isEqualTo(1_200);
        assertThat(indexRows()).isEqualTo(3);
        assertThat(store.messageEvents("OLD0", Optional.empty())).isEmpty();
        assertThat(ids(store.messageEvents("OLD1", Optional.empty()))).containsExactly("new2");
        assertThat(ids(store.messageEvents("NEW", Optional.empty()))).containsExactly("new1", "new2");
    }

    @Test
    void retentionDeletesTheRowsOfAnEventWhoseTimeHasMicroseconds() {
        Instant precise = T0.plusNanos(123_456_000);
        store.append(List.of(new Event("e1", "message.sent", "s1", "{\"message_id\":\"M1\"}", precise)));

        store.deleteOlderThan(T0.plusSeconds(1));

        assertThat(indexRows()).isZero();
    }

    @Test
    void anEventDeletedByHandTakesItsRowsWithIt() {
        store.append(List.of(message("e1", "message.sent", "s1", 0, "{\"message_id\":\"M1\"}"),
                message("e2", "message.read", "s1", 1, "{\"message_ids\":[\"M1\",\"M2\"]}")));

        database.dsl().execute("DELETE FROM events WHERE id = 'e2'");

        assertThat(indexRows()).isEqualTo(1);
    }

    @Test
    void theFirstOpenOfAStoreFromBeforeTheIndexIndexesItsEvents() {
        StoreUrl url = freshUrl();
        StoreDialect dialect = StoreDialect.of(url.kind());
        var before = Flyway.configure().dataSource(url.jdbcUrl(), url.user().orElse(null),
                url.password().orElse(null)).locations(dialect.migrations());
        url.currentSchema().ifPresent(schema -> before.schemas(schema).createSchemas(true));
        MigrationInfo[] migrations = before.load().info().all();
        assertThat(migrations[migrations.length - 1].getVersion().getVersion()).isEqualTo(dialect.latestMigration());
        // The store as the version before the index left it.
        before.target(migrations[migrations.length - 2].getVersion()).load().migrate();
        List<Event> events = manyMessages(40);
        try (CloseableDSLContext old = DSL.using(url.jdbcUrl(), url.user().orElse(null),
                url.password().orElse(null))) {
            dialect.insertIgnoringDuplicates(old, new EventTable(dialect), events, T0);
        }

        try (LogCapture log = new LogCapture(MessageIndexFill.class.getName());
             Database upgraded = Database.open(url)) {
            EventStore events2 = upgraded.events();

            assertThat(events2.hasMessageIndex()).isTrue();
            assertThat(rowsIn(upgraded)).isEqualTo(expectedRows(events));
            assertThat(ids(events2.messageEvents("M3", Optional.of("s1")))).containsExactly("m03", "r02");
            assertThat(log.messages()).first().asString().startsWith("Indexing messages in ")
                    .endsWith(": 44 events to read");
            assertThat(log.messages()).last().asString().contains("44 events read, " + expectedRows(events)
                    + " index rows");
        }
        try (LogCapture log = new LogCapture(MessageIndexFill.class.getName());
             Database again = Database.open(url)) {
            assertThat(log.messages()).as("filled once").isEmpty();
            assertThat(again.events().hasMessageIndex()).isTrue();
        }
    }

    @Test
    void anInterruptedFillResumesWhereItStoppedAndDoublesNothing() {
        List<Event> events = manyMessages(40);
        UnindexedAppends.of(database).append(events);
        var dsl = database.dsl();
        dsl.execute("UPDATE message_index_fill SET last_id = '', done = " + (database.kind() == StoreKind.SQLITE
                ? "0" : "false"));
        MessageIndexFill fill = new MessageIndexFill(dsl, database.dialect(), new EventTable(database.dialect()),
                WriteGate.NONE, "test", 10);
        // Killed after two batches: the first 20 events (in id order) are indexed and the position saved.
        fill.indexNextBatch();
        fill.indexNextBatch();
        String position = dsl.fetchValue("SELECT last_id FROM message_index_fill").toString();
        assertThat(position).isEqualTo(events.stream().map(Event::id).sorted().toList().get(19));
        // A row of the done part removed (resuming must not read it again), one of the rest already there
        // (as if appended by this version meanwhile): it must not be doubled.
        dsl.execute("DELETE FROM message_events WHERE event_id = ?", events.stream().map(Event::id).sorted()
                .toList().get(0));
        Event later = events.stream().filter(event -> event.id().compareTo(position) > 0).findFirst().orElseThrow();
        database.dialect().insertMessageRows(dsl, MessageIndexRow.of(later));
        StoreUrl url = database.url();
        database.close();

        try (LogCapture log = new LogCapture(MessageIndexFill.class.getName())) {
            database = Database.open(url);
            assertThat(log.messages()).first().asString().endsWith("(resuming where an interrupted run stopped)");
        }

        assertThat(rowsIn(database)).isEqualTo(expectedRows(events) - 1);
        assertThat(database.events().hasMessageIndex()).isTrue();
    }

    /** Two sessions' worth of messages and their receipts, with some other events between. */
    private static List<Event> manyMessages(int count) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(message(String.format("m%02d", i), "message.sent", "s1", i, "{\"message_id\":\"M" + i + "\"}"));
        }
        events.add(message("r02", "message.read", "s1", 100, "{\"message_ids\":[\"M2\",\"M3\",\"M4\"]}"));
        events.add(message("p1", "presence.update", "s1", 101, "{\"message_id\":\"M1\"}"));
        events.add(message("q1", "message.received", "s2", 102, "{\"key\":{\"id\":\"K1\"}}"));
        events.add(message("q2", "message.received", "s2", 103, "{\"text\":\"no id\"}"));
        return events;
    }

    private static long expectedRows(List<Event> events) {
        return events.stream().filter(event -> event.type().startsWith("message."))
                .mapToLong(event -> MessageIds.all(event.dataJson()).size()).sum();
    }

    /**
     * Session s1: A sent, read (first) then delivered; B sent, failed; C sent, nothing yet (pending); D received;
     * E sent, played (a voice note); F sent twice (a gateway emitting it again), then delivered.
     */
    private static List<Event> scenario() {
        return List.of(
                message("a0", "message.sent", "s1", 0, "{\"message_id\":\"A\"}"),
                message("a1", "message.read", "s1", 300, "{\"message_ids\":[\"A\"]}"),
                message("a2", "message.delivered", "s1", 310, "{\"message_ids\":[\"A\"]}"),
                message("b0", "message.sent", "s1", 50, "{\"message_id\":\"B\"}"),
                message("b1", "message.failed", "s1", 53, "{\"message_id\":\"B\",\"error\":{\"code\":463}}"),
                message("c0", "message.sent", "s1", 120, "{\"message_id\":\"C\",\"caption\":\"Rechnung 4711\"}"),
                message("d0", "message.received", "s1", 130, "{\"key\":{\"id\":\"D\"}}"),
                message("e0", "message.sent", "s1", 140, "{\"message_id\":\"E\"}"),
                message("e1", "message.delivered", "s1", 150, "{\"message_id\":\"E\"}"),
                message("e2", "message.played", "s1", 200, "{\"message_id\":\"E\"}"),
                message("f0", "message.sent", "s1", 160, "{\"message_id\":\"F\"}"),
                message("f1", "message.sent", "s1", 165, "{\"message_id\":\"F\"}"),
                message("f2", "message.delivered", "s1", 170, "{\"message_id\":\"F\"}"));
    }

    private static List<MessageSummary> expectedScenario() {
        return List.of(expected("A"), expected("B"), expected("C"), expected("D"), expected("E"), expected("F"));
    }

    private static MessageSummary expected(String message) {
        return switch (message) {
            case "A" -> summary("A", "a0", "message.sent", 0, 300, 300, null, null);
            case "B" -> summary("B", "b0", "message.sent", 50, null, null, null, 53);
            case "C" -> summary("C", "c0", "message.sent", 120, null, null, null, null);
            case "D" -> summary("D", "d0", "message.received", 130, null, null, null, null);
            case "E" -> summary("E", "e0", "message.sent", 140, 150, 200, 200, null);
            case "F" -> summary("F", "f0", "message.sent", 160, 170, null, null, null);
            default -> throw new IllegalArgumentException(message);
        };
    }

    private static MessageSummary summary(String message, String eventId, String type, int sent, Integer delivered,
                                          Integer read, Integer played, Integer failed) {
        return new MessageSummary("s1", message, eventId, type, T0.plusSeconds(sent), at(delivered), at(read),
                at(played), at(failed));
    }

    private static Optional<Instant> at(Integer seconds) {
        return Optional.ofNullable(seconds).map(T0::plusSeconds);
    }

    static Event message(String id, String type, String session, int seconds, String data) {
        return new Event(id, type, session, data, T0.plus(Duration.ofSeconds(seconds)));
    }

    private List<MessageSummary> summaries(EventQuery query) {
        List<MessageSummary> found = new ArrayList<>();
        long count = store.forEachMessageSummary(query, found::add);
        assertThat(count).isEqualTo(found.size());
        return found;
    }

    private List<String> messageIds(EventQuery query) {
        return summaries(query).stream().map(MessageSummary::messageId).toList();
    }

    private List<OrphanReceipts> orphans(EventQuery query) {
        List<OrphanReceipts> found = new ArrayList<>();
        long count = store.forEachOrphan(query, found::add);
        assertThat(count).isEqualTo(found.size());
        return found;
    }

    private long indexRows() {
        return rowsIn(database);
    }

    private static long rowsIn(Database database) {
        return database.dsl().fetchCount(database.dsl().selectFrom("message_events"));
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }
}
