package io.eventinspector.ui.transfer;

import io.eventinspector.export.ExportFormat;
import java.io.File;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to export the current filter and in which format, and hands both to {@link ExportViewModel}. The
 * name's extension decides the format; a name without one takes the format of the chosen filter.
 */
public final class ExportFileChooser {
    private static final FileChooser.ExtensionFilter NDJSON =
            new FileChooser.ExtensionFilter("NDJSON (one event per line)", "*.ndjson");
    private static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV", "*.csv");

    private final ExportViewModel exporter;

    public ExportFileChooser(ExportViewModel exporter) {
        this.exporter = exporter;
    }

    public ExportViewModel exporter() {
        return exporter;
    }

    public void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the current filter");
        chooser.getExtensionFilters().addAll(NDJSON, CSV);
        chooser.setInitialFileName("events.ndjson");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        boolean named = name.endsWith(".csv") || name.endsWith(".ndjson");
        ExportFormat format = named ? ExportViewModel.formatOf(file.toPath())
                : chooser.getSelectedExtensionFilter() == CSV ? ExportFormat.CSV : ExportFormat.NDJSON;
        exporter.export(file.toPath(), format);
    }
}
