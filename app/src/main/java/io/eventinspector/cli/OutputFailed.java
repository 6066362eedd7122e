package io.eventinspector.cli;

/** Standard output could not be written (disk full, closed pipe): the command stops, {@link Cli} says why. */
final class OutputFailed extends UserError {
    OutputFailed() {
        super("cannot write to standard output", ExitCodes.USAGE);
    }

    /** Throws when {@code out} has failed a write; long-running output checks this after each batch. */
    static void check(java.io.PrintWriter out) {
        if (out.checkError()) {
            throw new OutputFailed();
        }
    }
}
