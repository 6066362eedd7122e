package io.eventinspector.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteRetentionDeletionTest extends RetentionDeletionContract {
    @TempDir
    Path folder;

    @Override
    protected Database open() {
        return TestDatabases.sqlite(folder);
    }

    @Test
    void theFileShrinksAfterACleanupAndTheWalIsCutBackWhenItRestarts() throws IOException {
        Path file = folder.resolve("shrinks.db");
        try (Database shrinking = Database.open(StoreUrl.sqlite(file))) {
            List<Event> events = new ArrayList<>();
            Instant first = Instant.parse("2026-01-01T00:00:00Z");
            String padding = "x".repeat(400);
            for (int i = 0; i < 4_000; i++) {
                events.add(new Event("e" + i, "message.sent", "s" + (i % 5), "{\"pad\":\"" + padding + "\"}",
                        first.plusSeconds(60L * i)));
            }
            shrinking.events().append(events);
            shrinking.dsl().fetch("PRAGMA wal_checkpoint(TRUNCATE)");
            long before = Files.size(file);

            long deleted = shrinking.events().deleteOlderThan(first.plusSeconds(60L * 3_000));

            assertThat(deleted).isEqualTo(3_000);
            assertThat(shrinking.dsl().fetchValue("PRAGMA auto_vacuum")).isEqualTo(2);
            assertThat(shrinking.dsl().fetchValue("PRAGMA freelist_count")).isEqualTo(0);
            assertThat(Files.size(file)).isLessThan(before / 2);
            // No blocking TRUNCATE checkpoint (it holds writers back behind readers); the WAL is cut back to
            // the limit when it restarts.
            assertThat(shrinking.dsl().fetchValue("PRAGMA journal_size_limit")).isEqualTo(64 << 20);
        }
    }
}
