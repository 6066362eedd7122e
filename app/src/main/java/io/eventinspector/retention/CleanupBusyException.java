package io.eventinspector.retention;

/** A cleanup was asked for while another one (scheduled or manual) is still deleting. */
public class CleanupBusyException extends RuntimeException {
    public CleanupBusyException() {
        super("a cleanup is already running; try again when it has finished");
    }
}
