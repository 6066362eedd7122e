package io.eventinspector.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog made with {@link Dialogs#ownedBy}: it looks like its owner; Esc and Enter do what the helper promises. */
@ExtendWith(ApplicationExtension.class)
class DialogsUiTest {
    static {
        // The shared build machine can be very busy; starting the toolkit there may take longer than the default.
        System.setProperty("testfx.setup.timeout", "180000");
    }

    private static final ButtonType GO = new ButtonType("Go", ButtonBar.ButtonData.OK_DONE);

    private final Image icon = new WritableImage(16, 16);
    private Stage owner;
    private volatile Dialog<ButtonType> dialog;
    private Node content;

    /** A dark window of its own: the primary stage may still carry an earlier test class's main window. */
    @Start
    void start(Stage primary) {
        owner = new Stage();
        Label root = new Label("owner");
        root.getStyleClass().add(Styles.DARK);
        owner.setScene(new Scene(root, 400, 300));
        owner.getIcons().add(icon);
        owner.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (dialog != null) {
                dialog.close();
            }
            owner.hide();
        }).get();
    }

    @Test
    void it_takes_the_owners_theme_icons_and_modality() throws Exception {
        CompletableFuture<Optional<ButtonType>> answer = show();

        assertThat(dialog.getOwner()).isSameAs(owner);
        assertThat(dialog.getModality()).isEqualTo(Modality.APPLICATION_MODAL);
        assertThat(dialog.getDialogPane().getStylesheets()).containsExactly(Styles.STYLESHEET);
        assertThat(dialog.getDialogPane().getStyleClass()).contains(Styles.DARK);
        assertThat(((Stage) dialog.getDialogPane().getScene().getWindow()).getIcons()).containsExactly(icon);
        WaitForAsyncUtils.asyncFx(dialog::close).get();
        assertThat(answer.get(20, TimeUnit.SECONDS)).isPresent();
    }

    @Test
    void enter_presses_the_focused_button_not_the_default_one_and_escape_cancels(FxRobot robot) throws Exception {
        Button copy = new Button("Copy");
        AtomicInteger copied = new AtomicInteger();
        copy.setOnAction(event -> copied.incrementAndGet());
        content = copy;
        CompletableFuture<Optional<ButtonType>> answer = show();
        WaitForAsyncUtils.asyncFx(copy::requestFocus).get();
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(copied.get()).isEqualTo(1);
        assertThat(answer).isNotDone();

        robot.type(KeyCode.ESCAPE);

        assertThat(answer.get(20, TimeUnit.SECONDS)).contains(ButtonType.CANCEL);
    }

    /** Shows a Go/Cancel dialog over the owner and waits until it is up; completes with its answer. */
    private CompletableFuture<Optional<ButtonType>> show() throws Exception {
        CompletableFuture<Optional<ButtonType>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            dialog = Dialogs.ownedBy(owner, new Dialog<>());
            dialog.setTitle("Question");
            dialog.getDialogPane().getButtonTypes().setAll(GO, ButtonType.CANCEL);
            dialog.getDialogPane().setContent(content);
            answer.complete(dialog.showAndWait());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog != null && dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }
}
