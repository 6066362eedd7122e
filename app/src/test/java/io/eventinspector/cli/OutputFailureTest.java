package io.eventinspector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.eventinspector.event.Timestamps;
import io.eventinspector.testing.CliRun;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Output that cannot be written is a failure, not a success: every command that prints, run with standard output
 * on the real {@code /dev/full}, exits 2 with one line. And {@code --out} replaces only regular files.
 */
class OutputFailureTest {
    private static final Path DEV_FULL = Path.of("/dev/full");
    private static final String FULL = "error: cannot write to standard output: No space left on device";

    @TempDir
    Path folder;

    private String db;

    @BeforeAll
    static void linux() {
        assumeTrue(Files.exists(DEV_FULL), "needs /dev/full");
    }

    @BeforeEach
    void store() {
        db = folder.resolve("events.db").toString();
        CliRun.Result generated = CliRun.once("generate", "--events", "200", "--end", "2026-02-03T12:00:00Z", "--db",
                db);
        assertThat(generated.exit()).as(generated.err()).isZero();
    }

    /** Runs in this JVM with standard output on the real /dev/full. */
    private static CliRun.Result toDevFull(String... args) throws IOException {
        StringWriter err = new StringWriter();
        try (FileOutputStream full = new FileOutputStream(DEV_FULL.toFile())) {
            CommandLine commandLine = Cli.commandLine(new StandardOutput(full, StandardCharsets.UTF_8));
            commandLine.setErr(new PrintWriter(err, true));
            return new CliRun.Result(commandLine.execute(args), "", err.toString());
        }
    }

    @Test
    void everyCommandThatPrintsExitsTwoWithOneLineWhenStdoutIsFull() throws IOException {
        Path input = folder.resolve("in.ndjson");
        Files.writeString(input, "{\"id\":\"x\",\"type\":\"t\",\"session_id\":\"s\",\"timestamp\":\""
                + Timestamps.format(Instant.now()) + "\"}\n");
        List<List<String>> commands = List.of(
                List.of("import", "--db", db, input.toString()),
                List.of("export", "--db", db),
                List.of("export", "--db", db, "--format", "csv"),
                List.of("query", "--db", db, "--format", "ndjson"),
                List.of("query", "--db", db, "--format", "table"),
                List.of("get", "--db", db, "x"),
                List.of("stats", "--db", db),
                List.of("stats", "--db", db, "--histogram"),
                List.of("replays", "--db", db),
                List.of("generate", "--db", db, "--events", "10", "--end", "2026-02-03T12:00:00Z"),
                List.of("cleanup", "--db", db, "--dry-run", "--retention-days", "1"),
                List.of("--help"),
                List.of("export", "--help"),
                List.of("--version"));
        for (List<String> command : commands) {
            CliRun.Result result = toDevFull(command.toArray(String[]::new));

            assertThat(result.exit()).as("%s", command).isEqualTo(ExitCodes.USAGE);
            assertThat(result.errLines()).as("%s", command).containsExactly(FULL);
        }
    }

    @Test
    void followingStopsWhenStdoutIsFullInsteadOfPrintingIntoTheVoidForever() {
        CliRun.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> toDevFull("query", "--db", db,
                "--follow", "--poll-interval", "10", "--format", "ndjson"));

        assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).containsExactly(FULL);
    }

    @Test
    void exportRedirectedToTheRealDevFullFailsAsAProcess() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.eventinspector.Main", "export", "--db", db);
        Path stderr = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(DEV_FULL.toFile())
                .redirectError(stderr.toFile()).start();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(ExitCodes.USAGE);
            assertThat(Files.readAllLines(stderr)).containsExactly(FULL);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void outRefusesAFifoAFolderAndADeviceAndLeavesThemAsTheyWere() throws Exception {
        Path fifo = folder.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "needs mkfifo");
        Path directory = Files.createDirectory(folder.resolve("dir"));
        // A link, so that a failing test replaces the link, never the device itself.
        Path device = Files.createSymbolicLink(folder.resolve("null-link"), Path.of("/dev/null"));

        for (Path target : List.of(fifo, directory, device)) {
            for (String[] args : List.of(new String[] {"export", "--db", db, "--out", target.toString()},
                    new String[] {"generate", "--events", "5", "--out", target.toString()})) {
                CliRun.Result result = CliRun.once(args);

                assertThat(result.exit()).as("%s", target).isEqualTo(ExitCodes.USAGE);
                assertThat(result.errLines()).as("%s", target).singleElement().asString()
                        .startsWith("error: cannot write " + target + ": it is ")
                        .endsWith("; give the path of a file");
            }
        }
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
        assertThat(directory).isEmptyDirectory();
        assertThat(Files.isSymbolicLink(device)).isTrue();
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void outKeepsTheModeOfAnExistingFileAndGivesANewOneTheDefaultMode() throws Exception {
        Path existing = folder.resolve("existing.ndjson");
        Files.writeString(existing, "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
        Path probe = Files.createFile(folder.resolve("probe"));
        Path created = folder.resolve("new.ndjson");

        assertThat(CliRun.once("export", "--db", db, "--out", existing.toString()).exit()).isZero();
        assertThat(CliRun.once("export", "--db", db, "--out", created.toString()).exit()).isZero();

        assertThat(Files.readAllLines(existing)).hasSize(200);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-r-----");
        assertThat(Files.getPosixFilePermissions(created)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void outThroughASymbolicLinkReplacesTheFileAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(folder.resolve("real.ndjson"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.ndjson"), real);

        assertThat(CliRun.once("export", "--db", db, "--out", link.toString()).exit()).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(real)).hasSize(200);
    }
}
