package io.eventinspector.testing;

import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes a sample SQLite store for screenshots and benchmarks:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=io.eventinspector.testing.SampleStore -Dexec.args="FILE N"}.
 */
public final class SampleStore {
    private SampleStore() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Duration spacing = Duration.ofDays(7).dividedBy(Math.max(count, 1));
        try (Database database = Database.open(StoreUrl.sqlite(file))) {
            SampleEvents.fill(database.events(), count, end, spacing.isZero() ? Duration.ofMillis(1) : spacing, 42);
        }
    }
}
