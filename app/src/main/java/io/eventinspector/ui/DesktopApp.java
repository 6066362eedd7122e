package io.eventinspector.ui;

import io.eventinspector.config.AppConfig;
import io.eventinspector.store.StoreUrl;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application. It shows the window at once and opens the store in the background, so a slow or
 * unreachable database never keeps the window from appearing. Start it with {@link #launchWith(Optional)}.
 */
public final class DesktopApp extends Application {
    private static final String DB_PARAMETER = "db";

    private FxTaskExecutor executor;
    private AppContext context;

    /** Opens the window on {@code --db} (else {@code WHATSAPP_DB_URL}, else the default SQLite file) and blocks. */
    public static void launchWith(Optional<String> db) {
        String[] args = db.map(url -> new String[] {"--" + DB_PARAMETER + "=" + url}).orElse(new String[0]);
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppConfig config = AppConfig.fromSystem();
        StoreUrl url = config.storeUrl(Optional.ofNullable(getParameters().getNamed().get(DB_PARAMETER)));
        executor = new FxTaskExecutor(3);
        context = new AppContext(config, Clock.systemUTC(), executor, UiPreferences.forUser());
        show(stage, context);
        if (TrainingRun.requested()) {
            TrainingRun.quitWhenFirstPageShown(context);
        }
        context.store().open(url);
    }

    /** Builds the main window into {@code stage}; also used by the UI tests and the screenshot tool. */
    public static void show(Stage stage, AppContext context) {
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
        stage.show();
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
