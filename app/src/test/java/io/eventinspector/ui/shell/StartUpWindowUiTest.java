package io.eventinspector.ui.shell;

import io.eventinspector.ui.DemoStores;
import io.eventinspector.ui.TestWindow;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.events.EventTableViewModel;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** How the window comes up at start: with its first page, or without it when the store does not answer. */
@ExtendWith(ApplicationExtension.class)
class StartUpWindowUiTest {
    static {
        System.setProperty("testfx.setup.timeout", "180000");
    }

    @TempDir
    Path folder;

    private final TestWindow window = new TestWindow();
    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage primary) {
        // TestFX shows its primary stage; each test builds the main window into a stage of its own, not shown yet.
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theWindowShowsWithItsFirstPage(FxRobot robot) throws Exception {
        StoreUrl url = DemoStores.create(folder.resolve("demo.db"), 500, 3, 2);
        context = window.context(Database::open);
        AtomicInteger rowsWhenShown = new AtomicInteger(-1);

        robot.interact(() -> {
            stage = new Stage();
            DesktopApp.build(stage, context);
            stage.showingProperty().addListener((observable, was, showing) -> {
                if (showing) {
                    rowsWhenShown.set(context.table().rows().size());
                }
            });
            DesktopApp.openAndShow(stage, context, url, Duration.seconds(60));
        });

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rowsWhenShown.get() >= 0);
        assertThat(rowsWhenShown.get()).isEqualTo(EventTableViewModel.PAGE_SIZE);
    }

    @Test
    void aStoreThatDoesNotAnswerDoesNotKeepTheWindowFromShowing(FxRobot robot) throws Exception {
        StoreUrl url = StoreUrl.sqlite(folder.resolve("slow.db"));
        context = window.context(wanted -> {
            try {
                new CountDownLatch(1).await(); // never answers; closing the window's executor interrupts it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the store never answered");
        });

        robot.interact(() -> {
            stage = new Stage();
            DesktopApp.build(stage, context);
            DesktopApp.openAndShow(stage, context, url, Duration.millis(100));
        });

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, stage::isShowing);
        assertThat(context.store().busyProperty().get()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Event Inspector — opening slow.db…");
    }
}
