package io.eventinspector.store;

/** What {@link EventStore#append} did: events stored, and events whose id was already there. */
public record AppendResult(long inserted, long duplicates) {
    public static final AppendResult NONE = new AppendResult(0, 0);

    public AppendResult plus(AppendResult other) {
        return new AppendResult(inserted + other.inserted, duplicates + other.duplicates);
    }
}
