package io.eventinspector.store;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.testing.PostgresSchemas;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSearchAndExportTest extends SearchAndExportContract {
    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected Database open() {
        return schemas.open();
    }

    @Test
    void anEventNotYetIndexedIsMatchedByItsOwnWordsUntilTheIndexerMovesIt() {
        SearchIndexer indexer = database.searchIndexer().orElseThrow();
        indexer.close(); // no background run from here on: this test decides what is pending
        store.append(List.of(
                event("e1", "t", "s", "2026-01-01T00:00:00Z",
                        "{\"body\":\"Ihre Lieferung\",\"n\":{\"phone\":\"+49 151 12345678\",\"ünï\":\"ÄRGER\"}}"),
                event("e2", "t", "s", "2026-01-01T00:00:01Z", "{\"body\":\"nothing\"}")));
        var dsl = database.dsl();
        assertThat(dsl.fetchValue("SELECT count(*) FROM events_search_pending")).isEqualTo(2L);
        assertThat(dsl.fetchValue("SELECT count(*) FROM events_search")).isEqualTo(0L);

        for (String text : List.of("lieferung", "+49 151 12345678", "ärger", "Lieferung 151")) {
            assertThat(ids(text)).as(text).containsExactly("e1");
        }
        for (String text : List.of("body", "ünï", "151-49", "Liefer")) {
            assertThat(ids(text)).as(text).isEmpty();
        }

        assertThat(indexer.indexNow()).isEqualTo(2);
        assertThat(dsl.fetchValue("SELECT count(*) FROM events_search_pending")).isEqualTo(0L);
        assertThat(ids("+49 151 12345678")).containsExactly("e1");
        assertThat(ids("nothing")).containsExactly("e2");
    }

    @Test
    void theIndexerDropsTheMarksOfDeletedEvents() {
        SearchIndexer indexer = database.searchIndexer().orElseThrow();
        indexer.close();
        store.append(List.of(event("gone", "t", "s", "2025-01-01T00:00:00Z", "{\"b\":\"refund\"}")));
        store.deleteOlderThan(java.time.Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(ids("refund")).isEmpty();
        assertThat(indexer.indexNow()).isEqualTo(1);
        assertThat(database.dsl().fetchValue("SELECT count(*) FROM events_search")).isEqualTo(0L);
    }

    @Test
    void aStoreFromBeforeV4HasItsEventsInTheWordsTableAndNoExpressionIndex() throws Exception {
        String url = schemas.freshUrl();
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        Flyway.configure().dataSource(url, null, null).schemas(schema).locations("classpath:db/migration/postgresql")
                .target("3").load().migrate();
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO events (id, type, session_id, data, timestamp)"
                    + " VALUES ('old', 't', 's', '{\"b\":\"refund old\"}', '2026-01-01T00:00:00Z')");
        }

        try (Database v4 = Database.open(StoreUrl.parse(url, Optional.empty(), Optional.empty()))) {
            var dsl = v4.dsl();
            assertThat(dsl.fetchValue("SELECT count(*) FROM events_search")).isEqualTo(1L);
            assertThat(dsl.fetchValue("SELECT count(*) FROM events_search_pending")).isEqualTo(0L);
            assertThat(dsl.fetchValue("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()"
                    + " AND indexname = 'idx_events_payload_words'")).isEqualTo(0L);
            v4.events().append(List.of(event("new", "t", "s", "2026-01-01T00:00:01Z", "{\"b\":\"refund new\"}")));
            assertThat(v4.events().query(EventQuery.builder().text("refund").build()).events())
                    .extracting(Event::id).containsExactly("new", "old");
        }
    }

    private List<String> ids(String text) {
        return store.query(EventQuery.builder().text(text).build()).events().stream().map(Event::id).toList();
    }
}
