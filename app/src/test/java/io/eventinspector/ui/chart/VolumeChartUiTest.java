package io.eventinspector.ui.chart;

import io.eventinspector.ui.MainWindowUiTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.DemoStores;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: the volume chart's bars narrow the filter; live tail keeps the reader's place. */
class VolumeChartUiTest extends MainWindowUiTestBase {
    private StoreUrl openDemoStore(FxRobot robot) throws Exception {
        StoreUrl url = DemoStores.create(folder.resolve("chart-" + UUID.randomUUID() + ".db"), 600, 3, 2);
        // Opening goes through a file chooser in the app; the test opens the store directly.
        robot.interact(() -> context.store().open(url));
        TableView<Event> table = robot.lookup(".event-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        // Let the background work settle (total, chart) so no row is re-rendered under the mouse.
        Label status = robot.lookup("#status").queryAs(Label.class);
        Label caption = robot.lookup("#chartCaption").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> status.getText().contains(" of 600") && caption.getText().contains("buckets"));
        WaitForAsyncUtils.waitForFxEvents();
        return url;
    }

    @Test
    void clicking_a_bar_narrows_the_time_filter_to_its_hour(FxRobot robot) throws Exception {
        openDemoStore(robot);
        Label caption = robot.lookup("#chartCaption").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> caption.getText().contains("hour buckets"));
        assertThat(caption.getText()).isEqualTo("600 events · stacked by type · hour buckets · click or drag to zoom");

        // The tallest bar: its family segments are its children, stacked. The caption can change a pulse before
        // the bars are laid out, so wait for their heights.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".volume-bar").<Pane>queryAll().stream()
                .anyMatch(bar -> stackHeight(bar) > 0));
        Pane busiest = robot.lookup(".volume-bar").<Pane>queryAll().stream()
                .max(Comparator.comparingDouble(VolumeChartUiTest::stackHeight)).orElseThrow();
        robot.clickOn(busiest);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> caption.getText().contains("minute buckets"));
        EventQuery query = context.filter().queryProperty().get();
        Instant since = query.since().orElseThrow();
        Instant until = query.until().orElseThrow();
        assertThat(Duration.between(since, until)).isEqualTo(Duration.ofHours(1).minusMillis(1));
        assertThat(robot.lookup("#sinceField").queryAs(TextField.class).getText())
                .isEqualTo(io.eventinspector.ui.fx.TimeInput.format(since));
        assertThat(robot.lookup("#apiUrl").queryAs(Label.class).getText()).contains("since=").contains("until=");
        TableView<Event> table = robot.lookup(".event-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(event -> !event.timestamp().isBefore(since)
                && !event.timestamp().isAfter(until)));
        Label status = robot.lookup("#status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().matches("showing (\\d+) of \\1 .*"));
        assertThat(Integer.parseInt(status.getText().replaceAll("showing (\\d+) .*", "$1"))).isLessThan(600);
    }

    private static double stackHeight(Pane bar) {
        return bar.getChildren().stream().mapToDouble(segment -> segment.getLayoutBounds().getHeight()).sum();
    }

    @Test
    void live_tail_puts_new_events_on_top_and_keeps_the_selection_and_the_scroll_position(FxRobot robot)
            throws Exception {
        StoreUrl url = openDemoStore(robot);
        TableView<Event> table = robot.lookup(".event-table").queryTableView();
        // Read further down: select the first row, then page down twice (selection and view move together).
        robot.clickOn(table.getItems().get(0).id());
        robot.type(KeyCode.PAGE_DOWN, 2);
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = robot.lookup(".event-table .virtual-flow").query();
        Event firstShown = (Event) flow.getFirstVisibleCell().getItem();
        Event picked = table.getSelectionModel().getSelectedItem();
        assertThat(table.getItems().indexOf(firstShown)).isPositive();
        assertThat(table.getItems().indexOf(picked)).isGreaterThan(table.getItems().indexOf(firstShown));

        robot.clickOn("#liveToggle");
        Event arrived = new Event("evt_live_1", "message.sent", "s-live", "{\"body\":\"new\"}",
                DemoStores.END.plusSeconds(60));
        try (Database gateway = Database.open(url)) {
            gateway.events().append(List.of(arrived));
        }

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().get(0).equals(arrived));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(picked);
        assertThat(flow.getFirstVisibleCell().getItem()).isEqualTo(firstShown);
        assertThat(robot.lookup("#detailHeader").queryAs(Label.class).getText()).endsWith(picked.id());
    }
}
