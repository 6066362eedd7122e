package io.eventinspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.IThrowableProxy;
import io.eventinspector.testing.CliRun;
import io.eventinspector.testing.LogCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bad {@code --db} URL is reported, but its password never: not on stdout, stderr or in the log. */
class DatabaseUrlRedactionTest {
    private static final String SECRET = "hunter2";

    @Test
    void noErrorEchoesThePasswordOfABadDatabaseUrl() {
        List<String[]> runs = List.of(
                new String[] {"query", "--db", "jdbc:mysql://root:hunter2@127.0.0.1/db?password=hunter2"},
                new String[] {"query", "--db", "jdbc:postgresql://127.0.0.1:1/db?user=u&password=hunter2"},
                new String[] {"query", "--db", "jdbc:postgresql:%zz bad?password=hunter2"},
                new String[] {"query", "--db", "postgresql://u:hunter2@127.0.0.1:1/db"},
                new String[] {"query", "--db", "file:%zz?password=hunter2"},
                new String[] {"query", "--db", "jdbc:sqlite:?password=hunter2"},
                new String[] {"stats", "--dbx=jdbc:postgresql://127.0.0.1:1/db?password=hunter2"},
                new String[] {"stats", "jdbc:postgresql://127.0.0.1:1/db?password=hunter2"});
        try (LogCapture log = new LogCapture("ROOT")) {
            for (String[] args : runs) {
                CliRun.Result result = CliRun.once(args);

                assertThat(result.exit()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
                assertThat(result.err()).as(String.join(" ", args)).startsWith("error: ").contains("***")
                        .doesNotContain(SECRET);
                assertThat(result.out()).doesNotContain(SECRET);
            }
            assertThat(logged(log)).noneMatch(line -> line.contains(SECRET));
        }
        // Taken as a SQLite path (relative to the working folder), the URL without jdbc: made a folder "postgresql:".
        assertThat(Path.of("postgresql:")).doesNotExist();
    }

    private static List<String> logged(LogCapture log) {
        List<String> lines = new ArrayList<>(log.messages());
        log.events().forEach(event -> {
            for (IThrowableProxy error = event.getThrowableProxy(); error != null; error = error.getCause()) {
                lines.add(error.getMessage());
            }
        });
        return lines;
    }
}
