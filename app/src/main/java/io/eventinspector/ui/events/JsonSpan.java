package io.eventinspector.ui.events;

import java.util.List;

/**
 * One JSON value as a place in the text it was read from, with what the views need to show it without reading it
 * again: its kind, its size and, for a long string, its size note. A folded 50,000-element array or 4 MB string
 * costs one of these, however large it is; its members or its text are read from the text when it is opened or
 * copied. Members are kept only for a small container near the top that was laid out open: the tree opens those
 * first.
 */
public final class JsonSpan {
    /** The tree shows an array or object of more members in ranges of this many. */
    static final int RANGE = 1000;

    public enum Kind { STRING, NUMBER, LITERAL, ARRAY, OBJECT }

    /** An object's member with its name, or an array's element (name null). */
    public record Member(String name, JsonSpan value) {
    }

    private final JsonText text;
    private final int start;
    private final int end;
    private final Kind kind;
    /** An array's or object's number of members; a string's length in chars. */
    private final int size;
    /** A long string's size, as shown after its preview; null otherwise. */
    private final String note;
    /** For a container of more than {@link #RANGE} members: where every {@code RANGE}-th member starts. */
    private final int[] rangeStarts;
    /** A small container's members, when they were read anyway; null otherwise. */
    private final List<Member> members;

    private JsonSpan(JsonText text, int start, int end, Kind kind, int size, String note, int[] rangeStarts,
                     List<Member> members) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.size = size;
        this.note = note;
        this.rangeStarts = rangeStarts;
        this.members = members;
    }

    static JsonSpan scalar(JsonText text, int start, int end, Kind kind) {
        return new JsonSpan(text, start, end, kind, 0, null, null, null);
    }

    static JsonSpan string(JsonText text, JsonStrings.Measure measure, int start) {
        String note = measure.length() > LongValues.LONG_STRING
                ? LongValues.note(measure.utf8Bytes(), measure.base64()) : null;
        return new JsonSpan(text, start, measure.end(), Kind.STRING, measure.length(), note, null, null);
    }

    static JsonSpan container(JsonText text, int start, int end, boolean array, int size, int[] rangeStarts,
                              List<Member> members) {
        return new JsonSpan(text, start, end, array ? Kind.ARRAY : Kind.OBJECT, size, null,
                size > RANGE ? rangeStarts : null, members == null ? null : List.copyOf(members));
    }

    public Kind kind() {
        return kind;
    }

    public boolean isContainer() {
        return kind == Kind.ARRAY || kind == Kind.OBJECT;
    }

    /** A string longer than {@link LongValues#LONG_STRING} chars, shown cut unless expanded. */
    public boolean isLongString() {
        return note != null;
    }

    /** An array or object of more than {@link LongValues#MANY_MEMBERS} members, shown folded unless expanded. */
    public boolean hasManyMembers() {
        return isContainer() && size > LongValues.MANY_MEMBERS;
    }

    /** An array's or object's number of members; a string's length in chars; 0 for other values. */
    public int size() {
        return size;
    }

    /** A long string's size note ({@code  (1.0 MB, base64)}); null for other values. */
    public String note() {
        return note;
    }

    /** The value's JSON text exactly as stored. */
    public String json() {
        return text.slice(start, end);
    }

    /** A string's text, decoded from the stored text (all of it: a copy of a folded value is whole). */
    public String stringValue() {
        return JsonStrings.decode(text, start, size);
    }

    /** The first {@code most} chars of a string, decoded: a preview reads no further. */
    String stringStart(int most) {
        return JsonStrings.decode(text, start, most);
    }

    /** The members, kept or read from the text now. */
    public List<Member> members() {
        return members != null ? members : SpanReader.members(this);
    }

    /** How many ranges the tree shows this container in; 0 when it is shown whole. */
    int ranges() {
        return rangeStarts == null ? 0 : rangeStarts.length;
    }

    /** The members of range {@code index}, read from the text. */
    List<Member> range(int index) {
        int count = Math.min(RANGE, size - index * RANGE);
        return SpanReader.members(text, rangeStarts[index], kind == Kind.ARRAY, count);
    }

    JsonText text() {
        return text;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }
}
