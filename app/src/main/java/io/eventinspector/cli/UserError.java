package io.eventinspector.cli;

/** An expected failure a command reports as one line with its own exit code. */
public class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
