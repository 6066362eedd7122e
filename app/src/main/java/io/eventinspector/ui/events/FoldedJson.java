package io.eventinspector.ui.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.ui.events.JsonLine.Shape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Lays a JSON value out as the lines of the JSON view, pretty-printed (two spaces, {@code "key" : value}), with
 * long strings and large arrays/objects folded as {@link LongValues} says, unless the user toggled them. Runs
 * off the UI thread; an interrupt (the selection moved on) stops it.
 */
public final class FoldedJson {
    /** An expanded long string is shown in pieces of this many characters, one per line. */
    public static final int CHUNK = 120;

    private final Set<String> toggled;
    private final List<JsonLine> lines = new ArrayList<>();

    private FoldedJson(Set<String> toggled) {
        this.toggled = toggled;
    }

    /**
     * The lines of {@code root}; {@code toggled} holds the paths whose fold the user flipped: a folded value
     * there is expanded, an expanded one collapsed.
     */
    public static List<JsonLine> layout(JsonNode root, Set<String> toggled) {
        FoldedJson layout = new FoldedJson(toggled);
        layout.add(0, null, JsonPaths.ROOT, root, false);
        return layout.lines;
    }

    /** Whether a value starts folded, before any toggle. */
    private static boolean foldedByDefault(JsonNode node) {
        return LongValues.isLongString(node) || LongValues.hasManyMembers(node);
    }

    private void add(int depth, String key, String path, JsonNode node, boolean comma) {
        if ((lines.size() & 0x3ff) == 0 && Thread.currentThread().isInterrupted()) {
            throw new CancellationException("JSON layout cancelled");
        }
        boolean folded = foldedByDefault(node) != toggled.contains(path);
        if (node.isContainerNode() && node.size() > 0) {
            if (folded) {
                lines.add(new JsonLine(Shape.FOLDED, depth, key, path, node, LongValues.members(node), comma));
            } else {
                addMembers(depth, key, path, node, comma);
            }
        } else if (node.isContainerNode()) {
            lines.add(new JsonLine(Shape.VALUE, depth, key, path, node, node.isArray() ? "[ ]" : "{ }", comma));
        } else if (LongValues.isLongString(node)) {
            if (folded) {
                lines.add(new JsonLine(Shape.FOLDED, depth, key, path, node, LongValues.note(node.textValue()),
                        comma));
            } else {
                addPieces(depth, key, path, node, comma);
            }
        } else {
            lines.add(new JsonLine(Shape.VALUE, depth, key, path, node, node.toString(), comma));
        }
    }

    private void addMembers(int depth, String key, String path, JsonNode node, boolean comma) {
        lines.add(new JsonLine(Shape.OPEN, depth, key, path, node, node.isArray() ? "[" : "{", false));
        int size = node.size();
        if (node.isArray()) {
            for (int i = 0; i < size; i++) {
                add(depth + 1, null, JsonPaths.index(path, i), node.get(i), i < size - 1);
            }
        } else {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            for (int i = 0; fields.hasNext(); i++) {
                Map.Entry<String, JsonNode> field = fields.next();
                add(depth + 1, field.getKey(), JsonPaths.field(path, field.getKey()), field.getValue(), i < size - 1);
            }
        }
        lines.add(new JsonLine(Shape.CLOSE, depth, null, path, node, node.isArray() ? "]" : "}", comma));
    }

    /** The whole string, quoted and escaped, in pieces of {@link #CHUNK} characters; the key on the first. */
    private void addPieces(int depth, String key, String path, JsonNode node, boolean comma) {
        String quoted = "\"" + LongValues.escape(node.textValue()) + "\"";
        for (int start = 0; start < quoted.length(); ) {
            int end = Math.min(quoted.length(), start + CHUNK);
            if (end < quoted.length() && Character.isHighSurrogate(quoted.charAt(end - 1))) {
                end--;
            }
            boolean last = end == quoted.length();
            lines.add(new JsonLine(Shape.STRING_PART, start == 0 ? depth : depth + 1, start == 0 ? key : null, path,
                    node, quoted.substring(start, end), last && comma));
            start = end;
        }
    }
}
