package io.eventinspector.cli;

/**
 * 0 everything worked, 1 some items failed (rejected lines, failed replays), 2 bad usage, an unreachable store
 * or output that could not be written.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int PARTIAL = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
