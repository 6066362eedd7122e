package io.eventinspector.store;

/**
 * What a store lets its callers change, checked before any SQL runs so a refused write touches nothing. Our own
 * store takes everything; a gateway's own database is only read, unless it was opened with
 * {@code --allow-writes}, which lets cleanup delete old events from it (events are never added there: its
 * layout is the gateway's, not ours).
 */
public record StoreAccess(String database, Mode mode) {
    public enum Mode { READ_WRITE, READ_ONLY, CLEANUP_ONLY }

    /** Our own store, at {@code database} (a file path or a redacted URL). */
    public static StoreAccess readWrite(String database) {
        return new StoreAccess(database, Mode.READ_WRITE);
    }

    /** A gateway's own database; {@code allowWrites} is the {@code --allow-writes} flag. */
    public static StoreAccess gateway(String database, boolean allowWrites) {
        return new StoreAccess(database, allowWrites ? Mode.CLEANUP_ONLY : Mode.READ_ONLY);
    }

    public boolean isGateway() {
        return mode != Mode.READ_WRITE;
    }

    public boolean canAppend() {
        return mode == Mode.READ_WRITE;
    }

    public boolean canDelete() {
        return mode != Mode.READ_ONLY;
    }

    /** Refuses import, generate and ingest on a gateway's database. */
    public void requireAppend() {
        if (mode == Mode.READ_ONLY) {
            throw new ReadOnlyStoreException(readOnlyMessage());
        }
        if (mode == Mode.CLEANUP_ONLY) {
            throw new ReadOnlyStoreException("read-only: " + database + " is a gateway database (--allow-writes "
                    + "permits cleanup only; events are never added to it)");
        }
    }

    /** Refuses cleanup on a gateway's database opened without {@code --allow-writes}. */
    public void requireDelete() {
        if (mode == Mode.READ_ONLY) {
            throw new ReadOnlyStoreException(readOnlyMessage());
        }
    }

    private String readOnlyMessage() {
        return "read-only: " + database + " is a gateway database (opened without --allow-writes)";
    }
}
