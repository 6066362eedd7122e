package io.eventinspector.ui.shell;

import io.eventinspector.ui.MainWindowUiTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.GatewayFiles;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import io.eventinspector.ui.events.JsonLine;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle): open a demo store, filter by a type, select a row, read its JSON. */
class MainWindowUiTest extends MainWindowUiTestBase {
    @Test
    void filter_by_type_then_select_a_row_and_read_its_json(FxRobot robot) throws Exception {
        TableView<Event> table = window.openDemoStore(robot, folder.resolve("ui-" + UUID.randomUUID() + ".db"), 600, 3,
                2);
        assertThat(robot.lookup("#storeLabel").queryAs(Label.class).getText()).contains("(SQLite)");
        assertThat(table.getItems().stream().map(Event::type).distinct().count()).isGreaterThan(1);

        @SuppressWarnings("unchecked")
        CheckComboBox<String> typePicker = robot.lookup("#typePicker").queryAs(CheckComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> typePicker.getItems().contains("message.sent"));
        WaitForAsyncUtils.waitForFxEvents();
        // Pick the type the way a user does: open the picker, click its entry ("message.sent (N)"), close it.
        robot.clickOn("#typePicker");
        // The list shows ten rows; arrow down until the type's row is on screen.
        int index = typePicker.getItems().indexOf("message.sent");
        robot.type(KeyCode.DOWN, index);
        robot.clickOn("message.sent (" + context.filter().typeCounts().get("message.sent") + ")");
        robot.clickOn("#typePicker");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(event -> event.type().equals("message.sent")));
        assertThat(robot.lookup("#apiUrl").queryAs(Label.class).getText())
                .isEqualTo("GET /api/events?event_type=message.sent");

        WaitForAsyncUtils.waitForFxEvents();
        Event first = table.getItems().get(0);
        robot.clickOn(first.id());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detailHeader").queryAs(Label.class).getText())
                .isEqualTo("message.sent · " + first.id());
        @SuppressWarnings("unchecked")
        ListView<JsonLine> json = robot.lookup("#detailJson").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> json.getItems().size() > 2);
        assertThat(json.getItems()).extracting(JsonLine::shown)
                .contains("  \"id\" : \"" + first.id() + "\",", "  \"type\" : \"message.sent\",");
    }

    @Test
    void the_session_field_suggests_session_ids_once_focused(FxRobot robot) throws Exception {
        TableView<Event> table = window.openDemoStore(robot, folder.resolve("ui-" + UUID.randomUUID() + ".db"), 200, 3,
                1);
        String session = table.getItems().get(0).sessionId();

        robot.clickOn("#sessionField").write(session.substring(0, session.length() - 1));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(cell -> session.equals(cell.getText())));
    }

    @Test
    void the_first_notification_shows_in_the_bar_with_its_retry(FxRobot robot) throws Exception {
        robot.interact(() -> context.notifications().failure("Cannot open the store",
                new java.io.IOException("disk gone"), () -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar").tryQuery()
                .filter(javafx.scene.Node::isVisible).isPresent());
        NotificationPane pane = robot.lookup(".notification-pane").queryAs(NotificationPane.class);
        assertThat(pane.isShowing()).isTrue();
        assertThat(pane.getText()).isEqualTo("Cannot open the store: disk gone");
        assertThat(pane.getActions()).extracting(action -> action.getText()).containsExactly("Retry");
        assertThat(robot.lookup(".event-table").tryQuery()).isPresent();

        robot.interact(() -> context.notifications().dismiss());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !pane.isShowing());
    }

    @Test
    void a_gateway_database_shows_the_read_only_badge_and_offers_no_import(FxRobot robot) throws Exception {
        Path file = GatewayFiles.create(folder.resolve("gateway-" + UUID.randomUUID() + ".db"),
                new GatewayFiles.Row("20260203103000.123456789", "message.sent", "s1", "{\"body\":\"hi\"}",
                        "2026-02-03 10:30:00.123456789+00:00"));
        Label badge = robot.lookup("#readOnlyBadge").queryAs(Label.class);
        assertThat(badge.isVisible()).isFalse();

        robot.interact(() -> context.store().open(StoreUrl.sqlite(file)));
        TableView<Event> table = robot.lookup(".event-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("Gateway database · read-only");
        assertThat(table.getItems().get(0).id()).isEqualTo("20260203103000.123456789");
    }
}
