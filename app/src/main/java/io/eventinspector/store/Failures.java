package io.eventinspector.store;

/** What to tell a user about a failure: the message of its root cause, which names what really went wrong. */
public final class Failures {
    private Failures() {
    }

    /** The root cause's message, or its class name when it has none. */
    public static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
