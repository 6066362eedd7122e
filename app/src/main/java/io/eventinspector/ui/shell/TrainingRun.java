package io.eventinspector.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * A start-up that quits as soon as the first page of events is shown (or opening the store failed). The
 * installers run the app this way once with {@code -XX:ArchiveClassesAtExit}, so the class-data archive holds
 * every class a real start loads up to the first page — JavaFX, FXML, CSS, the store — not only the CLI's.
 */
final class TrainingRun {
    /** The system property that asks for a training run. */
    static final String PROPERTY = "event-inspector.training-run";

    private TrainingRun() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void quitWhenFirstPageShown(Scene scene, AppContext context) {
        // runLater: after this pulse has rendered the page, so its classes are loaded too
        FirstPage.whenShown(scene, context, () -> Platform.runLater(Platform::exit), Platform::exit);
    }
}
