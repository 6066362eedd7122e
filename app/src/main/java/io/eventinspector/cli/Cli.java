package io.eventinspector.cli;

import io.eventinspector.config.ConfigException;
import io.eventinspector.event.ValidationException;
import io.eventinspector.secrets.Redaction;
import io.eventinspector.store.StoreException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/**
 * The command line: expected failures print one line to stderr and exit 2, never a stack trace. Output that
 * cannot be written (a full disk, a closed pipe) is such a failure too, and every line printed about a failure
 * has its credentials masked ({@link Redaction}): a {@code --db} URL's password never reaches the terminal.
 */
// scope INHERIT: every subcommand gets --help (and --version) too.
@Command(name = "event-inspector", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Stores, browses, audits and replays the events of a WhatsApp HTTP API gateway.",
        subcommands = {
                ImportCommand.class,
                QueryCommand.class,
                GetCommand.class,
                StatsCommand.class,
                GenerateCommand.class,
                CleanupCommand.class,
                ReplayCommand.class,
                ReplaysCommand.class,
                ExportCommand.class,
                TraceCommand.class,
                HealthCommand.class,
                ServeCommand.class,
                GuiCommand.class,
})
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final StandardOutput stdout;

    private Cli(StandardOutput stdout) {
        this.stdout = stdout;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Writing to the process's standard output. */
    public static CommandLine commandLine() {
        return commandLine(StandardOutput.system());
    }

    /** Writing to {@code stdout}: tests give a real device or a buffer. */
    public static CommandLine commandLine(StandardOutput stdout) {
        CommandLine commandLine = new CommandLine(new Cli(stdout));
        commandLine.setOut(stdout.text());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(parseResult -> checkOutput(commandLine, stdout,
                new CommandLine.RunLast().execute(parseResult)));
        commandLine.setExecutionExceptionHandler((error, failed, parseResult) -> handle(error, failed, stdout));
        commandLine.setParameterExceptionHandler((error, args) -> {
            PrintWriter err = error.getCommandLine().getErr();
            // picocli quotes the arguments it could not place, and a mistyped option may hold a database URL.
            err.println("error: " + Redaction.text(error.getMessage()));
            err.println("Try '" + error.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        return commandLine;
    }

    /** The standard output of the command line that {@code spec} belongs to, for commands that write bytes. */
    static StandardOutput stdout(CommandSpec spec) {
        return ((Cli) spec.root().userObject()).stdout;
    }

    /** A command that finished but whose output was lost (PrintWriter swallows the error) did not succeed. */
    private static int checkOutput(CommandLine commandLine, StandardOutput stdout, int exitCode) {
        if (!commandLine.getOut().checkError()) {
            return exitCode;
        }
        PrintWriter err = commandLine.getErr();
        err.println("error: " + stdout.failureLine());
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int handle(Exception error, CommandLine commandLine, StandardOutput stdout) {
        commandLine.getOut().flush();
        PrintWriter err = commandLine.getErr();
        if (error instanceof StoreException || error instanceof ValidationException
                || error instanceof ConfigException || error instanceof UserError) {
            String message = error instanceof OutputFailed ? stdout.failureLine() : error.getMessage();
            err.println("error: " + Redaction.text(message));
            err.flush();
            return error instanceof UserError userError ? userError.exitCode() : ExitCodes.USAGE;
        }
        LOG.error("unexpected failure in {}", commandLine.getCommandName(), error);
        err.println("error: unexpected failure (" + Redaction.text(error.toString()) + "); details are in the log "
                + "above");
        err.flush();
        return ExitCodes.USAGE;
    }
}
