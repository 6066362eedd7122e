package io.eventinspector.cli;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.event.EventQuery;
import io.eventinspector.export.EventExporter;
import io.eventinspector.export.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
        "Writes every event matching the filters, newest first, as NDJSON (re-importable) or CSV.",
        "Streams in constant memory; a file given with --out appears only once it is complete.",
        "Exit 2 when the output cannot be written (full disk, closed pipe, --out not a regular file)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ndjson",
            description = "ndjson or csv (default ndjson). CSV: header row, data as compact JSON in one column; "
                    + "a cell starting with = + - @, tab or CR gets a ' in front so spreadsheets show it as text.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout (a regular "
            + "file: an existing one is replaced and keeps its permissions).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EventQuery query = filters.toBuilder().build();
        try (Services services = store.openServices(AppConfig.fromSystem())) {
            EventExporter exporter = services.exporter();
            if (out == null) {
                toStdout(exporter, query);
                return ExitCodes.OK;
            }
            long written;
            try {
                written = OutputFile.write(out, stream -> exporter.export(query, format, stream));
            } catch (IOException e) {
                throw new UserError("cannot write " + out + ": " + e.getMessage() + " (nothing was written there)",
                        ExitCodes.USAGE);
            }
            spec.commandLine().getErr().println("exported " + written + " events to " + out);
        }
        return ExitCodes.OK;
    }

    /** Bytes straight to standard output: a failed write stops the export at once instead of reading on. */
    private void toStdout(EventExporter exporter, EventQuery query) {
        OutputStream stdout = Cli.stdout(spec).bytes();
        try {
            exporter.export(query, format, stdout);
            stdout.flush();
        } catch (IOException e) {
            throw new OutputFailed();
        }
    }
}
