package io.eventinspector.ui.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.EventJson;
import io.eventinspector.ui.fx.LatestTask;
import io.eventinspector.ui.fx.TaskExecutor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines of a JSON view (the detail pane's, the replay dialog's request): a few plain lines, then a JSON
 * value laid out with long values folded ({@link FoldedJson}). Expanding or collapsing a value lays the lines out
 * again in the background; a newer layout, or new content, cancels the one in flight.
 */
public final class JsonTextViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(JsonTextViewModel.class);

    private final LatestTask layoutTask;
    private final ReadOnlyObjectWrapper<List<JsonLine>> lines = new ReadOnlyObjectWrapper<>(this, "lines",
            List.of());
    private final Set<String> toggled = new HashSet<>();
    private List<JsonLine> head = List.of();
    private JsonNode root;

    public JsonTextViewModel(TaskExecutor executor) {
        this.layoutTask = new LatestTask(executor);
    }

    /** Lays {@code head} and {@code json} out in the background; non-JSON text is shown as plain lines. */
    public void show(List<String> head, String json) {
        clear();
        layoutTask.restart(() -> {
            List<JsonLine> plain = head.stream().map(JsonLine::plain).toList();
            JsonNode parsed;
            try {
                parsed = EventJson.mapper().readTree(json);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                parsed = EventJson.mapper().getNodeFactory().textNode(json);
            }
            return new Laid(plain, parsed, FoldedJson.layout(parsed, Set.of()));
        }, laid -> showLaidOut(laid.head(), laid.root(), laid.lines()),
                error -> LOG.warn("Cannot lay the JSON out", error));
    }

    /** Shows {@code root} already laid out (with no toggles) by the caller's own background work. */
    public void showLaidOut(List<JsonLine> head, JsonNode root, List<JsonLine> laidOut) {
        layoutTask.cancel();
        toggled.clear();
        this.head = head;
        this.root = root;
        lines.set(concat(head, laidOut));
    }

    public void clear() {
        layoutTask.cancel();
        toggled.clear();
        head = List.of();
        root = null;
        lines.set(List.of());
    }

    /** Expands a folded value or collapses an expanded one; other lines are left as they are. */
    public void toggle(JsonLine line) {
        if (root == null || line == null || !line.foldable()) {
            return;
        }
        if (!toggled.remove(line.path())) {
            toggled.add(line.path());
        }
        JsonNode laying = root;
        Set<String> now = Set.copyOf(toggled);
        List<JsonLine> before = head;
        layoutTask.restart(() -> FoldedJson.layout(laying, now), laidOut -> lines.set(concat(before, laidOut)),
                error -> LOG.warn("Cannot lay the JSON out", error));
    }

    /**
     * All of the line's value, exactly: a string's text itself (not JSON-escaped), any other value as compact
     * JSON with its numbers as written; a plain line's text.
     */
    public static String valueOf(JsonLine line) {
        if (line.value() == null) {
            return line.text();
        }
        return line.value().isTextual() ? line.value().textValue() : EventJson.compact(line.value());
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

    private record Laid(List<JsonLine> head, JsonNode root, List<JsonLine> lines) {
    }
}
