package io.eventinspector.ui.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The daily cleanup's question as the user sees it, headless: both answers, and closing it keeps the events. */
@ExtendWith(ApplicationExtension.class)
class CleanupQuestionDialogUiTest {
    static {
        // The shared build machine can be very busy; starting the toolkit there may take longer than the default.
        System.setProperty("testfx.setup.timeout", "180000");
    }

    private static final CleanupQuestion.ImportedHistory QUESTION = new CleanupQuestion.ImportedHistory(120,
            Optional.of(Instant.parse("2026-11-25T02:00:00Z")), 30, Instant.parse("2026-10-27T03:00:00Z"));

    private Stage window;

    /** A window of its own: the primary stage may still carry an earlier test class's main window. */
    @Start
    void start(Stage primary) {
        window = new Stage();
        window.setScene(new Scene(new Label("main window"), 400, 300));
        window.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(window::hide).get();
    }

    @Test
    void keep_them_answers_keep(FxRobot robot) throws Exception {
        CompletableFuture<CleanupQuestion.Answer> answer = ask();
        assertThat(robot.lookup(".content").queryLabeled().getText()).isEqualTo(QUESTION.message());

        robot.clickOn("Keep them");

        assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(CleanupQuestion.Answer.KEEP);
    }

    @Test
    void delete_them_answers_delete(FxRobot robot) throws Exception {
        CompletableFuture<CleanupQuestion.Answer> answer = ask();

        robot.clickOn("Delete them");

        assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(CleanupQuestion.Answer.DELETE);
    }

    /** Asks as the scheduler does, from a runnable handed to the UI thread, and waits until the dialog shows. */
    private static CompletableFuture<CleanupQuestion.Answer> ask() throws Exception {
        CompletableFuture<CleanupQuestion.Answer> answer = new CompletableFuture<>();
        Platform.runLater(() -> new CleanupQuestionDialog().ask(QUESTION, answer::complete));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(shown -> shown.getScene().getRoot() instanceof DialogPane));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }
}
