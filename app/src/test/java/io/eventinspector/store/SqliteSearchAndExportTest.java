package io.eventinspector.store;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.EventQuery;
import io.eventinspector.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSearchAndExportTest extends SearchAndExportContract {
    @TempDir
    Path folder;

    @Override
    protected Database open() {
        return TestDatabases.sqlite(folder);
    }

    @Test
    void theIndexHoldsOneEntryPerEventAndNoCopyOfThePayload() {
        store.append(List.of(event("e1", "t", "s", "2026-01-01T00:00:00Z", "{\"b\":\"refund\"}"),
                event("e2", "t", "s", "2026-01-01T00:00:01Z", "{\"b\":\"refund\"}")));

        var dsl = database.dsl();
        assertThat(dsl.fetchValue("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'refund'"))
                .isEqualTo(2);
        assertThat(dsl.fetchValue("SELECT words FROM events_fts LIMIT 1")).as("contentless").isNull();
        store.deleteOlderThan(java.time.Instant.parse("2026-01-01T00:00:01Z"));
        assertThat(dsl.fetchValue("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'refund'"))
                .isEqualTo(1);
        assertThat(store.count(EventQuery.builder().text("refund").build())).isEqualTo(1);
    }

    @Test
    void anAppendIndexesExactlyTheEventsItInserted() {
        store.append(List.of(event("e1", "t", "s", "2026-01-01T00:00:00Z", "{\"b\":\"refund\"}"),
                event("e2", "t", "s", "2026-01-01T00:00:01Z", "{\"b\":\"refund\"}")));
        // Removing the newest row makes SQLite hand out its rowid again; the skipped duplicate gets none.
        database.dsl().execute("DELETE FROM events WHERE id = 'e2'");
        store.append(List.of(event("e1", "t", "s", "2026-01-01T00:00:00Z", "{\"b\":\"duplicate\"}"),
                event("e3", "t", "s", "2026-01-01T00:00:02Z", "{\"b\":\"refund again\"}")));

        var dsl = database.dsl();
        assertThat(dsl.fetchValue("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'refund'")).isEqualTo(2);
        assertThat(dsl.fetchValue("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'duplicate'")).isEqualTo(0);
        assertThat(ids("refund")).containsExactly("e3", "e1");
        assertThat(ids("again")).containsExactly("e3");
        assertThat(dsl.fetchValue("PRAGMA temp_store")).as("statement journals in memory: a trigger on a file"
                + " journal cut the insert rate to a third (docs/decisions/0005)").isEqualTo(2);
    }

    @Test
    void aStoreFromBeforeV4KeepsItsIndexAndIndexesNewEventsOnce() throws Exception {
        Path file = folder.resolve("v3.db");
        String jdbc = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(jdbc, null, null).locations("classpath:db/migration/sqlite").target("3")
                .load().migrate();
        try (var connection = DriverManager.getConnection(jdbc); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO events (id, type, session_id, data, timestamp, created_at)"
                    + " VALUES ('old', 't', 's', '{\"b\":\"refund old\"}', 1767225600000, 0)");
        }

        try (Database v4 = Database.open(StoreUrl.sqlite(file))) {
            EventStore events = v4.events();
            events.append(List.of(event("new", "t", "s", "2026-01-01T00:00:01Z", "{\"b\":\"refund new\"}")));

            assertThat(events.query(EventQuery.builder().text("refund").build()).events()).extracting("id")
                    .containsExactly("new", "old");
            assertThat(v4.dsl().fetchValue("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'refund'"))
                    .as("one entry per event, none doubled by the old trigger").isEqualTo(2);
        }
    }

    private List<String> ids(String text) {
        return store.query(EventQuery.builder().text(text).build()).events().stream().map(e -> e.id()).toList();
    }

    @Test
    void theScanFallbackSearchesThePayloadTextWithoutAnIndex() {
        store.append(List.of(event("e1", "t", "s", "2026-01-01T00:00:00Z", "{\"b\":\"Ihre LIEFERUNG 100%_fertig\"}"),
                event("e2", "t", "s", "2026-01-01T00:00:01Z", "{\"b\":\"100 fertig\"}")));
        EventTable table = new EventTable(database.dialect());
        EventStore scanning = new JooqEventStore(database.dsl(), new EventStoreSetup(database.dialect(), table,
                new ScanPayloadSearch(table.payloadText), store.info(), database.access(), WriteGate.NONE,
                Optional.empty(), () -> { }, MessageIndexState.COMPLETE));

        assertThat(scanning.query(EventQuery.builder().text("lieferung").build()).events()).extracting("id")
                .containsExactly("e1");
        assertThat(scanning.count(EventQuery.builder().text("100%_").build())).as("LIKE wildcards are literal")
                .isEqualTo(1);
        assertThat(scanning.count(EventQuery.builder().text("fertig 100").build())).isEqualTo(2);
    }
}
