package io.eventinspector.ui.shell;

import io.eventinspector.ui.fx.UiPreferences;
import io.eventinspector.ui.fx.FxTaskExecutor;
import io.eventinspector.ui.fx.Styles;
import io.eventinspector.config.AppConfig;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. It opens the store in the background while JavaFX starts and the window is built,
 * and shows the window with the first page, or without it after a short wait, so a slow or unreachable
 * database never keeps the window from appearing. Start it with {@link #launchWith(Optional)}.
 */
public final class DesktopApp extends Application {
    private static final String DB_PARAMETER = "db";
    /** The longest the window waits for the store's first page before it shows without (#8: window < 2 s). */
    private static final Duration FIRST_PAGE_WAIT = Duration.millis(400);

    /** Static because {@link Application#launch} makes the instance; set before that. */
    private static Function<StoreUrl, Database> opener = Database::open;

    private FxTaskExecutor executor;
    private AppContext context;

    /** Opens the window on {@code --db} (else {@code WHATSAPP_DB_URL}, else the default SQLite file) and blocks. */
    public static void launchWith(Optional<String> db) {
        try {
            opener = EarlyStoreOpen.start(AppConfig.fromSystem().storeUrl(db));
        } catch (RuntimeException e) {
            // A bad setting or URL: start() meets it again and shows it where the user looks, in the window.
            log().debug("No early store open", e);
        }
        String[] args = db.map(url -> new String[] {"--" + DB_PARAMETER + "=" + url}).orElse(new String[0]);
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppConfig config = AppConfig.fromSystem();
        StoreUrl url = config.storeUrl(Optional.ofNullable(getParameters().getNamed().get(DB_PARAMETER)));
        executor = new FxTaskExecutor(3);
        context = new AppContext(config, Clock.systemUTC(), executor, UiPreferences.forUser(), opener);
        Scene scene = build(stage, context);
        if (TrainingRun.requested()) {
            TrainingRun.quitWhenFirstPageShown(scene, context);
        } else {
            FirstPage.whenShown(scene, context, DesktopApp::logStartUp, () -> { });
        }
        openAndShow(stage, context, url, FIRST_PAGE_WAIT);
    }

    /**
     * Opens {@code url} and shows the built window as soon as the table has its first page, or after
     * {@code firstPageWait} without it. The window and its rows are then laid out in one pass instead of an
     * empty window and then the rows, and no empty table flashes by; the store, opened while the window was
     * built, usually answers within that wait (docs/decisions/0008). A slow or unreachable one only costs the
     * wait.
     */
    static void openAndShow(Stage stage, AppContext context, StoreUrl url, Duration firstPageWait) {
        context.store().open(url);
        PauseTransition wait = new PauseTransition(firstPageWait);
        boolean[] shown = {false};
        Runnable show = () -> { // once: a first page that comes after the wait must not show a closed window again
            if (!shown[0]) {
                shown[0] = true;
                wait.stop();
                stage.show();
            }
        };
        wait.setOnFinished(event -> show.run());
        FirstPage.whenSettled(context, loaded -> show.run());
        wait.play();
    }

    /** Builds the main window into {@code stage} and shows it; used by the UI tests and the screenshot tool. */
    public static void show(Stage stage, AppContext context) {
        build(stage, context);
        stage.show();
    }

    static Scene build(Stage stage, AppContext context) {
        Parent root = context.views().<MainView>load("MainWindow.fxml").root();
        UiPreferences preferences = context.preferences();
        Scene scene = new Scene(root, preferences.getDouble("window.width", 1280),
                preferences.getDouble("window.height", 800));
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.titleProperty().bind(context.store().titleProperty());
        stage.setMaximized(preferences.getBoolean("window.maximized", false));
        stage.setOnHidden(event -> {
            preferences.putDouble("window.width", scene.getWidth());
            preferences.putDouble("window.height", scene.getHeight());
            preferences.putBoolean("window.maximized", stage.isMaximized());
        });
        return scene;
    }

    /** How long the user waited for the first page: said once per start, so start-up is measured on any machine. */
    private static void logStartUp() {
        log().info("First page shown {} ms after the JVM started", ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /**
     * Not a static field: the first logger made sets Logback up (~70 ms), and that should happen on the early
     * store's thread, not on the main thread on its way to starting JavaFX.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopApp.class);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
