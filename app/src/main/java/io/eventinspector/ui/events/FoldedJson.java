package io.eventinspector.ui.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.eventinspector.ui.events.JsonLine.Shape;
import io.eventinspector.ui.events.JsonSpan.Member;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Lays a JSON text out as the lines of the JSON view, pretty-printed (two spaces, {@code "key" : value}), with
 * long strings and large arrays/objects folded as {@link LongValues} says, unless the user toggled them. It streams
 * over the text: a folded value is passed without being read into memory (a {@link JsonSpan} says where it is and
 * how big), so laying out a 10 MB event whose bulk is folded keeps a few dozen lines and spans, and no tree. Runs
 * off the UI thread; an interrupt (the selection moved on) stops it.
 */
public final class FoldedJson {
    /** An expanded long string is shown in pieces of this many characters, one per line. */
    public static final int CHUNK = 120;

    private final SpanReader reader;
    private final JsonParser parser;
    private final Set<String> toggled;
    private final List<JsonLine> lines = new ArrayList<>();

    /** The lines of a JSON text and the span of its value. */
    public record Layout(JsonSpan root, List<JsonLine> lines) {
    }

    private FoldedJson(SpanReader reader, Set<String> toggled) {
        this.reader = reader;
        this.parser = reader.parser();
        this.toggled = toggled;
    }

    /**
     * The lines of the JSON value {@code text} starts with; {@code toggled} holds the paths whose fold the user
     * flipped: a folded value there is expanded, an expanded one collapsed.
     *
     * @throws IOException if the text is not JSON
     */
    static Layout layout(JsonText text, Set<String> toggled) throws IOException {
        try (SpanReader reader = SpanReader.at(text, 0)) {
            if (reader.parser().nextToken() == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(reader.parser(), "no JSON value");
            }
            FoldedJson layout = new FoldedJson(reader, toggled);
            JsonSpan root = layout.add(0, null, JsonPaths.ROOT, false);
            return new Layout(root, layout.lines);
        }
    }

    /** Lays out the value at the current token; returns its span. */
    private JsonSpan add(int depth, String key, String path, boolean comma) throws IOException {
        if ((lines.size() & 0x3ff) == 0 && Thread.currentThread().isInterrupted()) {
            throw new CancellationException("JSON layout cancelled");
        }
        JsonToken token = parser.currentToken();
        if (token.isStructStart()) {
            return addContainer(depth, key, path, comma, token == JsonToken.START_ARRAY);
        }
        JsonSpan value = reader.pass();
        if (!value.isLongString()) {
            String shown = value.kind() == JsonSpan.Kind.STRING ? quoted(parser.getText()) : parser.getText();
            lines.add(new JsonLine(Shape.VALUE, depth, key, path, value, shown, comma));
        } else if (toggled.contains(path)) {
            addPieces(depth, key, path, value, parser.getText(), comma);
        } else {
            lines.add(new JsonLine(Shape.FOLDED, depth, key, path, value, value.note(), comma));
        }
        return value;
    }

    /**
     * Lays the members out as they come, as the container's size is known only at its end: once it has more than
     * {@link LongValues#MANY_MEMBERS} (and was not toggled), its lines so far are dropped and the rest only counted.
     */
    private JsonSpan addContainer(int depth, String key, String path, boolean comma, boolean array)
            throws IOException {
        int start = reader.tokenStart();
        boolean flipped = toggled.contains(path);
        int open = lines.size();
        lines.add(null); // its opening line, once its span is known
        SpanReader.RangeStarts ranges = new SpanReader.RangeStarts();
        // Kept for the containers the tree opens at first, so that it shows them without reading the text again.
        List<Member> members = depth < JsonTreeNode.OPEN_DEPTH ? new ArrayList<>() : null;
        int count = 0;
        for (JsonToken token = parser.nextToken(); !token.isStructEnd(); token = parser.nextToken()) {
            if (count == LongValues.MANY_MEMBERS && !flipped) {
                truncate(open);
                JsonSpan folded = reader.countRest(start, array, count, ranges);
                addFolded(depth, key, path, folded, comma);
                return folded;
            }
            ranges.member(count, reader);
            String name = array ? null : parser.currentName();
            if (!array) {
                parser.nextToken();
            }
            String memberPath = array ? JsonPaths.index(path, count) : JsonPaths.field(path, name);
            JsonSpan member = add(depth + 1, name, memberPath, true);
            if (members != null) {
                members.add(new Member(name, member));
            }
            count++;
        }
        JsonSpan span = JsonSpan.container(reader.text(), start, reader.tokenStart() + 1, array, count,
                ranges.starts(), count <= LongValues.MANY_MEMBERS ? members : null);
        if (count == 0) {
            truncate(open);
            lines.add(new JsonLine(Shape.VALUE, depth, key, path, span, array ? "[ ]" : "{ }", comma));
        } else if (span.hasManyMembers() != flipped) {
            truncate(open);
            addFolded(depth, key, path, span, comma);
        } else {
            lines.set(open, new JsonLine(Shape.OPEN, depth, key, path, span, array ? "[" : "{", false));
            int last = lines.size() - 1;
            lines.set(last, lines.get(last).withComma(false));
            lines.add(new JsonLine(Shape.CLOSE, depth, null, path, span, array ? "]" : "}", comma));
        }
        return span;
    }

    private void addFolded(int depth, String key, String path, JsonSpan container, boolean comma) {
        lines.add(new JsonLine(Shape.FOLDED, depth, key, path, container, LongValues.members(container), comma));
    }

    private void truncate(int size) {
        lines.subList(size, lines.size()).clear();
    }

    /** The whole string, quoted and escaped, in pieces of {@link #CHUNK} characters; the key on the first. */
    private void addPieces(int depth, String key, String path, JsonSpan span, String value, boolean comma) {
        String quoted = quoted(value);
        for (int start = 0; start < quoted.length(); ) {
            int end = Math.min(quoted.length(), start + CHUNK);
            if (end < quoted.length() && Character.isHighSurrogate(quoted.charAt(end - 1))) {
                end--;
            }
            boolean last = end == quoted.length();
            lines.add(new JsonLine(Shape.STRING_PART, start == 0 ? depth : depth + 1, start == 0 ? key : null, path,
                    span, quoted.substring(start, end), last && comma));
            start = end;
        }
    }

    private static String quoted(String value) {
        return "\"" + LongValues.escape(value) + "\"";
    }
}
