package io.eventinspector.ui;

import io.eventinspector.ui.fx.FxTaskExecutor;
import io.eventinspector.ui.fx.Styles;
import io.eventinspector.ui.shell.AppContext;
import io.eventinspector.ui.shell.DesktopApp;
import io.eventinspector.ui.shell.UiPreferences;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.event.Event;
import io.eventinspector.store.StoreUrl;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Regenerates {@code docs/screenshots/*.png} from the real window on a demo store, headless (Monocle, software
 * rendering, no X server): {@code mvn -q -o test-compile exec:java -Dexec.mainClass=io.eventinspector.ui.Screenshots}.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path folder = Files.createTempDirectory("event-inspector-shots");
        StoreUrl url = DemoStores.create(folder.resolve("events.db"), 5_000, 4, 7);
        Preferences preferences = Preferences.userRoot().node("io/eventinspector/shots/" + UUID.randomUUID());
        FxTaskExecutor executor = new FxTaskExecutor(2);
        CompletableFuture<AppContext> started = new CompletableFuture<>();
        Platform.startup(() -> {
            AppContext context = new AppContext(new AppConfig(new Env(Map.of())), Clock.systemUTC(), executor,
                    new UiPreferences(preferences));
            Stage stage = new Stage();
            DesktopApp.show(stage, context);
            context.store().open(url);
            started.complete(context);
        });
        AppContext context = started.get(60, TimeUnit.SECONDS);
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
        onFx(() -> {
            new java.util.ArrayList<>(javafx.stage.Window.getWindows()).forEach(javafx.stage.Window::hide);
            context.close();
            executor.close();
            Platform.exit();
        });
        preferences.removeNode();
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

    private static Stage stage() {
        return (Stage) javafx.stage.Window.getWindows().get(0);
    }

    private static void save(Path file) throws Exception {
        save(stage().getScene(), file);
    }

    private static void save(Scene scene, Path file) throws Exception {
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> shot.complete(scene.snapshot(null)));
        write(shot.get(30, TimeUnit.SECONDS), file);
    }

    /** One part of the window, found by a CSS selector, e.g. the volume chart. */
    private static void saveNode(Path file, String selector) throws Exception {
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> shot.complete(stage().getScene().lookup(selector).snapshot(null, null)));
        write(shot.get(30, TimeUnit.SECONDS), file);
    }

    private static void write(WritableImage image, Path file) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot write " + file, e);
        }
        System.out.println("wrote " + file);
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.function.BooleanSupplier ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> check = new CompletableFuture<>();
            Platform.runLater(() -> check.complete(ready.getAsBoolean()));
            if (check.get(30, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the window was not ready within 60 s");
    }
}
