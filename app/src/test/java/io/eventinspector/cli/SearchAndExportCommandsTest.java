package io.eventinspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.testing.CliRun;
import io.eventinspector.testing.CliRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchAndExportCommandsTest {
    @TempDir
    Path folder;

    private Path db;

    @BeforeEach
    void importEvents() throws Exception {
        db = folder.resolve("events.db");
        Path input = folder.resolve("in.ndjson");
        Files.write(input, List.of(
                "{\"id\":\"e1\",\"type\":\"message.received\",\"session_id\":\"s1\",\"data\":{\"body\":\"Ihre Lieferung\"},\"timestamp\":\"2026-02-03T10:00:00Z\"}",
                "{\"id\":\"e2\",\"type\":\"message.sent\",\"session_id\":\"s1\",\"data\":{\"body\":\"ok, danke\"},\"timestamp\":\"2026-02-03T10:30:00Z\"}",
                "{\"id\":\"e3\",\"type\":\"message.sent\",\"session_id\":\"s2\",\"data\":{\"body\":\"Lieferung morgen\"},\"timestamp\":\"2026-02-03T12:00:00Z\"}"));
        assertThat(run("import", "--db", db.toString(), input.toString()).exit()).isZero();
    }

    @Test
    void queryFiltersByText() {
        Result result = run("query", "--db", db.toString(), "--text", "lieferung", "--format", "ndjson");

        assertThat(result.exit()).isZero();
        assertThat(result.out().lines().map(line -> line.substring(0, 10))).containsExactly(
                "{\"id\":\"e3\"", "{\"id\":\"e1\"");
    }

    @Test
    void queryRejectsSearchTextWithoutWords() {
        Result result = run("query", "--db", db.toString(), "--text", "++");

        assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("error: search text \"++\" has no letters or digits");
    }

    @Test
    void statsDrawsAHistogramOfTheFilteredEvents() {
        Result result = run("stats", "--db", db.toString(), "--histogram", "--session-id", "s1", "--bucket", "hour");

        assertThat(result.exit()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "events per hour (UTC), total 2",
                String.format("%-20s %-50s %d", "2026-02-03T10:00:00Z", "#".repeat(50), 2));
    }

    @Test
    void exportsFilteredEventsToACompleteFileAndReimportsThem() throws Exception {
        Path out = folder.resolve("out.ndjson");
        Result result = run("export", "--db", db.toString(), "--type", "message.sent", "--out", out.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEqualTo("exported 2 events to " + out + System.lineSeparator());
        assertThat(Files.readAllLines(out)).hasSize(2);
        try (var files = Files.list(folder)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
        Path copy = folder.resolve("copy.db");
        assertThat(run("import", "--db", copy.toString(), out.toString()).out()).isEqualTo(
                "imported 2, duplicates 0, rejected 0" + System.lineSeparator());
    }

    @Test
    void exportsCsvWithAHeader() throws Exception {
        Path out = folder.resolve("out.csv");
        assertThat(run("export", "--db", db.toString(), "--format", "csv", "--text", "danke", "--out",
                out.toString()).exit()).isZero();

        assertThat(Files.readString(out)).isEqualTo("id,type,session_id,timestamp,data\r\n"
                + "e2,message.sent,s1,2026-02-03T10:30:00Z,\"{\"\"body\"\":\"\"ok, danke\"\"}\"\r\n");
    }

    private static Result run(String... args) {
        return CliRun.once(args);
    }
}
