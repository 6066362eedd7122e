package io.eventinspector.store;

/**
 * Our own store with appends that do not keep the message index, everything else the same: the baseline ingest
 * is measured against in bench/MessageIndexBenchmark, and how tests make a store whose index the fill must
 * complete.
 */
public final class UnindexedAppends {
    private UnindexedAppends() {
    }

    public static EventStore of(Database database) {
        return database.events(MessageIndexState.NONE);
    }
}
