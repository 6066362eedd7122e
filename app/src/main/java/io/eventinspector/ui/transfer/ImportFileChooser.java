package io.eventinspector.ui.transfer;

import java.io.File;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for the file to import and hands it to {@link ImportViewModel}; used by the menu and the empty state. */
public final class ImportFileChooser {
    private final ImportViewModel importer;

    public ImportFileChooser(ImportViewModel importer) {
        this.importer = importer;
    }

    public ImportViewModel importer() {
        return importer;
    }

    public void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import events (NDJSON or a JSON array)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Event files", "*.ndjson", "*.jsonl", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importer.importFile(file.toPath());
        }
    }
}
