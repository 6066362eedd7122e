package io.eventinspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.CliRun;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanupCommandTest {
    @TempDir
    Path folder;
    private Path file;
    private final CliRun cli = new CliRun();

    @BeforeEach
    void storeWithOldAndNewEvents() {
        file = folder.resolve("events.db");
        Instant now = Instant.now();
        try (Database database = Database.open(StoreUrl.sqlite(file))) {
            database.events().append(List.of(
                    new Event("old1", "message.sent", "s1", "{}", now.minus(Duration.ofDays(40))),
                    new Event("old2", "message.sent", "s1", "{}", now.minus(Duration.ofDays(11))),
                    new Event("new", "message.sent", "s1", "{}", now.minus(Duration.ofDays(1)))));
        }
    }

    @Test
    void dryRunCountsWithoutDeleting() {
        assertThat(run("cleanup", "--db", file.toString(), "--retention-days", "10", "--dry-run")).isZero();

        assertThat(cli.out()).isEqualTo("would delete 2 events" + System.lineSeparator());
        assertThat(remaining()).isEqualTo(3);
    }

    @Test
    void deletesOlderThanTheRetention() {
        assertThat(run("cleanup", "--db", file.toString(), "--retention-days", "10")).isZero();

        assertThat(cli.out()).isEqualTo("deleted 2 events" + System.lineSeparator());
        assertThat(remaining()).isEqualTo(1);
    }

    @Test
    void zeroDaysKeepsEverything() {
        assertThat(run("cleanup", "--db", file.toString(), "--retention-days", "0")).isZero();

        assertThat(cli.out()).isEqualTo("deleted 0 events" + System.lineSeparator());
        assertThat(remaining()).isEqualTo(3);
    }

    @Test
    void aNegativeRetentionIsOneLineAndExitCode2() {
        assertThat(run("cleanup", "--db", file.toString(), "--retention-days", "-1")).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).isEqualTo("error: retention days must be a whole number from 0 (keep forever) "
                + "to 36500, not -1" + System.lineSeparator());
        assertThat(remaining()).isEqualTo(3);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private long remaining() {
        try (Database database = Database.open(StoreUrl.sqlite(file))) {
            return database.events().count(EventQuery.all());
        }
    }
}
