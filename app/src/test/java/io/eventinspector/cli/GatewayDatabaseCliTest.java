package io.eventinspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.testing.CliRun;
import io.eventinspector.testing.GatewayFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line over a gateway's own SQLite file: reads work, import is refused in one exact line. */
class GatewayDatabaseCliTest {
    @TempDir
    Path folder;
    private Path file;
    private final CliRun cli = new CliRun();

    @BeforeEach
    void gatewayFile() throws Exception {
        file = GatewayFiles.create(folder.resolve("gateway.db"), new GatewayFiles.Row("20260203103000.123456789",
                "message.sent", "s1", "{\"to\":\"49151\"}", "2026-02-03 12:30:00.123456789+02:00"));
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void queryAndGetReadTheGatewaysEventsInTheWireForm() {
        String line = "{\"id\":\"20260203103000.123456789\",\"type\":\"message.sent\",\"session_id\":\"s1\","
                + "\"data\":{\"to\":\"49151\"},\"timestamp\":\"2026-02-03T10:30:00.123Z\"}";

        assertThat(run("query", "--db", file.toString(), "--session-id", "s1", "--format", "ndjson"))
                .isEqualTo(ExitCodes.OK);
        assertThat(run("get", "--db", "jdbc:sqlite:" + file, "20260203103000.123456789")).isEqualTo(ExitCodes.OK);

        assertThat(cli.out().lines()).containsExactly(line, line);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void importIsRefusedInOneLineAndTheFileIsUntouched() throws Exception {
        Path input = folder.resolve("in.ndjson");
        Files.writeString(input, "{\"id\":\"x\",\"type\":\"message.sent\",\"session_id\":\"s1\",\"data\":{},"
                + "\"timestamp\":\"2026-02-03T11:00:00Z\"}\n");
        byte[] before = Files.readAllBytes(file);

        assertThat(run("import", "--db", file.toString(), input.toString())).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).isEqualTo("error: read-only: " + file
                + " is a gateway database (opened without --allow-writes)" + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void generateAndCleanupAreRefusedWithoutAllowWrites() throws Exception {
        byte[] before = Files.readAllBytes(file);
        String refusal = "error: read-only: " + file + " is a gateway database (opened without --allow-writes)"
                + System.lineSeparator();

        assertThat(run("generate", "--db", file.toString(), "--events", "5")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).isEqualTo(refusal);
        assertThat(run("cleanup", "--db", file.toString(), "--retention-days", "1")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).isEqualTo(refusal + refusal);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void cleanupWithAllowWritesStillNeedsAConfirmationAtATerminal() throws Exception {
        byte[] before = Files.readAllBytes(file);

        assertThat(run("cleanup", "--db", file.toString(), "--retention-days", "1", "--allow-writes"))
                .isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).isEqualTo("error: cleanup of the gateway database " + file
                + " needs a confirmation typed at a terminal" + System.lineSeparator());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(run("cleanup", "--db", file.toString(), "--retention-days", "1", "--dry-run")).isEqualTo(0);
        assertThat(cli.out()).isEqualTo("would delete 1 events" + System.lineSeparator());
    }

    @Test
    void aByteaFileShowsIntegerTimesAndMarksUnreadableOnesWhichCleanupWouldNotDelete() throws Exception {
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Path bytea = GatewayFiles.createByteaLayout(folder.resolve("bytea.db"),
                new GatewayFiles.StoredRow("recent", "message.sent", "s1", "{\"n\":1}", yesterday.getEpochSecond()),
                new GatewayFiles.StoredRow("no-time", "message.sent", "s1",
                        "{\"n\":2}".getBytes(StandardCharsets.UTF_8), null),
                new GatewayFiles.StoredRow("bad-time", "message.sent", "s1", "{\"n\":3}", "soon"),
                new GatewayFiles.StoredRow("old", "message.sent", "s1", "{\"n\":4}", "2020-01-01 00:00:00+00:00"));

        assertThat(run("query", "--db", bytea.toString(), "--format", "ndjson")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out().lines()).containsExactly(
                "{\"id\":\"recent\",\"type\":\"message.sent\",\"session_id\":\"s1\",\"data\":{\"n\":1},"
                        + "\"timestamp\":\"" + yesterday + "\"}",
                "{\"id\":\"old\",\"type\":\"message.sent\",\"session_id\":\"s1\",\"data\":{\"n\":4},"
                        + "\"timestamp\":\"2020-01-01T00:00:00Z\"}",
                "{\"id\":\"no-time\",\"type\":\"message.sent\",\"session_id\":\"s1\",\"data\":{\"n\":2},"
                        + "\"timestamp\":\"1970-01-01T00:00:00Z\",\"timestamp_unreadable\":true}",
                "{\"id\":\"bad-time\",\"type\":\"message.sent\",\"session_id\":\"s1\",\"data\":{\"n\":3},"
                        + "\"timestamp\":\"1970-01-01T00:00:00Z\",\"timestamp_unreadable\":true}");
        assertThat(run("query", "--db", bytea.toString(), "--format", "table")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out().lines().filter(line -> !line.startsWith("{") && (line.contains("no-time") || line.contains("bad-time"))))
                .hasSize(2).allSatisfy(line -> assertThat(line).startsWith("(unreadable time)").doesNotContain("1970"));
        Path csv = folder.resolve("bytea.csv");
        assertThat(run("export", "--db", bytea.toString(), "--format", "csv", "--out", csv.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(csv).lines()).contains("no-time,message.sent,s1,,\"{\"\"n\"\":2}\"");
        assertThat(run("cleanup", "--db", bytea.toString(), "--retention-days", "30", "--dry-run")).isEqualTo(0);
        assertThat(cli.out().lines()).last().isEqualTo("would delete 1 events");
        assertThat(cli.err()).isEqualTo("exported 4 events to " + csv + System.lineSeparator());
    }

    @Test
    void queryHelpSaysPayloadSearchOnAGatewayDatabaseIsAScan() {
        run("query", "--help");
        assertThat(cli.out().replaceAll("\\s+", " "))
                .contains("On a gateway's own database (opened read-only) payload search is a scan")
                .contains("--allow-writes");
    }
}
