package io.eventinspector.export;

/** The file formats events are exported in, with what an HTTP response or a file name needs to know. */
public enum ExportFormat {
    /** One event per line in its wire form; re-imports to the identical events. */
    NDJSON("application/x-ndjson", "ndjson"),
    /**
     * RFC 4180 with a header row; {@code data} is compact JSON in one column. A cell starting with
     * {@code = + - @}, tab or CR is written as {@code "'…"} so a spreadsheet does not run it as a formula.
     */
    CSV("text/csv; charset=utf-8", "csv");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
