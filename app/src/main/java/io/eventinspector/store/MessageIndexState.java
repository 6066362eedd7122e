package io.eventinspector.store;

/** What a store does with the message index (migration V9). */
enum MessageIndexState {
    /** A gateway's own table: no index; traces scan its events. */
    NONE,
    /**
     * Appends keep the index, but the events stored before it are not all in yet (the fill at open failed; the
     * next open resumes it): readers do not use it and scan, as on a gateway's table.
     */
    INCOMPLETE,
    /** Appends keep the index and every stored event is in it. */
    COMPLETE;

    /** Whether appends add the rows of the events they insert. */
    boolean kept() {
        return this != NONE;
    }

    /** Whether lookups can use it. */
    boolean readable() {
        return this == COMPLETE;
    }
}
