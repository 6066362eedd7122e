package io.eventinspector.ui.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.MessageIds;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The detail pane for the selected event: header, pretty JSON as coloured tokens, and the JSON tree. */
public final class EventDetailViewModel {
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header", "");
    private final ReadOnlyStringWrapper meta = new ReadOnlyStringWrapper(this, "meta", "");
    private final ReadOnlyStringWrapper prettyJson = new ReadOnlyStringWrapper(this, "prettyJson", "");
    private final ReadOnlyObjectWrapper<List<JsonToken>> tokens = new ReadOnlyObjectWrapper<>(this, "tokens",
            List.of());
    private final ReadOnlyObjectWrapper<JsonTreeNode> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ReadOnlyStringWrapper messageId = new ReadOnlyStringWrapper(this, "messageId", "");

    public EventDetailViewModel() {
        event.addListener((observable, old, now) -> show(now));
    }

    private void show(Event shown) {
        if (shown == null) {
            header.set("");
            meta.set("");
            prettyJson.set("");
            tokens.set(List.of());
            tree.set(null);
            messageId.set("");
            return;
        }
        header.set(shown.type() + " · " + shown.id());
        meta.set("session " + shown.sessionId() + " · " + TimeInput.format(shown.timestamp()) + "."
                + String.format("%03d", shown.timestamp().toEpochMilli() % 1000) + " UTC");
        JsonNode node = wireForm(shown);
        String pretty = node.toPrettyString();
        prettyJson.set(pretty);
        tokens.set(JsonToken.tokenize(pretty));
        tree.set(JsonTreeNode.of(node));
        messageId.set(MessageIds.of(shown.dataJson()).orElse(""));
    }

    private static JsonNode wireForm(Event shown) {
        try {
            return EventJson.mapper().readTree(EventJson.toJson(shown));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event read from the store is not valid JSON: " + shown.id(), e);
        }
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

    /** The event in its wire form, pretty-printed: what "Copy JSON" copies. */
    public ReadOnlyStringProperty prettyJsonProperty() {
        return prettyJson.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<JsonToken>> tokensProperty() {
        return tokens.getReadOnlyProperty();
    }

    /** The id of the WhatsApp message the event is about, or empty: what "Same message" searches for. */
    public ReadOnlyStringProperty messageIdProperty() {
        return messageId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JsonTreeNode> treeProperty() {
        return tree.getReadOnlyProperty();
    }
}
