package io.eventinspector.store;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.EventQuery;
import io.eventinspector.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
    void theScanFallbackSearchesThePayloadTextWithoutAnIndex() {
        store.append(List.of(event("e1", "t", "s", "2026-01-01T00:00:00Z", "{\"b\":\"Ihre LIEFERUNG 100%_fertig\"}"),
                event("e2", "t", "s", "2026-01-01T00:00:01Z", "{\"b\":\"100 fertig\"}")));
        EventTable table = new EventTable(database.dialect());
        EventStore scanning = new JooqEventStore(database.dsl(), database.dialect(), table,
                new ScanPayloadSearch(table.payloadText), store.info(), database.access(), WriteGate.NONE,
                Optional.empty());

        assertThat(scanning.query(EventQuery.builder().text("lieferung").build()).events()).extracting("id")
                .containsExactly("e1");
        assertThat(scanning.count(EventQuery.builder().text("100%_").build())).as("LIKE wildcards are literal")
                .isEqualTo(1);
        assertThat(scanning.count(EventQuery.builder().text("fertig 100").build())).isEqualTo(2);
    }
}
