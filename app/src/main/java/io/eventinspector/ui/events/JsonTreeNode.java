package io.eventinspector.ui.events;

import io.eventinspector.ui.events.JsonSpan.Member;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of the collapsible JSON tree: its label ({@code key: value}, {@code key {3}}, {@code key [50000]}), and
 * its JSON path ({@code $.data.message.body}, {@code $.items[0]}) for "copy path". Children are read from the text
 * only when asked for (the view asks on expand), and an array or object of more than {@link JsonSpan#RANGE}
 * members is split into ranges ({@code [0 … 999]}, {@code {0 … 999}}), so opening even a 50,000-element array
 * reads at most one range of it at a time.
 */
public final class JsonTreeNode {
    /** Containers less deep than this (the root and its members) start open, unless they are large. */
    static final int OPEN_DEPTH = 2;

    private final String name;
    private final String path;
    private final JsonSpan value;
    /** For a range of a container's members: its number; -1 otherwise. */
    private final int range;
    /** Made once: cells ask on every layout. */
    private String label;

    private JsonTreeNode(String name, String path, JsonSpan value, int range) {
        this.name = name;
        this.path = path;
        this.value = value;
        this.range = range;
    }

    static JsonTreeNode of(JsonSpan root) {
        return new JsonTreeNode(JsonPaths.ROOT, JsonPaths.ROOT, root, -1);
    }

    public String label() {
        if (label == null) {
            label = describe();
        }
        return label;
    }

    private String describe() {
        if (range >= 0) {
            boolean array = value.kind() == JsonSpan.Kind.ARRAY;
            return (array ? "[" : "{") + first() + " … " + (first() + rangeSize() - 1) + (array ? "]" : "}");
        }
        return switch (value.kind()) {
            case OBJECT -> name + " {" + value.size() + "}";
            case ARRAY -> name + " [" + value.size() + "]";
            case STRING -> name + ": " + (value.isLongString()
                    ? LongValues.preview(value) + value.note() + "\""
                    : "\"" + LongValues.escape(value.stringValue()) + "\"");
            case NUMBER, LITERAL -> name + ": " + value.json();
        };
    }

    public String path() {
        return path;
    }

    public boolean isLeaf() {
        return range < 0 && (!value.isContainer() || value.size() == 0);
    }

    /** Whether the view should open this node at first: small containers near the top only. */
    public boolean startsExpanded(int depth) {
        return depth < OPEN_DEPTH && range < 0 && !value.hasManyMembers();
    }

    /** Made anew on each call: the view keeps them once its item is expanded. */
    public List<JsonTreeNode> children() {
        List<JsonTreeNode> children = new ArrayList<>();
        if (range >= 0) {
            addMembers(children, value.range(range), first());
        } else if (value.ranges() > 0) {
            for (int index = 0; index < value.ranges(); index++) {
                children.add(new JsonTreeNode(name, path, value, index));
            }
        } else if (value.isContainer()) {
            addMembers(children, value.members(), 0);
        }
        return children;
    }

    private void addMembers(List<JsonTreeNode> children, List<Member> members, int firstIndex) {
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            children.add(member.name() == null
                    ? new JsonTreeNode("[" + (firstIndex + i) + "]", JsonPaths.index(path, firstIndex + i),
                            member.value(), -1)
                    : new JsonTreeNode(member.name(), JsonPaths.field(path, member.name()), member.value(), -1));
        }
    }

    private int first() {
        return range * JsonSpan.RANGE;
    }

    private int rangeSize() {
        return Math.min(JsonSpan.RANGE, value.size() - first());
    }
}
