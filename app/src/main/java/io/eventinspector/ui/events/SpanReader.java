package io.eventinspector.ui.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.eventinspector.event.EventJson;
import io.eventinspector.ui.events.JsonSpan.Kind;
import io.eventinspector.ui.events.JsonSpan.Member;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A streaming JSON parser over a {@link JsonText} from any offset, which tells where each token starts and measures
 * the values it passes as {@link JsonSpan}s: a container is stepped through and counted, a string measured in
 * place; nothing of either is kept, so passing a 10 MB array allocates next to nothing.
 */
final class SpanReader implements AutoCloseable {
    private final JsonText text;
    private final JsonParser parser;
    /** The offset in the text of the parser's first char. */
    private final int base;

    private SpanReader(JsonText text, Reader source, int base) throws IOException {
        this.text = text;
        this.parser = EventJson.mapper().getFactory().createParser(source);
        this.base = base;
    }

    /** A reader of the value at {@code offset}, its first token not read yet. */
    static SpanReader at(JsonText text, int offset) throws IOException {
        return new SpanReader(text, text.reader(offset), offset);
    }

    /**
     * A reader of members from the one at {@code offset} (an element, or a member's name) on, as if they opened
     * their array or object: the parser starts at that bracket, which is not in the text.
     */
    private static SpanReader inside(JsonText text, int offset, boolean array) throws IOException {
        PushbackReader source = new PushbackReader(text.reader(offset), 1);
        source.unread(array ? '[' : '{');
        return new SpanReader(text, source, offset - 1);
    }

    /** The members of {@code container}, read from its text. */
    static List<Member> members(JsonSpan container) {
        try (SpanReader reader = at(container.text(), container.start())) {
            reader.parser.nextToken();
            return reader.members(container.kind() == Kind.ARRAY, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException("JSON read whole before cannot fail now", e);
        }
    }

    /** {@code count} members from the one at {@code offset} on. */
    static List<Member> members(JsonText text, int offset, boolean array, int count) {
        try (SpanReader reader = inside(text, offset, array)) {
            reader.parser.nextToken();
            return reader.members(array, count);
        } catch (IOException e) {
            throw new UncheckedIOException("JSON read whole before cannot fail now", e);
        }
    }

    private List<Member> members(boolean array, int most) throws IOException {
        List<Member> members = new ArrayList<>(Math.min(most, 16));
        while (members.size() < most && !parser.nextToken().isStructEnd()) {
            String name = array ? null : parser.currentName();
            if (!array) {
                parser.nextToken();
            }
            members.add(new Member(name, pass()));
        }
        return members;
    }

    JsonParser parser() {
        return parser;
    }

    JsonText text() {
        return text;
    }

    /** Where the current token starts in the text; for a member's name, its opening quote. */
    int tokenStart() {
        return base + (int) parser.currentTokenLocation().getCharOffset();
    }

    /**
     * The span of the value at the current token, leaving the parser at its last token: a container is counted,
     * a string measured (its text stays unread unless asked for), nothing of either kept.
     */
    JsonSpan pass() throws IOException {
        int start = tokenStart();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_ARRAY, START_OBJECT -> {
                parser.nextToken();
                return countRest(start, token == JsonToken.START_ARRAY, 0, new RangeStarts());
            }
            case VALUE_STRING -> {
                return JsonSpan.string(text, JsonStrings.measure(text, start), start);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return JsonSpan.scalar(text, start, start + parser.getTextLength(), Kind.NUMBER);
            }
            default -> {
                return JsonSpan.scalar(text, start, start + token.asString().length(), Kind.LITERAL);
            }
        }
    }

    /**
     * Counts the rest of the container that starts at {@code start}, the parser at the first token of its member
     * number {@code counted} (or at its end); leaves the parser at its closing bracket.
     */
    JsonSpan countRest(int start, boolean array, int counted, RangeStarts ranges) throws IOException {
        int count = counted;
        for (JsonToken token = parser.currentToken(); !token.isStructEnd(); token = parser.nextToken()) {
            ranges.member(count++, this);
            if (!array) {
                token = parser.nextToken();
            }
            if (token.isStructStart()) {
                parser.skipChildren();
            }
        }
        return JsonSpan.container(text, start, tokenStart() + 1, array, count, ranges.starts(), null);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Where every {@link JsonSpan#RANGE}-th member of a container starts, noted while passing it. */
    static final class RangeStarts {
        private int[] starts = new int[4];
        private int count;

        /** Called at the first token of member {@code index} (its name, in an object). */
        void member(int index, SpanReader reader) {
            if (index % JsonSpan.RANGE == 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = reader.tokenStart();
            }
        }

        int[] starts() {
            return Arrays.copyOf(starts, count);
        }
    }
}
