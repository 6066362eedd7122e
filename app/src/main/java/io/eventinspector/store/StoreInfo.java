package io.eventinspector.store;

/** A store's name for people ({@code events.db}), its kind, and whether it refuses writes. */
public record StoreInfo(String name, StoreKind kind, boolean readOnly) {
    /** {@code events.db (SQLite)}. */
    public String displayName() {
        return name + " (" + kind.displayName() + ")";
    }
}
