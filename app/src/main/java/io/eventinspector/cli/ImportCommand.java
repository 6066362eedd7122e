package io.eventinspector.cli;

import io.eventinspector.event.EventJson;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventImporter;
import io.eventinspector.store.EventImporter.StrictImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {
        "Imports events from NDJSON (one event per line) or a JSON array; '-' reads stdin.",
        "Ends with one line: imported N, duplicates D, rejected R. Exit 1 when lines were rejected."})
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
        boolean terminal = System.console() != null;
        try (InputStream input = open(); Database database = store.open()) {
            database.access().requireAppend();
            EventImporter importer = new EventImporter(database.events(), new EventJson(Clock.systemUTC()));
            EventImporter.Summary summary = importer.importFrom(input, strict, new EventImporter.Listener() {
                @Override
                public void rejected(long line, String reason) {
                    err.println("line " + line + ": " + reason);
                }

                @Override
                public void progress(EventImporter.Summary soFar) {
                    if (terminal) {
                        err.print("\r" + soFar.line());
                        err.flush();
                    }
                }
            });
            if (terminal) {
                err.println();
            }
            out.println(summary.line());
            return summary.rejected() == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
        } catch (StrictImportException e) {
            throw new UserError(e.getMessage(), ExitCodes.PARTIAL);
        }
    }

    private InputStream open() throws IOException {
        if ("-".equals(file)) {
            return System.in;
        }
        try {
            return Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new UserError("cannot import " + file + ": no such file", ExitCodes.USAGE);
        }
    }
}
