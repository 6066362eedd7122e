package io.eventinspector.store;

public enum StoreKind {
    SQLITE("SQLite"), POSTGRESQL("PostgreSQL");

    private final String displayName;

    StoreKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
