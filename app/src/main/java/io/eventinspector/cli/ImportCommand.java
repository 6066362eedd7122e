package io.eventinspector.cli;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.RetentionConfig;
import io.eventinspector.config.UserRetentionPreferences;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.Timestamps;
import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.retention.RetentionSettings;
import io.eventinspector.store.EventImporter;
import io.eventinspector.store.EventImporter.StrictImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {
        "Imports events from NDJSON (one event per line) or a JSON array; '-' reads stdin.",
        "Ends with one line: imported N, duplicates D, rejected R. Exit 1 when lines were rejected.",
        "Lines longer than 11 MiB are rejected; an event without an id gets one derived from its content, so "
                + "importing the same file again only counts duplicates.",
        "Warns on stderr when imported events are already older than the retention period: the next cleanup "
                + "deletes them."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE", description = "NDJSON or JSON array file, or - for stdin.")
    String file;

    @Option(names = "--strict", description = "Abort at the first bad line; nothing from the file is imported.")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progressLine = new ProgressLine(err);
        // Read first: a bad retention variable is reported before anything is imported.
        AppConfig config = AppConfig.fromSystem();
        RetentionSettings retention = config.retention(UserRetentionPreferences.forCurrentUser(),
                RetentionOverrides.NONE);
        try (InputStream input = open(); Services services = store.openServices(config)) {
            services.database().access().requireAppend();
            Optional<Instant> cutoff = retention.enabled() && retention.deletes()
                    ? Optional.of(services.cleanup().cutoff(retention.retentionDays()))
                    : Optional.empty();
            EventImporter importer = new EventImporter(services.events(), new EventJson(services.clock()));
            EventImporter.Summary summary = importer.importFrom(input, strict, cutoff, new EventImporter.Listener() {
                @Override
                public void rejected(long line, String reason) {
                    err.println("line " + line + ": " + reason);
                }

                @Override
                public void progress(EventImporter.Summary soFar) {
                    progressLine.show(soFar.line());
                }
            });
            progressLine.end();
            out.println(summary.line());
            if (summary.beforeCutoff() > 0) {
                err.println(expiryWarning(summary.beforeCutoff(), retention, cutoff.orElseThrow()));
            }
            return summary.rejected() == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
        } catch (StrictImportException e) {
            throw new UserError(e.getMessage(), ExitCodes.PARTIAL);
        } catch (UncheckedIOException e) {
            throw new UserError("cannot read " + file + ": " + e.getCause().getMessage() + (strict
                    ? " (strict import: nothing was imported)"
                    : " (events before the failure may be imported; importing again adds only the rest)"),
                    ExitCodes.USAGE);
        }
    }

    /**
     * Imported history is not deleted without a word: the scheduler of serve and of the window runs a cleanup at
     * its first check from the cleanup time on, at start when that time has passed today.
     */
    static String expiryWarning(long count, RetentionSettings retention, Instant cutoff) {
        return "warning: " + count + (count == 1 ? " imported event is" : " imported events are")
                + " older than the retention period of " + retention.retentionDays() + " days (before "
                + Timestamps.format(cutoff) + "): the next cleanup deletes " + (count == 1 ? "it" : "them")
                + " (serve and the window clean up at start once " + retention.cleanupTime() + " UTC has passed, "
                + "then daily); to keep " + (count == 1 ? "it" : "them") + ", set " + RetentionConfig.RETENTION_DAYS
                + "=0 (keep forever) or a longer period before they run";
    }

    private InputStream open() {
        if ("-".equals(file)) {
            return System.in;
        }
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new UserError("cannot import " + file + ": it is a folder", ExitCodes.USAGE);
            }
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new UserError("cannot import " + file + ": no such file", ExitCodes.USAGE);
        } catch (IOException | InvalidPathException e) {
            throw new UserError("cannot import " + file + ": " + e.getClass().getSimpleName() + " "
                    + e.getMessage(), ExitCodes.USAGE);
        }
    }
}
