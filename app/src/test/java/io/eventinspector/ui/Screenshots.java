package io.eventinspector.ui;

import static io.eventinspector.ui.HeadlessWindow.onFx;
import static io.eventinspector.ui.HeadlessWindow.stage;

import io.eventinspector.ui.fx.Styles;
import io.eventinspector.ui.shell.AppContext;
import io.eventinspector.event.Event;
import io.eventinspector.store.StoreUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Regenerates {@code docs/screenshots/*.png} from the real window on a demo store, headless (Monocle, software
 * rendering, no X server): {@code mvn -q -o test-compile exec:java -Dexec.mainClass=io.eventinspector.ui.Screenshots}.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessWindow.useHeadlessToolkitForPictures();
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path folder = Files.createTempDirectory("event-inspector-shots");
        StoreUrl url = DemoStores.create(folder.resolve("events.db"), 5_000, 4, 7);
        try (HeadlessWindow window = HeadlessWindow.start(url)) {
            AppContext context = window.context();
            waitUntil(() -> !table(context).getItems().isEmpty());
            waitUntil(() -> ((javafx.scene.control.Label) stage().getScene().lookup("#chartCaption")).getText()
                    .contains("buckets"));
            onFx(() -> {
                TableView<Event> table = table(context);
                table.getSelectionModel().select(3);
                table.requestFocus();
            });
            Thread.sleep(500); // let the detail pane lay out before the snapshot; this tool is not a test
            save(out.resolve("main-window.png"));
            saveReplayDialog(context, out.resolve("replay-dialog.png"));
            saveNode(out.resolve("volume-chart.png"), ".volume-chart");
            onFx(() -> stage().getScene().getRoot().getStyleClass().add(Styles.DARK));
            Thread.sleep(300);
            save(out.resolve("main-window-dark.png"));
        }
    }

    /** The replay dialog on one session (the "Replay…" button), after a dry run to an example target. */
    private static void saveReplayDialog(AppContext context, Path file) throws Exception {
        onFx(() -> {
            context.filter().sessionIdProperty().set(table(context).getItems().get(0).sessionId());
            ((javafx.scene.control.Button) stage().getScene().lookup("#replayButton")).fire();
            Scene dialog = replayDialog();
            ((javafx.scene.control.TextField) dialog.lookup("#targetUrl")).setText("https://consumer.example/webhook");
            ((javafx.scene.control.TextField) dialog.lookup("#secret"))
                    .setText("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
            ((javafx.scene.control.Button) dialog.lookup("#dryRun")).fire();
        });
        waitUntil(() -> !((javafx.scene.control.Label) replayDialog().lookup("#dryRunSummary")).getText().isEmpty());
        Thread.sleep(300);
        save(replayDialog(), file);
        onFx(() -> {
            replayDialog().getWindow().hide();
            context.filter().clear();
        });
        waitUntil(() -> table(context).getItems().stream().map(Event::sessionId).distinct().count() > 1);
        onFx(() -> table(context).getSelectionModel().select(3));
    }

    private static Scene replayDialog() {
        return javafx.stage.Window.getWindows().stream().map(javafx.stage.Window::getScene)
                .filter(scene -> scene.lookup("#dryRun") != null).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Event> table(AppContext context) {
        return (TableView<Event>) stage().getScene().lookup(".event-table");
    }

    private static void save(Path file) throws Exception {
        save(stage().getScene(), file);
    }

    private static void save(Scene scene, Path file) throws Exception {
        HeadlessWindow.writePng(onFx(() -> scene.snapshot(null)), file);
    }

    /** One part of the window, found by a CSS selector, e.g. the volume chart. */
    private static void saveNode(Path file, String selector) throws Exception {
        HeadlessWindow.writePng(onFx(() -> stage().getScene().lookup(selector).snapshot(null, null)), file);
    }

    private static void waitUntil(java.util.function.BooleanSupplier ready) throws Exception {
        HeadlessWindow.waitUntil(ready, 60, 100);
    }
}
