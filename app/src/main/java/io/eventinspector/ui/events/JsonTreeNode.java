package io.eventinspector.ui.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One node of the collapsible JSON tree: its label ({@code key: value}, {@code key {3}}, {@code key [50000]}), and
 * its JSON path ({@code $.data.message.body}, {@code $.items[0]}) for "copy path". Children are made only when
 * asked for (the view asks on expand), and an array of more than {@link #RANGE} elements is split into ranges
 * ({@code [0 … 999]}), so opening even a 50,000-element array makes at most a few hundred nodes at a time.
 */
public final class JsonTreeNode {
    static final int RANGE = 1000;

    private final String name;
    private final String path;
    private final JsonNode value;
    /** For a range of an array's elements: its first and last index; -1 otherwise. */
    private final int from;
    private final int to;
    /** Made once: a cut string's label reads all of the string (its size), and cells ask on every layout. */
    private String label;

    private JsonTreeNode(String name, String path, JsonNode value, int from, int to) {
        this.name = name;
        this.path = path;
        this.value = value;
        this.from = from;
        this.to = to;
    }

    public static JsonTreeNode of(JsonNode root) {
        return new JsonTreeNode(JsonPaths.ROOT, JsonPaths.ROOT, root, -1, -1);
    }

    public String label() {
        if (label == null) {
            label = describe();
        }
        return label;
    }

    private String describe() {
        if (from >= 0) {
            return "[" + from + " … " + to + "]";
        }
        if (value.isObject()) {
            return name + " {" + value.size() + "}";
        }
        if (value.isArray()) {
            return name + " [" + value.size() + "]";
        }
        if (LongValues.isLongString(value)) {
            return name + ": " + LongValues.preview(value.textValue()) + LongValues.note(value.textValue()) + "\"";
        }
        return name + ": " + value;
    }

    public String path() {
        return path;
    }

    public boolean isLeaf() {
        return from < 0 && (!value.isContainerNode() || value.isEmpty());
    }

    /** Whether the view should open this node at first: small containers near the top only. */
    public boolean startsExpanded(int depth) {
        return depth < 2 && from < 0 && !LongValues.hasManyMembers(value);
    }

    /** Made anew on each call: the view keeps them once its item is expanded. */
    public List<JsonTreeNode> children() {
        List<JsonTreeNode> children = new ArrayList<>();
        if (from >= 0) {
            for (int i = from; i <= to; i++) {
                children.add(element(i));
            }
        } else if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                children.add(new JsonTreeNode(field.getKey(), JsonPaths.field(path, field.getKey()),
                        field.getValue(), -1, -1));
            }
        } else if (value.isArray() && value.size() > RANGE) {
            for (int start = 0; start < value.size(); start += RANGE) {
                children.add(new JsonTreeNode(name, path, value, start, Math.min(value.size(), start + RANGE) - 1));
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                children.add(element(i));
            }
        }
        return children;
    }

    private JsonTreeNode element(int index) {
        return new JsonTreeNode("[" + index + "]", JsonPaths.index(path, index), value.get(index), -1, -1);
    }
}
