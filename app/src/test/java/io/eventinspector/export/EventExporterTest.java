package io.eventinspector.export;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.Database;
import io.eventinspector.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV that a spreadsheet opens without running anything, and NDJSON left exactly as the events are. */
class EventExporterTest {
    private static final List<Event> HOSTILE = List.of(
            event("=HYPERLINK(\"http://x\",\"y\")", "-cmd", "@SUM(A1)", "2026-02-03T10:00:05Z", "-5"),
            event("+1", "t", "\ttab", "2026-02-03T10:00:04Z", "{\"body\":\"=1+1\"}"),
            event("\rcr", "t", "s", "2026-02-03T10:00:03Z", "\"=1+1\""),
            event("plain-id", "t", "s-1", "2026-02-03T10:00:02Z", "{\"b\":\"a,b\"}"));

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void store() {
        database = TestDatabases.sqlite(folder);
        database.events().append(HOSTILE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String export(ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventExporter(database.events()).export(EventQuery.all(), format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvCellsThatStartLikeAFormulaAreQuotedWithASingleQuoteInFront() throws Exception {
        String csv = export(ExportFormat.CSV);

        assertThat(csv.split("\r\n", -1)).startsWith(
                "id,type,session_id,timestamp,data",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'-cmd\",\"'@SUM(A1)\",2026-02-03T10:00:05Z,\"'-5\"",
                "\"'+1\",t,\"'\ttab\",2026-02-03T10:00:04Z,\"{\"\"body\"\":\"\"=1+1\"\"}\"");
        List<Map<String, String>> rows = read(csv);
        assertThat(rows).extracting(row -> row.get("id"))
                .containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'\rcr", "plain-id");
        assertThat(rows).extracting(row -> row.get("session_id")).containsExactly("'@SUM(A1)", "'\ttab", "s", "s-1");
        assertThat(rows).extracting(row -> row.get("data"))
                .containsExactly("'-5", "{\"body\":\"=1+1\"}", "\"=1+1\"", "{\"b\":\"a,b\"}");
        assertThat(rows).allSatisfy(row -> assertThat(row.values()).noneMatch(cell -> !cell.isEmpty()
                && EventExporter.FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0));
    }

    @Test
    void ndjsonIsTheWireFormByteForByte() throws Exception {
        StringBuilder expected = new StringBuilder();
        HOSTILE.forEach(event -> expected.append(EventJson.toJson(event)).append('\n'));

        assertThat(export(ExportFormat.NDJSON)).isEqualTo(expected.toString());
    }

    private static List<Map<String, String>> read(String csv) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> reader = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }
}
