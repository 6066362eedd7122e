package io.eventinspector.ui.transfer;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.export.ExportFormat;
import io.eventinspector.testing.TestDatabases;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir
    Path folder;

    private Path exports;
    private Services services;
    private final Notifications notifications = new Notifications();
    private final SimpleObjectProperty<EventQuery> filter =
            new SimpleObjectProperty<>(EventQuery.builder().sessionId("s1").build());
    private ExportViewModel exporter;

    @BeforeEach
    void open() throws Exception {
        exports = Files.createDirectory(folder.resolve("exports"));
        services = new Services(new AppConfig(new Env(Map.of())), TestDatabases.sqlite(folder),
                Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
        services.events().append(List.of(
                event("evt_1", "message.sent", "s1", "2026-11-20T10:00:00Z"),
                event("evt_2", "message.read", "s1", "2026-11-20T11:00:00Z"),
                event("evt_3", "message.sent", "s2", "2026-11-20T12:00:00Z")));
        exporter = new ExportViewModel(new QueuedTaskExecutor(), new SimpleObjectProperty<>(services), filter,
                notifications);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void exports_the_events_of_the_current_filter_as_ndjson() throws Exception {
        Path target = exports.resolve("s1.ndjson");

        exporter.export(target, ExportFormat.NDJSON);

        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"id\":\"evt_2\"").contains("\"session_id\":\"s1\"");
        assertThat(lines.get(1)).contains("\"id\":\"evt_1\"");
        assertThat(notifications.currentProperty().get().message()).isEqualTo("Exported 2 events to " + target);
        assertThat(exporter.runningProperty().get()).isFalse();
        assertThat(filesIn(exports)).containsExactly("s1.ndjson");
    }

    @Test
    void exports_csv_with_its_header_row() throws Exception {
        filter.set(EventQuery.builder().type("message.sent").build());
        Path target = exports.resolve("sent.csv");

        exporter.export(target, ExportViewModel.formatOf(target));

        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).isEqualTo("id,type,session_id,timestamp,data");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("evt_3,message.sent,s2,");
        assertThat(lines.get(2)).startsWith("evt_1,message.sent,s1,");
    }

    @Test
    void cancelling_leaves_no_file_and_keeps_an_existing_target() throws Exception {
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(event("evt_many_" + i, "message.sent", "s1", "2026-11-21T10:00:00Z",
                    "{\"body\":\"" + "x".repeat(100) + "\"}"));
        }
        services.events().append(many);
        Path target = Files.writeString(exports.resolve("s1.ndjson"), "the previous export\n");
        // Cancel as soon as the first buffer of events has reached the file: the export is under way.
        exporter.progressProperty().addListener((observable, old, now) -> {
            if (now.endsWith(" events")) {
                exporter.cancel();
            }
        });

        exporter.export(target, ExportFormat.NDJSON);

        assertThat(notifications.currentProperty().get().message())
                .isEqualTo("Export cancelled: nothing was written to " + target);
        assertThat(Files.readString(target)).isEqualTo("the previous export\n");
        assertThat(filesIn(exports)).containsExactly("s1.ndjson");
        assertThat(exporter.runningProperty().get()).isFalse();
    }

    @Test
    void a_target_in_a_missing_folder_is_a_notification_with_the_cause_and_a_retry() {
        Path target = exports.resolve("missing").resolve("s1.ndjson");

        exporter.export(target, ExportFormat.NDJSON);

        assertThat(notifications.currentProperty().get().message())
                .startsWith("Cannot export to " + target + ": no such folder or file: " + exports.resolve("missing"));
        assertThat(notifications.currentProperty().get().retry()).isPresent();
        assertThat(exporter.runningProperty().get()).isFalse();
    }

    @Test
    void the_format_follows_the_file_name() {
        assertThat(ExportViewModel.formatOf(Path.of("a.CSV"))).isEqualTo(ExportFormat.CSV);
        assertThat(ExportViewModel.formatOf(Path.of("a.ndjson"))).isEqualTo(ExportFormat.NDJSON);
        assertThat(ExportViewModel.formatOf(Path.of("events"))).isEqualTo(ExportFormat.NDJSON);
    }

    private static List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
