package io.eventinspector.ui;

import io.eventinspector.ui.fx.FxTaskExecutor;
import io.eventinspector.ui.shell.AppContext;
import io.eventinspector.ui.shell.DesktopApp;
import io.eventinspector.ui.fx.UiPreferences;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.event.Event;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window for a TestFX test: no environment settings, preferences of its own (removed afterwards) and
 * its own background executor. Show it from the test's {@code @Start}, close it in {@code @AfterEach}.
 */
public final class TestWindow {
    private final Preferences preferences = Preferences.userRoot().node("io/eventinspector/test/" + UUID.randomUUID());
    private FxTaskExecutor executor;
    private AppContext context;

    public AppContext show(Stage stage) {
        DesktopApp.show(stage, context(Database::open));
        return context;
    }

    /** The window's context, not built into a stage yet, opening stores with {@code opener}. */
    public AppContext context(Function<StoreUrl, Database> opener) {
        executor = new FxTaskExecutor(2);
        context = new AppContext(new AppConfig(new Env(Map.of())), Clock.systemUTC(), executor,
                new UiPreferences(preferences), opener);
        return context;
    }

    /** Opens a new demo store ({@link DemoStores#create}) in the window and waits until the table shows rows. */
    public TableView<Event> openDemoStore(FxRobot robot, Path file, int events, int sessions, int days)
            throws TimeoutException {
        StoreUrl url = DemoStores.create(file, events, sessions, days);
        robot.interact(() -> context.store().open(url));
        TableView<Event> table = robot.lookup(".event-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        return table;
    }

    public void close() throws TimeoutException, BackingStoreException {
        // Every window hidden (the main window saves its size to the preferences) before those preferences go.
        FxToolkit.cleanupStages();
        context.close();
        executor.close();
        preferences.removeNode();
    }
}
