package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.event.EventQuery;
import io.eventinspector.testing.Events;
import io.eventinspector.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cancelled desktop task interrupts its thread: its SQLite read stops, its writes still finish. */
class InterruptibleSqliteReadsTest {
    /** Counts to a billion: minutes of SQLite VM steps unless the interrupt stops it. */
    private static final String ENDLESS_READ = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n"
            + " WHERE x < 1000000000) SELECT count(*) FROM n";

    @TempDir
    Path folder;

    @Test
    void anInterruptedThreadsReadStops() {
        try (Database database = TestDatabases.sqlite(folder)) {
            whileInterrupted(() -> assertThatThrownBy(() -> database.dsl().fetchValue(ENDLESS_READ))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("interrupt"));
        }
    }

    @Test
    void theConnectionServesTheNextReadOnceTheInterruptIsCleared() {
        try (Database database = TestDatabases.sqlite(folder)) {
            whileInterrupted(() -> assertThatThrownBy(() -> database.dsl().fetchValue(ENDLESS_READ))
                    .isInstanceOf(DataAccessException.class));

            assertThat(database.events().count(EventQuery.all())).isZero();
        }
    }

    @Test
    void anInterruptedThreadsWriteStillFinishes() {
        try (Database database = TestDatabases.sqlite(folder)) {
            EventStore store = database.events();
            store.query(EventQuery.all()); // a read first, so the handler is installed on the connection

            whileInterrupted(() -> assertThat(store.append(List.of(
                    Events.event("e1", "message.sent", "s", "2026-01-01T00:00:00Z"),
                    Events.event("e2", "message.sent", "s", "2026-01-01T00:00:01Z"))).inserted()).isEqualTo(2));

            assertThat(store.count(EventQuery.all())).isEqualTo(2);
        }
    }

    /** Runs {@code check} on this thread with its interrupt flag set, then clears it (closing the pool waits). */
    private static void whileInterrupted(Runnable check) {
        Thread.currentThread().interrupt();
        try {
            check.run();
        } finally {
            Thread.interrupted();
        }
    }
}
