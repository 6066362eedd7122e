package io.eventinspector.testing;

import io.eventinspector.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs CLI commands in this JVM, as {@code Main} would, with standard output and error captured: each run's own
 * with {@link #once}, or everything a test's runs printed with an instance.
 */
public final class CliRun {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** What one run returned and printed. */
    public record Result(int exit, String out, String err) {
        public List<String> outLines() {
            return out.lines().toList();
        }

        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    public static Result once(String... args) {
        CliRun run = new CliRun();
        int exit = run.run(args);
        return new Result(exit, run.out(), run.err());
    }

    /** Runs one command and returns its exit code; what it prints is added to {@link #out()} and {@link #err()}. */
    public int run(String... args) {
        CommandLine commandLine = Cli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
