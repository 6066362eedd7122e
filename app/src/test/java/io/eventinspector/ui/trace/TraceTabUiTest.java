package io.eventinspector.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.MainWindowUiTestBase;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a store of hand-built events: select the event of a message, open the Trace tab, read the
 * message's timeline, and click a step to select its event in the table; and View -> Delivery health (Ctrl+H)
 * measuring the window's filter as it changes.
 */
class TraceTabUiTest extends MainWindowUiTestBase {
    private static final Instant SENT_AT = Instant.parse("2026-11-26T10:00:00Z");
    private static final String CHAT = "4915112345678@s.whatsapp.net";

    private static final Event SENT = new Event("evt_sent", "message.sent", "sales",
            "{\"message_id\":\"3EB0UI\",\"to\":\"" + CHAT + "\",\"body\":\"hello\"}", SENT_AT);
    /** A receipt for two messages at once, as WhatsApp sends them. */
    private static final Event DELIVERED = new Event("evt_delivered", "message.delivered", "sales",
            "{\"message_ids\":[\"3EB0UI\",\"3EB0OTHER\"],\"from\":\"" + CHAT + "\"}", SENT_AT.plusMillis(1_234));
    private static final Event READ = new Event("evt_read", "message.read", "sales",
            "{\"message_ids\":[\"3EB0UI\"],\"from\":\"" + CHAT + "\"}", SENT_AT.plusSeconds(185));
    private static final List<Event> OTHERS = List.of(
            new Event("evt_other", "message.sent", "sales", "{\"message_id\":\"3EB0OTHER\"}", SENT_AT.minusSeconds(2)),
            new Event("evt_presence", "presence.update", "sales", "{\"presence\":\"available\"}",
                    SENT_AT.plusSeconds(300)),
            new Event("evt_support", "message.sent", "support", "{\"message_id\":\"3EB0UI\"}", SENT_AT));

    private TableView<Event> openStore(FxRobot robot, String name) throws Exception {
        StoreUrl url = StoreUrl.sqlite(folder.resolve(name));
        try (Database database = Database.open(url)) {
            database.events().append(List.of(SENT, DELIVERED, READ));
            database.events().append(OTHERS);
        }
        robot.interact(() -> context.store().open(url));
        TableView<Event> table = robot.lookup(".event-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        return table;
    }

    @Test
    @SuppressWarnings("unchecked")
    void selecting_an_event_of_a_message_shows_its_timeline_and_a_step_selects_its_event(FxRobot robot)
            throws Exception {
        TableView<Event> table = openStore(robot, "trace.db");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#traceTimeline").tryQuery().isPresent());

        robot.clickOn("evt_sent");
        robot.clickOn("Trace");
        ListView<TimelineRow> timeline = robot.lookup("#traceTimeline").queryAs(ListView.class);
        Label state = robot.lookup("#traceState").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !timeline.getItems().isEmpty()
                || state.getStyleClass().contains("error-text") || state.getText().startsWith("No event"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.isVisible()).as("state: %s", state.getText()).isFalse();
        assertThat(robot.lookup("#traceStatus").queryAs(Label.class).getText()).isEqualTo("read");
        assertThat(robot.lookup("#traceFacts").queryAs(Label.class).getText())
                .contains("outgoing", "delivered after 1.2 s", "read after 3 m 5 s");
        assertThat(timeline.getItems()).extracting(TimelineRow::kind)
                .containsExactly(StepKind.SENT, StepKind.DELIVERED, StepKind.READ);
        assertThat(timeline.getItems()).extracting(TimelineRow::delay).containsExactly("+0 ms", "+1.2 s", "+3 m 5 s");
        assertThat(timeline.getItems().get(1).from()).isEqualTo("from " + CHAT);

        ListCell<TimelineRow> deliveredStep = robot.lookup("#traceTimeline .list-cell")
                .<ListCell<TimelineRow>>queryAllAs((Class<ListCell<TimelineRow>>) (Class<?>) ListCell.class).stream()
                .filter(cell -> cell.getItem() != null && cell.getItem().kind() == StepKind.DELIVERED)
                .findFirst().orElseThrow();
        robot.clickOn(deliveredStep);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getSelectionModel().getSelectedItem() != null
                        && table.getSelectionModel().getSelectedItem().id().equals("evt_delivered"));
        WaitForAsyncUtils.waitForFxEvents();

        // The receipt covers two messages; the one being followed stays on screen.
        ComboBox<String> chooser = robot.lookup("#traceMessageChooser").queryAs(ComboBox.class);
        assertThat(chooser.getItems()).containsExactly("3EB0UI", "3EB0OTHER");
        assertThat(chooser.getValue()).isEqualTo("3EB0UI");
        assertThat(timeline.getSelectionModel().getSelectedItem().eventId()).contains("evt_delivered");
    }

    @Test
    void ctrl_h_shows_the_delivery_health_of_the_current_filter_and_follows_it(FxRobot robot) throws Exception {
        TableView<Event> table = openStore(robot, "health.db");
        robot.interact(table::requestFocus);

        robot.push(KeyCode.CONTROL, KeyCode.H);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#healthTiles").tryQuery().isPresent());
        Label state = robot.lookup("#healthState").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.getText().endsWith(" messages")
                || state.getStyleClass().contains("error-text"));
        assertThat(state.getStyleClass()).as("state: %s", state.getText()).doesNotContain("error-text");
        assertThat(robot.lookup("#healthFilter").queryAs(Label.class).getText())
                .isEqualTo("All events (no filter set)");
        assertThat(tile(robot, "Outgoing")).isEqualTo("3");

        robot.interact(() -> context.filter().sessionIdProperty().set("sales"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "2".equals(tile(robot, "Outgoing")));
        assertThat(robot.lookup("#healthFilter").queryAs(Label.class).getText()).isEqualTo("Filter: session sales");
    }

    /** The value of the tile with this caption. */
    private static String tile(FxRobot robot, String caption) {
        FlowPane tiles = robot.lookup("#healthTiles").queryAs(FlowPane.class);
        return tiles.getChildren().stream().map(VBox.class::cast)
                .filter(tile -> ((Label) tile.getChildren().get(0)).getText().equals(caption))
                .map(tile -> ((Label) tile.getChildren().get(1)).getText()).findFirst().orElse("");
    }
}
