package io.eventinspector.cli;

import java.io.PrintWriter;

/**
 * A progress line on standard error that rewrites itself in place, shown only when a person watches a terminal:
 * piped or scripted runs get the closing summary alone, not a stream of carriage returns.
 */
final class ProgressLine {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    void show(String text) {
        if (terminal) {
            err.print("\r" + text);
            err.flush();
        }
    }

    /** Moves past the progress line, so what follows starts on a line of its own. */
    void end() {
        if (terminal) {
            err.println();
        }
    }
}
