package io.eventinspector.ui.events;

import static io.eventinspector.ui.HeadlessWindow.onFx;
import static io.eventinspector.ui.HeadlessWindow.stage;
import static io.eventinspector.ui.HeadlessWindow.waitUntil;

import io.eventinspector.event.Event;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.HeadlessWindow;
import io.eventinspector.ui.shell.AppContext;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;

/**
 * Makes {@code docs/screenshots/large-event.png}: the 6 MB history-sync event selected, its 4 MB string and
 * 50,000-message array folded. Headless, like {@code ui.Screenshots}:
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=io.eventinspector.ui.events.LargeEventScreenshot}.
 */
public final class LargeEventScreenshot {
    private LargeEventScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessWindow.useHeadlessToolkitForPictures();
        Path file = Path.of(args.length > 0 ? args[0] : "docs/screenshots/large-event.png");
        StoreUrl url = LargeEvents.store(Files.createTempDirectory("large-event-shot").resolve("events.db"), 200);
        try (HeadlessWindow window = HeadlessWindow.start(url)) {
            AppContext context = window.context();
            Event history = LargeEvents.historySync6Mb();
            waitUntil(() -> context.table().rows().contains(history) && json() != null, 60, 100);
            onFx(() -> {
                TableView<?> table = (TableView<?>) stage().getScene().lookup(".event-table");
                table.getSelectionModel().clearAndSelect(context.table().rows().indexOf(history));
            });
            waitUntil(() -> json().getItems().size() > 8, 60, 100);
            onFx(() -> {
                json().getSelectionModel().clearAndSelect(7);
                json().requestFocus();
            });
            Thread.sleep(500); // let the pane lay out before the snapshot; this tool is not a test
            WritableImage image = onFx(() -> stage().getScene().snapshot(null));
            HeadlessWindow.writePng(image, file);
        }
    }

    @SuppressWarnings("unchecked")
    private static ListView<JsonLine> json() {
        return (ListView<JsonLine>) stage().getScene().lookup("#detailJson");
    }
}
