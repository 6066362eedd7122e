package io.eventinspector.api;

import io.eventinspector.event.Event;
import io.eventinspector.store.Database;
import io.eventinspector.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one set-up of the tests that talk to the API over HTTP: before each test a server ({@link ApiHarness}, with
 * keys unless {@link #start} says otherwise) over a fresh SQLite store holding {@link #storedEvents()}; stopped
 * after it.
 */
abstract class ApiTestBase {
    /** An id-less event as a client posts it. */
    static final String EVENT = """
            {"type":"message.sent","session_id":"s9","timestamp":"2026-03-01T00:00:00Z"}""";

    @TempDir
    Path folder;

    ApiHarness api;

    /** The events in the store when each test starts. */
    abstract List<Event> storedEvents();

    /** The server for each test, over {@code database}: by default with the read, write and admin keys. */
    ApiHarness start(Database database) {
        return ApiHarness.withKeys(database);
    }

    @BeforeEach
    void startApi() {
        api = start(TestDatabases.sqlite(folder));
        List<Event> stored = storedEvents();
        if (!stored.isEmpty()) {
            api.services().events().append(stored);
        }
    }

    @AfterEach
    void stopApi() {
        api.close();
    }
}
