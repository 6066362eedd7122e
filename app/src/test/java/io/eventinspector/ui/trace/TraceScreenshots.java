package io.eventinspector.ui.trace;

import static io.eventinspector.ui.HeadlessWindow.onFx;
import static io.eventinspector.ui.HeadlessWindow.stage;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.MessageIds;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.trace.AnomalyKind;
import io.eventinspector.trace.MessageTrace;
import io.eventinspector.trace.MessageTraces;
import io.eventinspector.ui.DemoStores;
import io.eventinspector.ui.HeadlessWindow;
import io.eventinspector.ui.shell.AppContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Makes {@code docs/screenshots/message-trace.png} and {@code delivery-health.png} from the real window on a demo
 * store, headless like {@code ui.Screenshots}:
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=io.eventinspector.ui.trace.TraceScreenshots
 * -Dexec.classpathScope=test}. The traced message is the demo's richest: a group message, read, with an anomaly.
 */
public final class TraceScreenshots {
    private TraceScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessWindow.useHeadlessToolkitForPictures();
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        StoreUrl url = DemoStores.create(Files.createTempDirectory("trace-shots").resolve("events.db"), 20_000, 3, 7);
        Event message = richestMessage(url);
        try (HeadlessWindow window = HeadlessWindow.start(url)) {
            AppContext context = window.context();
            waitUntil(() -> !table().getItems().isEmpty());
            onFx(() -> context.filter().showMessage(message.sessionId(), MessageIds.of(message.dataJson())
                    .orElseThrow()));
            waitUntil(() -> table().getItems().contains(message));
            onFx(() -> {
                table().getSelectionModel().select(message);
                stage().getScene().getRoot().lookupAll(".tab-pane").stream().map(TabPane.class::cast)
                        .flatMap(tabs -> tabs.getTabs().stream()).filter(tab -> tab.getText().equals("Trace"))
                        .findFirst().ifPresent(tab -> tab.getTabPane().getSelectionModel().select(tab));
            });
            waitUntil(() -> !((ListView<?>) stage().getScene().lookup("#traceTimeline")).getItems().isEmpty());
            Thread.sleep(500); // let the pane lay out before the snapshot; this tool is not a test
            save(stage().getScene(), out.resolve("message-trace.png"));

            onFx(() -> {
                context.filter().clear();
                context.filter().sessionIdProperty().set(message.sessionId());
                menuItem("Delivery health").fire();
            });
            waitUntil(() -> healthWindow().isPresent()
                    && ((Label) healthWindow().get().lookup("#healthState")).getText().endsWith(" messages"));
            onFx(() -> {
                TableView<?> problems = (TableView<?>) healthWindow().get().lookup("#healthProblems");
                problems.getSelectionModel().select(0);
                problems.requestFocus();
                problems.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                        false));
            });
            waitUntil(() -> ((ListView<?>) healthWindow().get().lookup("#traceTimeline")).getItems().size() > 1);
            Thread.sleep(500);
            save(healthWindow().get(), out.resolve("delivery-health.png"));
        }
    }

    /** The outgoing message with the most events among those read despite an anomaly, preferring groups. */
    private static Event richestMessage(StoreUrl url) {
        try (Database database = Database.open(url)) {
            MessageTraces traces = new MessageTraces(database.events());
            EventQuery sent = EventQuery.builder().types(List.of("message.sent")).limit(1_000).build();
            return database.events().query(sent).events().stream()
                    .map(event -> traces.trace(MessageIds.of(event.dataJson()).orElseThrow(),
                                    Optional.of(event.sessionId()), MessageTraces.DEFAULT_STUCK_AFTER)
                            .map(trace -> new Candidate(event, trace)))
                    .flatMap(Optional::stream)
                    .filter(candidate -> candidate.trace().status().label().equals("read")
                            && candidate.trace().anomalies().stream().anyMatch(anomaly ->
                            anomaly.kind() != AnomalyKind.ORPHAN))
                    .max(Comparator.comparingInt(Candidate::score))
                    .map(Candidate::event).orElseThrow();
        }
    }

    private record Candidate(Event event, MessageTrace trace) {
        int score() {
            return trace.events().size() + 5 * trace.participants().size() + 3 * trace.anomalies().size();
        }
    }

    private static MenuItem menuItem(String text) {
        MenuBar bar = (MenuBar) stage().getScene().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }

    private static Optional<Scene> healthWindow() {
        return Window.getWindows().stream().map(Window::getScene)
                .filter(scene -> scene != null && scene.lookup("#healthTiles") != null).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Event> table() {
        return (TableView<Event>) stage().getScene().lookup(".event-table");
    }

    private static void save(Scene scene, Path file) throws Exception {
        HeadlessWindow.writePng(onFx(() -> scene.snapshot(null)), file);
    }

    private static void waitUntil(BooleanSupplier ready) throws Exception {
        HeadlessWindow.waitUntil(ready, 60, 100);
    }
}
