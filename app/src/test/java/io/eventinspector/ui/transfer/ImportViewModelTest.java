package io.eventinspector.ui.transfer;

import io.eventinspector.ui.SqliteViewModelTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.store.EventStore;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import io.eventinspector.ui.retention.CleanupOutlook;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportViewModelTest extends SqliteViewModelTestBase {
    private final AtomicInteger refreshed = new AtomicInteger();
    private ImportViewModel importer;
    private Optional<CleanupOutlook> retention = Optional.empty();

    @BeforeEach
    void open() {
        importer = new ImportViewModel(new QueuedTaskExecutor(), new SimpleObjectProperty<EventStore>(database.events()),
                notifications, Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC),
                refreshed::incrementAndGet, () -> retention);
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
    void says_how_many_imported_events_are_past_the_retention_and_when_the_cleanup_will_delete_them()
            throws Exception {
        retention = Optional.of(new CleanupOutlook(30, Optional.of(Instant.parse("2026-11-27T02:00:00Z")), false));
        Path file = Files.writeString(folder.resolve("last-month.ndjson"), """
                {"id":"evt_1","type":"message.sent","session_id":"s1","data":{},"timestamp":"2026-09-20T10:00:00Z"}
                {"id":"evt_2","type":"message.sent","session_id":"s1","data":{},"timestamp":"2026-10-26T11:59:59Z"}
                {"id":"evt_3","type":"message.sent","session_id":"s1","data":{},"timestamp":"2026-10-27T12:00:00Z"}
                """);

        importer.importFile(file);

        assertThat(notifications.currentProperty().get().message()).isEqualTo("Imported last-month.ndjson: "
                + "imported 3, duplicates 0, rejected 0. 2 imported events are older than the 30-day retention and "
                + "will be deleted by the next daily cleanup (2026-11-27 02:00:00 UTC), which asks first: choose "
                + "\"Keep them\" then, or set the retention to 0 days (Tools › Retention…)");

        // Imported again: nothing new is stored, so nothing new is past the retention.
        importer.importFile(file);

        assertThat(notifications.currentProperty().get().message())
                .isEqualTo("Imported last-month.ndjson: imported 0, duplicates 3, rejected 0");
    }

    @Test
    void with_the_daily_cleanup_paused_imported_history_is_said_to_be_kept() throws Exception {
        retention = Optional.of(new CleanupOutlook(30, Optional.empty(), true));
        Path file = Files.writeString(folder.resolve("old.ndjson"), """
                {"id":"evt_1","type":"message.sent","session_id":"s1","data":{},"timestamp":"2026-09-20T10:00:00Z"}
                """);

        importer.importFile(file);

        assertThat(notifications.currentProperty().get().message()).isEqualTo("Imported old.ndjson: imported 1, "
                + "duplicates 0, rejected 0. 1 imported event is older than the 30-day retention; the daily cleanup "
                + "of this store is paused, so they are kept until you resume it (Tools › Retention…)");
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
