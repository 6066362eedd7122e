package io.eventinspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.demo.DemoDataGenerator;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.testing.CliRun;
import io.eventinspector.testing.CliRun.Result;
import io.eventinspector.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process, as a user would: arguments in, stdout, stderr and exit code out. */
class CliTest {
    private static final String END = "2026-02-03T12:00:00Z";
    private static final List<Integer> BAD_LINES = List.of(17, 500, 998);

    @TempDir
    Path dir;

    static Result cli(String... args) {
        return CliRun.once(args);
    }

    private String db() {
        return dir.resolve("events.db").toString();
    }

    @Test
    void generatedDemoDataCanBeQueriedByType() {
        Result generated = cli("generate", "--events", "100000", "--end", END, "--db", db());

        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.outLines()).containsExactly("generated 100000 events (5 sessions, 7 days until " + END
                + ", seed 42) into events.db (SQLite): inserted 100000, duplicates 0");

        Result query = cli("query", "--type", "message.reaction", "--limit", "5", "--format", "ndjson", "--db", db());

        assertThat(query.exit()).isZero();
        assertThat(query.outLines()).hasSize(5);
        EventJson json = new EventJson(Clock.systemUTC());
        Instant previous = Instant.MAX;
        for (String line : query.outLines()) {
            Event event = json.parse(line);
            assertThat(event.type()).isEqualTo("message.reaction");
            assertThat(event.dataJson()).contains("\"message_id\":\"");
            assertThat(event.timestamp()).isBeforeOrEqualTo(previous).isBeforeOrEqualTo(Instant.parse(END));
            previous = event.timestamp();
        }
    }

    @Test
    void generateToAFileIsDeterministicForSeedAndEnd() throws IOException {
        Path a = dir.resolve("a.ndjson");
        Path b = dir.resolve("b.ndjson");
        Path c = dir.resolve("c.ndjson");

        Result first = cli("generate", "--events", "2000", "--sessions", "3", "--days", "2", "--seed", "7",
                "--end", END, "--out", a.toString());
        cli("generate", "--events", "2000", "--sessions", "3", "--days", "2", "--seed", "7", "--end", END,
                "--out", b.toString());
        cli("generate", "--events", "2000", "--sessions", "3", "--days", "2", "--seed", "8", "--end", END,
                "--out", c.toString());

        assertThat(first.exit()).isZero();
        assertThat(first.outLines()).containsExactly("generated 2000 events (3 sessions, 2 days until " + END
                + ", seed 7) to " + a);
        assertThat(Files.readAllLines(a)).hasSize(2000);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
        assertThat(Files.mismatch(a, c)).isNotEqualTo(-1L);
        assertThat(dir.resolve("events.db")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void badGenerateSettingsAreOneLineNamingTheValue() {
        Result result = cli("generate", "--events", "10", "--sessions", "0", "--out", dir.resolve("x").toString());

        assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).containsExactly("error: sessions must be between 1 and 1000, got 0");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void importReportsRejectedLinesAndReimportCountsDuplicates() throws IOException {
        Path file = fileWithThreeBadLines();

        Result first = cli("import", file.toString(), "--db", db());

        assertThat(first.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(first.outLines()).containsExactly("imported 997, duplicates 0, rejected 3");
        List<String> rejected = withoutRetentionWarning(first.errLines());
        assertThat(rejected).hasSize(3);
        assertThat(rejected.get(0)).startsWith("line 17: invalid type \"Message.Received\"");
        assertThat(rejected.get(1)).startsWith("line 500: invalid JSON");
        assertThat(rejected.get(2)).startsWith("line 998: invalid timestamp timestamp format: "
                + "\"2026-02-03 10:30\"");

        Result again = cli("import", file.toString(), "--db", db());

        assertThat(again.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(again.outLines()).containsExactly("imported 0, duplicates 997, rejected 3");
        assertThat(cli("stats", "--db", db()).outLines()).contains("events  997");
    }

    @Test
    void strictImportOfABadFileImportsNothing() throws IOException {
        Result result = cli("import", "--strict", fileWithThreeBadLines().toString(), "--db", db());

        assertThat(result.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("error: line 17: invalid type")
                .endsWith("(strict import: nothing was imported)");
        assertThat(cli("stats", "--db", db()).outLines()).contains("events  0");
    }

    @Test
    void importsAJsonArray() throws IOException {
        List<String> events = new ArrayList<>();
        demo(300).forEach(event -> events.add("  " + EventJson.toJson(event)));
        Path file = Files.writeString(dir.resolve("events.json"), "[\n" + String.join(",\n", events) + "\n]\n");

        Result result = cli("import", file.toString(), "--db", db());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.outLines()).containsExactly("imported 300, duplicates 0, rejected 0");
        assertThat(withoutRetentionWarning(result.errLines())).isEmpty();
    }

    /** The demo data ends on a fixed day, so it may already be older than the retention (ImportCommandTest). */
    private static List<String> withoutRetentionWarning(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("warning: ")).toList();
    }

    @Test
    void aFileThatIsNotADatabaseIsOneLineAndExit2AndStaysUntouched() throws IOException {
        Path notADatabase = Files.writeString(dir.resolve("notes.db"), "these are my notes\n".repeat(300));
        byte[] before = Files.readAllBytes(notADatabase);

        Result result = cli("stats", "--db", notADatabase.toString());

        assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("error: cannot open SQLite database " + notADatabase
                + ": the file is not a SQLite database");
        assertThat(Files.readAllBytes(notADatabase)).isEqualTo(before);
    }

    @Test
    void anUnreachablePostgresqlIsOneLineAndExit2() {
        Result result = cli("query", "--db", "jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=secret");

        assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("error: cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/test")
                .contains("password=***")
                .doesNotContain("secret");
    }

    @Test
    void generatesIntoPostgresql() {
        String url = TestDatabases.freshPostgresUrl();
        try {
            Result result = cli("generate", "--events", "2500", "--end", END, "--db", url);

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.out()).endsWith("(PostgreSQL): inserted 2500, duplicates 0" + System.lineSeparator());
            Result again = cli("generate", "--events", "2500", "--end", END, "--db", url);
            assertThat(again.out()).endsWith("inserted 0, duplicates 2500" + System.lineSeparator());
        } finally {
            TestDatabases.dropSchema(url);
        }
    }

    private static DemoDataGenerator demo(int events) {
        return new DemoDataGenerator(new DemoDataGenerator.Settings(events, 3, 2, 5, Instant.parse(END)));
    }

    /** 1,000 lines: generated events with lines 17, 500 and 998 broken in three different ways. */
    private Path fileWithThreeBadLines() throws IOException {
        List<String> lines = new ArrayList<>();
        demo(1_000).forEach(event -> lines.add(EventJson.toJson(event)));
        lines.set(BAD_LINES.get(0) - 1, lines.get(16).replaceFirst("\"type\":\"[^\"]+\"", "\"type\":\"Message.Received\""));
        lines.set(BAD_LINES.get(1) - 1, "{\"id\": \"evt_broken\", \"type\": ");
        lines.set(BAD_LINES.get(2) - 1, lines.get(997).replaceFirst("\"timestamp\":\"[^\"]+\"",
                "\"timestamp\":\"2026-02-03 10:30\""));
        return Files.write(dir.resolve("events.ndjson"), lines, StandardCharsets.UTF_8);
    }
}
