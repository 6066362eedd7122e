package io.eventinspector.ui.events;

import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.event.Event;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.shell.AppContext;
import io.eventinspector.ui.shell.DesktopApp;
import io.eventinspector.ui.fx.FxTaskExecutor;
import io.eventinspector.ui.shell.UiPreferences;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Makes {@code docs/screenshots/large-event.png}: the 6 MB history-sync event selected, its 4 MB string and
 * 50,000-message array folded. Headless, like {@code ui.Screenshots}:
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=io.eventinspector.ui.events.LargeEventScreenshot}.
 */
public final class LargeEventScreenshot {
    private LargeEventScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        Path file = Path.of(args.length > 0 ? args[0] : "docs/screenshots/large-event.png");
        StoreUrl url = LargeEvents.store(Files.createTempDirectory("large-event-shot").resolve("events.db"), 200);
        Preferences preferences = Preferences.userRoot().node("io/eventinspector/shots/" + UUID.randomUUID());
        FxTaskExecutor executor = new FxTaskExecutor(2);
        CompletableFuture<AppContext> started = new CompletableFuture<>();
        Platform.startup(() -> {
            AppContext context = new AppContext(new AppConfig(new Env(Map.of())), Clock.systemUTC(), executor,
                    new UiPreferences(preferences));
            DesktopApp.show(new Stage(), context);
            context.store().open(url);
            started.complete(context);
        });
        AppContext context = started.get(60, TimeUnit.SECONDS);
        Event history = LargeEvents.historySync6Mb();
        waitUntil(() -> context.table().rows().contains(history) && json() != null);
        onFx(() -> {
            TableView<?> table = (TableView<?>) stage().getScene().lookup(".event-table");
            table.getSelectionModel().clearAndSelect(context.table().rows().indexOf(history));
            return null;
        });
        waitUntil(() -> json().getItems().size() > 8);
        onFx(() -> {
            json().getSelectionModel().clearAndSelect(7);
            json().requestFocus();
            return null;
        });
        Thread.sleep(500); // let the pane lay out before the snapshot; this tool is not a test
        WritableImage image = onFx(() -> stage().getScene().snapshot(null));
        write(image, file);
        onFx(() -> {
            new ArrayList<>(Window.getWindows()).forEach(Window::hide);
            context.close();
            executor.close();
            return null;
        });
        preferences.removeNode();
        Platform.exit();
    }

    @SuppressWarnings("unchecked")
    private static ListView<JsonLine> json() {
        return (ListView<JsonLine>) stage().getScene().lookup("#detailJson");
    }

    private static Stage stage() {
        return (Stage) Window.getWindows().get(0);
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
        ImageIO.write(buffered, "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(action.get()));
        return done.get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.function.BooleanSupplier ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (onFx(ready::getAsBoolean)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the window was not ready within 60 s");
    }
}
