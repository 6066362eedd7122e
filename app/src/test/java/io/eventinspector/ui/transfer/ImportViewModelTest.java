package io.eventinspector.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.testing.TestDatabases;
import io.eventinspector.ui.Notifications;
import io.eventinspector.ui.QueuedTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path folder;

    private Database database;
    private final Notifications notifications = new Notifications();
    private final AtomicInteger refreshed = new AtomicInteger();
    private ImportViewModel importer;

    @BeforeEach
    void open() {
        database = TestDatabases.sqlite(folder);
        importer = new ImportViewModel(new QueuedTaskExecutor(), new SimpleObjectProperty<EventStore>(database.events()),
                notifications, Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC),
                refreshed::incrementAndGet);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void imports_good_lines_lists_bad_ones_and_refreshes_the_table() throws Exception {
        Path file = Files.writeString(folder.resolve("events.ndjson"), """
                {"id":"evt_1","type":"message.sent","session_id":"s1","data":{},"timestamp":"2026-11-20T10:00:00Z"}
                {"id":"evt_2","type":"message.sent","session_id":"s1","data":{},"timestamp":"yesterday"}
                """);

        importer.importFile(file);

        assertThat(database.events().count(io.eventinspector.event.EventQuery.all())).isEqualTo(1);
        assertThat(notifications.currentProperty().get().message())
                .startsWith("Imported events.ndjson: imported 1, duplicates 0, rejected 1; line 2: ")
                .contains("timestamp");
        assertThat(refreshed).hasValue(1);
        assertThat(importer.runningProperty().get()).isFalse();
    }

    @Test
    void a_missing_file_is_a_notification_with_a_retry() {
        importer.importFile(folder.resolve("absent.ndjson"));

        assertThat(notifications.currentProperty().get().message()).startsWith("Cannot import absent.ndjson: ");
        assertThat(notifications.currentProperty().get().retry()).isPresent();
    }

    @Test
    void generates_demo_data_into_an_empty_store() {
        importer.generateDemo();

        assertThat(database.events().count(io.eventinspector.event.EventQuery.all()))
                .isEqualTo(ImportViewModel.DEMO_EVENTS);
        assertThat(notifications.currentProperty().get().message())
                .isEqualTo("Generated " + ImportViewModel.DEMO_EVENTS + " demo events");
    }
}
