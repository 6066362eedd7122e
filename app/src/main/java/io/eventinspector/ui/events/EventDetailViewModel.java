package io.eventinspector.ui.events;

import io.eventinspector.ui.fx.TimeInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.MessageIds;
import io.eventinspector.event.Timestamps;
import io.eventinspector.ui.fx.LatestTask;
import io.eventinspector.ui.fx.TaskExecutor;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The detail pane for the selected event: header at once, then, from the background, its size, its JSON laid out
 * with long values folded, its tree (built as it is opened) and the message it is about. Selecting another event
 * cancels the work for the previous one, so whatever the event's size the UI thread only ever sets a few fields.
 */
public final class EventDetailViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(EventDetailViewModel.class);

    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header", "");
    private final ReadOnlyStringWrapper meta = new ReadOnlyStringWrapper(this, "meta", "");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper(this, "size", "");
    private final ReadOnlyObjectWrapper<JsonTreeNode> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ReadOnlyStringWrapper messageId = new ReadOnlyStringWrapper(this, "messageId", "");
    private final JsonTextViewModel json;
    private final LatestTask layoutTask;

    public EventDetailViewModel(TaskExecutor executor) {
        this.json = new JsonTextViewModel(executor);
        this.layoutTask = new LatestTask(executor);
        event.addListener((observable, old, now) -> show(now));
    }

    private void show(Event shown) {
        layoutTask.cancel();
        json.clear();
        tree.set(null);
        messageId.set("");
        size.set("");
        if (shown == null) {
            header.set("");
            meta.set("");
            return;
        }
        header.set(shown.type() + " · " + shown.id());
        meta.set("session " + shown.sessionId() + " · " + (shown.timestampUnreadable()
                ? "time unreadable in the gateway's database (never deleted by cleanup)"
                : TimeInput.format(shown.timestamp()) + "."
                        + String.format("%03d", shown.timestamp().toEpochMilli() % 1000) + " UTC"));
        layoutTask.restart(() -> lay(shown), laid -> {
            size.set(Sizes.format(laid.bytes()));
            messageId.set(laid.messageId());
            json.showLaidOut(List.of(), laid.root(), laid.lines());
            tree.set(JsonTreeNode.of(laid.root()));
        }, error -> {
            LOG.warn("Cannot show event {}", shown.id(), error);
            meta.set(meta.get() + " · cannot be shown: its data is not valid JSON");
        });
    }

    private record Laid(JsonNode root, List<JsonLine> lines, long bytes, String messageId) {
    }

    /** Everything the pane shows from one parse of the payload: large payloads make a lot of garbage per parse. */
    private static Laid lay(Event shown) throws JsonProcessingException {
        JsonNode root = wireForm(shown);
        return new Laid(root, FoldedJson.layout(root, Set.of()), wireBytes(shown),
                MessageIds.of(root.get("data")).orElse(""));
    }

    /** The wire form as a tree, built around the parsed data instead of parsing the whole event again. */
    private static JsonNode wireForm(Event shown) throws JsonProcessingException {
        ObjectNode root = EventJson.mapper().createObjectNode();
        root.put("id", shown.id());
        root.put("type", shown.type());
        root.put("session_id", shown.sessionId());
        root.set("data", EventJson.mapper().readTree(shown.dataJson()));
        root.put("timestamp", Timestamps.format(shown.timestamp()));
        if (shown.timestampUnreadable()) {
            root.put("timestamp_unreadable", true);
        }
        return root;
    }

    /** The size of the wire form in UTF-8 bytes: the envelope's, plus the data's counted without a copy. */
    private static long wireBytes(Event shown) {
        String envelope = EventJson.toJson(new Event(shown.id(), shown.type(), shown.sessionId(), "null",
                shown.timestamp()));
        return Sizes.utf8Length(envelope) - "null".length() + Sizes.utf8Length(shown.dataJson());
    }

    /** The event exactly as stored, in its wire form (data byte for byte): what "Copy JSON" copies. */
    public String exactJson() {
        Event shown = event.get();
        return shown == null ? "" : EventJson.toJson(shown);
    }

    /** The selected event; bind it to the table's selection. */
    public ObjectProperty<Event> eventProperty() {
        return event;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty metaProperty() {
        return meta.getReadOnlyProperty();
    }

    /** The event's size ({@code 6.1 MB}), shown in the header so a folded view explains itself. */
    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** The JSON view's lines and folds. */
    public JsonTextViewModel json() {
        return json;
    }

    /** True until the selected event's JSON is laid out. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return layoutTask.runningProperty();
    }

    /** The id of the WhatsApp message the event is about, or empty: what "Same message" searches for. */
    public ReadOnlyStringProperty messageIdProperty() {
        return messageId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JsonTreeNode> treeProperty() {
        return tree.getReadOnlyProperty();
    }
}
