package io.eventinspector.cli;

import io.eventinspector.event.EventQuery;
import io.eventinspector.export.EventExporter;
import io.eventinspector.export.ExportFormat;
import io.eventinspector.store.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
        "Writes every event matching the filters, newest first, as NDJSON (re-importable) or CSV.",
        "Streams in constant memory; a file given with --out appears only once it is complete."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ndjson",
            description = "ndjson or csv (default ndjson). CSV: header row, data as compact JSON in one column.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EventQuery query = filters.toBuilder().build();
        try (Database database = store.open()) {
            EventExporter exporter = new EventExporter(database.events());
            if (out == null) {
                OutputStream stdout = System.out;
                exporter.export(query, format, stdout);
                return ExitCodes.OK;
            }
            long written = toFile(exporter, query);
            spec.commandLine().getErr().println("exported " + written + " events to " + out);
        }
        return ExitCodes.OK;
    }

    /** Writes next to the target and renames at the end, so a failed export never leaves half a file. */
    private long toFile(EventExporter exporter, EventQuery query) throws IOException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError("cannot export to " + out + ": folder " + folder + " does not exist", ExitCodes.USAGE);
        }
        Path partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            long written;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                written = exporter.export(query, format, stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
