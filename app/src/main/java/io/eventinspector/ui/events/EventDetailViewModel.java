package io.eventinspector.ui.events;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.ui.fx.LatestTask;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import io.eventinspector.ui.fx.TimeInput;
import java.io.IOException;
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
 * The JSON is streamed over, not parsed into a tree: what is folded stays in the event's own text until opened,
 * so preparing even a 10 MB event leaves little for the garbage collector to copy.
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
            json.showLaidOut(List.of(), laid.text(), laid.layout().lines());
            tree.set(JsonTreeNode.of(laid.layout().root()));
        }, error -> {
            LOG.warn("Cannot show event {}", shown.id(), error);
            meta.set(meta.get() + " · cannot be shown: " + (error instanceof IOException
                    ? "its data is not valid JSON" : Notifications.describe(error)));
        });
    }

    private record Laid(JsonText text, FoldedJson.Layout layout, long bytes, String messageId) {
    }

    /** Everything the pane shows from one pass over the wire form, which shares the event's data string. */
    private static Laid lay(Event shown) throws IOException {
        JsonText text = JsonText.wireForm(shown);
        FoldedJson.Layout layout = FoldedJson.layout(text, Set.of());
        JsonSpan data = layout.root().members().stream().filter(member -> "data".equals(member.name()))
                .findFirst().orElseThrow().value();
        if (!text.isWholeBody(data.start(), data.end())) {
            throw new IOException("the data is not one JSON value");
        }
        return new Laid(text, layout, Sizes.utf8Length(text), PayloadMessageId.of(data));
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
