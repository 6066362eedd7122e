package io.eventinspector.ui.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eventinspector.ui.fx.LatestTask;
import io.eventinspector.ui.fx.TaskExecutor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines of a JSON view (the detail pane's, the replay dialog's request): a few plain lines, then a JSON
 * value laid out with long values folded ({@link FoldedJson}). Expanding or collapsing a value lays the lines out
 * again in the background from the text (what is folded is passed over, not kept parsed); a newer layout, or new
 * content, cancels the one in flight.
 */
public final class JsonTextViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(JsonTextViewModel.class);

    private final LatestTask layoutTask;
    private final ReadOnlyObjectWrapper<List<JsonLine>> lines = new ReadOnlyObjectWrapper<>(this, "lines",
            List.of());
    private final Set<String> toggled = new HashSet<>();
    private List<JsonLine> head = List.of();
    private JsonText text;

    public JsonTextViewModel(TaskExecutor executor) {
        this.layoutTask = new LatestTask(executor);
    }

    /** Lays {@code head} and {@code json} out in the background; text that is not JSON is shown as a string. */
    public void show(List<String> head, String json) {
        show(head, () -> json);
    }

    /** The same, with the JSON text itself made in the background too (decoding a large body takes a while). */
    public void show(List<String> head, Supplier<String> jsonText) {
        clear();
        layoutTask.restart(() -> {
            List<JsonLine> plain = head.stream().map(JsonLine::plain).toList();
            String json = jsonText.get();
            JsonText parsed = JsonText.of(json);
            FoldedJson.Layout layout;
            try {
                layout = FoldedJson.layout(parsed, Set.of());
            } catch (JsonProcessingException e) {
                parsed = JsonText.of("\"" + LongValues.escape(json) + "\"");
                layout = FoldedJson.layout(parsed, Set.of());
            }
            return new Laid(plain, parsed, layout.lines());
        }, laid -> showLaidOut(laid.head(), laid.text(), laid.lines()),
                error -> LOG.warn("Cannot lay the JSON out", error));
    }

    /** Shows {@code text} already laid out (with no toggles) by the caller's own background work. */
    void showLaidOut(List<JsonLine> head, JsonText text, List<JsonLine> laidOut) {
        layoutTask.cancel();
        toggled.clear();
        this.head = head;
        this.text = text;
        lines.set(concat(head, laidOut));
    }

    public void clear() {
        layoutTask.cancel();
        toggled.clear();
        head = List.of();
        text = null;
        lines.set(List.of());
    }

    /** Expands a folded value or collapses an expanded one; other lines are left as they are. */
    public void toggle(JsonLine line) {
        if (text == null || line == null || !line.foldable()) {
            return;
        }
        if (!toggled.remove(line.path())) {
            toggled.add(line.path());
        }
        JsonText laying = text;
        Set<String> now = Set.copyOf(toggled);
        List<JsonLine> before = head;
        layoutTask.restart(() -> FoldedJson.layout(laying, now).lines(),
                laidOut -> lines.set(concat(before, laidOut)), error -> LOG.warn("Cannot lay the JSON out", error));
    }

    /**
     * All of the line's value, exactly, read from the text however much of it is folded: a string's text itself
     * (not JSON-escaped), any other value as its JSON exactly as stored; a plain line's text.
     */
    public static String valueOf(JsonLine line) {
        if (line.value() == null) {
            return line.text();
        }
        return line.value().kind() == JsonSpan.Kind.STRING ? line.value().stringValue() : line.value().json();
    }

    /** The lines as shown, one per line: what copying a selection of lines gives. */
    public static String shown(List<JsonLine> selected) {
        return selected.stream().map(JsonLine::shown).collect(Collectors.joining("\n"));
    }

    public ReadOnlyObjectProperty<List<JsonLine>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    private static List<JsonLine> concat(List<JsonLine> head, List<JsonLine> laidOut) {
        if (head.isEmpty()) {
            return laidOut;
        }
        List<JsonLine> all = new ArrayList<>(head.size() + laidOut.size());
        all.addAll(head);
        all.addAll(laidOut);
        return all;
    }

    private record Laid(List<JsonLine> head, JsonText text, List<JsonLine> lines) {
    }
}
