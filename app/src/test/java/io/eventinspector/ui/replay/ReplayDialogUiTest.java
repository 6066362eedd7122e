package io.eventinspector.ui.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.shell.AppContext;
import io.eventinspector.ui.TestWindow;
import io.eventinspector.ui.DemoStores;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: filter a demo store, dry run, replay to a loopback receiver, which then holds them. */
@ExtendWith(ApplicationExtension.class)
class ReplayDialogUiTest {
    static {
        // The shared build machine can be very busy; starting the toolkit there may take longer than the default.
        System.setProperty("testfx.setup.timeout", "180000");
    }

    /** How the table shows times, so a row can be clicked by its visible text. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private final TestWindow window = new TestWindow();
    private AppContext context;
    private WebhookReceiver receiver;

    @Start
    void start(Stage stage) throws Exception {
        receiver = new WebhookReceiver();
        context = window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
        receiver.close();
    }

    @Test
    void dry_run_then_replay_the_filtered_events_to_a_loopback_receiver(FxRobot robot) throws Exception {
        TableView<Event> table = window.openDemoStore(robot, folder.resolve("replay-" + UUID.randomUUID() + ".db"), 300,
                3, 2);
        String session = table.getItems().get(0).sessionId();
        List<String> expected = new ArrayList<>(context.store().eventsProperty().get()
                .query(EventQuery.builder().sessionId(session).limit(EventQuery.MAX_LIMIT).build()).events()
                .stream().map(Event::id).toList());
        java.util.Collections.reverse(expected);

        robot.clickOn("#sessionField").write(session);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == expected.size()
                && table.getItems().stream().allMatch(event -> event.sessionId().equals(session)));
        robot.clickOn("Replay").clickOn("Replay current filter…");
        robot.clickOn("#targetUrl").write(receiver.url());
        Button replay = robot.lookup("#replayEvents").queryButton();
        assertThat(replay.isDisabled()).as("no replay before a dry run").isTrue();

        robot.clickOn("#dryRun");
        Label summary = robot.lookup("#dryRunSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
        // The dry run's result lands in one UI-thread callback; let it finish before reading the other labels.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary.getText()).startsWith(expected.size() + " events · ");
        assertThat(robot.lookup("#replayMessage").queryAs(Label.class).getText())
                .isEqualTo("Dry run: would replay " + expected.size() + " events");
        assertThat(receiver.ids()).isEmpty();
        assertThat(replay.getText()).isEqualTo("Replay " + expected.size() + " events");
        assertThat(replay.isDisabled()).isFalse();

        robot.clickOn("#replayEvents").clickOn(ReplayDialogView.SEND);
        Label message = robot.lookup("#replayMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message.getText().startsWith("Replayed"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(message.getText()).isEqualTo("Replayed " + expected.size() + " events successfully");
        assertThat(receiver.ids()).containsExactlyElementsOf(expected);
        assertThat(robot.lookup("#replayResults").queryTableView().getItems()).hasSize(expected.size());
        robot.clickOn("Close");
    }

    @Test
    void ctrl_shift_r_replays_the_selected_rows_and_the_history_lists_it(FxRobot robot) throws Exception {
        StoreUrl url = DemoStores.create(folder.resolve("selected-" + UUID.randomUUID() + ".db"), 100, 2, 1);
        robot.interact(() -> context.store().open(url));
        TableView<Event> table = robot.lookup(".event-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() > 3);

        String newestTime = TIME.format(table.getItems().get(0).timestamp());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(newestTime).tryQuery().isPresent());
        robot.clickOn(newestTime);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        List<String> selected = List.of(table.getItems().get(1).id(), table.getItems().get(0).id());
        assertThat(table.getSelectionModel().getSelectedItems()).extracting(Event::id)
                .containsExactlyInAnyOrderElementsOf(selected);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        assertThat(robot.lookup("#replaySource").queryAs(Label.class).getText()).isEqualTo("Replays 2 selected events");
        robot.clickOn("#targetUrl").write(receiver.url()).clickOn("Dry run");
        Button replay = robot.lookup("#replayEvents").queryButton();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !replay.isDisabled());
        robot.clickOn("Replay 2 events").clickOn(ReplayDialogView.SEND);
        Label message = robot.lookup("#replayMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().startsWith("Replayed"));

        assertThat(receiver.ids()).containsExactlyElementsOf(selected);
        robot.clickOn("Close");
        robot.clickOn("Replay").clickOn("Replay history");
        TableView<?> history = robot.lookup("#replayList").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> history.getItems().size() == 2);
        // Looked up inside the history, not anywhere: the closed replay dialog's last message has the same text.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.from(history).lookup("Replayed 2 events successfully").tryQuery().isPresent());
        robot.clickOn(robot.from(history).lookup("Replayed 2 events successfully").queryAs(javafx.scene.Node.class));
        TableView<?> attempts = robot.lookup("#replayAttempts").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> attempts.getItems().size() == 2);
        robot.clickOn("Close");
    }
}
