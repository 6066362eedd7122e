package io.eventinspector.store;

/**
 * An expected storage failure (unreachable database, a file that is not a database, a lost connection) with a
 * message fit for a person: what, where and why. Front ends show the message, never the stack trace.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
