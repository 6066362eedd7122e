package io.eventinspector.ui.events;

import io.eventinspector.event.Event;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

/**
 * Measures the detail pane the way the issue asks, for the TestFX test and the benchmark: how long from selecting
 * a row until the pulse that lays out the top of its JSON, and the longest the JavaFX thread went without a pulse
 * (an {@link AnimationTimer} runs on every pulse and asks for the next, so a gap between two is time the thread
 * was busy with something else).
 */
public final class DetailPaneProbe {
    private final TableView<Event> table;
    private final ListView<JsonLine> json;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastPulse != 0) {
                longestGap = Math.max(longestGap, now - lastPulse);
            }
            lastPulse = now;
        }
    };
    private long lastPulse;
    private long longestGap;

    public DetailPaneProbe(TableView<Event> table, ListView<JsonLine> json) {
        this.table = table;
        this.json = json;
    }

    /** Starts watching pulses; call on the JavaFX thread. */
    public void start() {
        lastPulse = 0;
        longestGap = 0;
        pulses.start();
    }

    /** The longest time between two pulses since {@link #start()}, in ms; call on the JavaFX thread. */
    public long longestBlockMillis() {
        return TimeUnit.NANOSECONDS.toMillis(longestGap);
    }

    public void stop() {
        pulses.stop();
    }

    /**
     * Selects {@code event}'s row (from any thread but the JavaFX one) and returns the ms until the pulse after
     * the JSON view got its lines, with its id on the second line, was laid out.
     */
    public long selectAndTime(Event event, long timeoutSeconds) throws Exception {
        CompletableFuture<Long> laidOut = new CompletableFuture<>();
        String idLine = "  \"id\" : \"" + event.id() + "\",";
        long[] start = new long[1];
        ChangeListener<ObservableList<JsonLine>> shown = (observable, old, lines) -> {
            if (lines.size() > 1 && lines.get(1).shown().equals(idLine)) {
                Runnable afterLayout = new Runnable() {
                    @Override
                    public void run() {
                        laidOut.complete(System.nanoTime());
                        json.getScene().removePostLayoutPulseListener(this);
                    }
                };
                json.getScene().addPostLayoutPulseListener(afterLayout);
                Platform.requestNextPulse();
            }
        };
        Platform.runLater(() -> {
            json.itemsProperty().addListener(shown);
            start[0] = System.nanoTime();
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(event));
        });
        try {
            return TimeUnit.NANOSECONDS.toMillis(laidOut.get(timeoutSeconds, TimeUnit.SECONDS) - start[0]);
        } finally {
            Platform.runLater(() -> json.itemsProperty().removeListener(shown));
        }
    }
}
