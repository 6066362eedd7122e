package io.eventinspector.ui;

import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.fx.FxTaskExecutor;
import io.eventinspector.ui.shell.AppContext;
import io.eventinspector.ui.shell.DesktopApp;
import io.eventinspector.ui.fx.UiPreferences;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * The real main window for the stand-alone tools (screenshots, benchmarks), outside TestFX: headless (Monocle,
 * software rendering), preferences of its own (removed on close) and its own background executor.
 */
public final class HeadlessWindow implements AutoCloseable {
    private static final long FX_TIMEOUT_SECONDS = 60;

    private final Preferences preferences;
    private final FxTaskExecutor executor;
    private final AppContext context;

    private HeadlessWindow(Preferences preferences, FxTaskExecutor executor, AppContext context) {
        this.preferences = preferences;
        this.executor = executor;
        this.context = context;
    }

    /** Monocle, headless, software rendering: must be set before the toolkit starts. */
    public static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
    }

    /** The headless toolkit for pictures: the same text rasteriser on every machine, and AWT for the PNG writer. */
    public static void useHeadlessToolkitForPictures() {
        useHeadlessToolkit();
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    /** The window with no environment settings and two background threads. */
    public static HeadlessWindow start(StoreUrl url) throws Exception {
        return start(url, Map.of(), 2, context -> { });
    }

    /**
     * Starts the toolkit, shows the window with these environment settings and opens {@code url} in it;
     * {@code beforeShow} sees the context first (e.g. to listen from the very first rows).
     */
    public static HeadlessWindow start(StoreUrl url, Map<String, String> env, int threads,
            Consumer<AppContext> beforeShow) throws Exception {
        Preferences preferences = Preferences.userRoot().node("io/eventinspector/tools/" + UUID.randomUUID());
        FxTaskExecutor executor = new FxTaskExecutor(threads);
        CompletableFuture<AppContext> started = new CompletableFuture<>();
        Platform.startup(() -> {
            AppContext context = new AppContext(new AppConfig(new Env(env)), Clock.systemUTC(), executor,
                    new UiPreferences(preferences));
            beforeShow.accept(context);
            DesktopApp.show(new Stage(), context);
            context.store().open(url);
            started.complete(context);
        });
        return new HeadlessWindow(preferences, executor, started.get(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    public AppContext context() {
        return context;
    }

    /** The main window (the first one shown). */
    public static Stage stage() {
        return (Stage) Window.getWindows().get(0);
    }

    /** Runs {@code action} on the JavaFX thread and returns its result. */
    public static <T> T onFx(Supplier<T> action) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(action.get()));
        return done.get(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    public static void onFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Polls {@code ready} on the JavaFX thread every {@code pollMillis} until it holds, for {@code seconds}. */
    public static void waitUntil(BooleanSupplier ready, long seconds, long pollMillis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (onFx(ready::getAsBoolean)) {
                return;
            }
            Thread.sleep(pollMillis);
        }
        throw new IllegalStateException("the window was not ready within " + seconds + " s");
    }

    public static void writePng(WritableImage image, Path file) throws IOException {
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

    /** Hides every window, closes the store and the executor, removes the preferences and stops the toolkit. */
    @Override
    public void close() throws Exception {
        onFx(() -> {
            new ArrayList<>(Window.getWindows()).forEach(Window::hide);
            context.close();
            executor.close();
        });
        try {
            preferences.removeNode();
        } finally {
            Platform.exit();
        }
    }
}
