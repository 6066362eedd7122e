package io.eventinspector.cli;

import io.eventinspector.config.ConfigException;
import io.eventinspector.event.ValidationException;
import io.eventinspector.store.StoreException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The command line: expected failures print one line to stderr and exit 2, never a stack trace. */
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
                ServeCommand.class,
                GuiCommand.class,
})
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Cli());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(Cli::handle);
        commandLine.setParameterExceptionHandler((error, args) -> {
            PrintWriter err = error.getCommandLine().getErr();
            err.println("error: " + error.getMessage());
            err.println("Try '" + error.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        return commandLine;
    }

    private static int handle(Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (error instanceof StoreException || error instanceof ValidationException
                || error instanceof ConfigException || error instanceof UserError) {
            err.println("error: " + error.getMessage());
            err.flush();
            return error instanceof UserError userError ? userError.exitCode() : ExitCodes.USAGE;
        }
        LOG.error("unexpected failure in {}", commandLine.getCommandName(), error);
        err.println("error: unexpected failure (" + error + "); details are in the log above");
        err.flush();
        return ExitCodes.USAGE;
    }
}
