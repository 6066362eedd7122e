package io.eventinspector.export;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Timestamps;
import io.eventinspector.store.EventStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes every event matching a query to a stream as NDJSON or CSV, newest first, in constant memory: events are
 * read through a database cursor and written one by one. Used by the CLI {@code export} command, the HTTP API and
 * the window. NDJSON is the events' wire form, byte for byte. CSV cells that a spreadsheet would run as a formula
 * are neutralised as OWASP describes (see {@link #FORMULA_STARTS}).
 */
public final class EventExporter {
    static final List<String> CSV_COLUMNS = List.of("id", "type", "session_id", "timestamp", "data");
    /**
     * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"): such a cell is
     * written quoted with a single quote in front, {@code "'=1+1"}, which spreadsheets show as text. A reader
     * that wants the value back drops that one leading quote.
     */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private final EventStore store;

    public EventExporter(EventStore store) {
        this.store = store;
    }

    /**
     * Writes the events matching {@code query} (limit and offset ignored) to {@code out} as UTF-8 and flushes it;
     * the caller closes {@code out}. Returns how many events were written.
     */
    public long export(EventQuery query, ExportFormat format, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long written;
        try {
            if (format == ExportFormat.CSV) {
                writeCsvRow(writer, CSV_COLUMNS);
            }
            written = store.forEach(query, event -> {
                try {
                    write(writer, format, event);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        return written;
    }

    private static void write(Writer writer, ExportFormat format, Event event) throws IOException {
        if (format == ExportFormat.NDJSON) {
            writer.write(EventJson.toJson(event));
            writer.write('\n');
        } else {
            writeCsvRow(writer, List.of(event.id(), event.type(), event.sessionId(),
                    // A gateway row whose time could not be read has none to give (NDJSON carries the marker).
                    event.timestampUnreadable() ? "" : Timestamps.format(event.timestamp()), event.dataJson()));
        }
    }

    /**
     * RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled; records end with CRLF. A field
     * starting with one of {@link #FORMULA_STARTS} gets a {@code '} in front and is always quoted.
     */
    private static void writeCsvRow(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String field = fields.get(i);
            boolean formula = !field.isEmpty() && FORMULA_STARTS.indexOf(field.charAt(0)) >= 0;
            if (formula || field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
                    || field.indexOf('\n') >= 0) {
                writer.write('"');
                if (formula) {
                    writer.write('\'');
                }
                writer.write(field.replace("\"", "\"\""));
                writer.write('"');
            } else {
                writer.write(field);
            }
        }
        writer.write("\r\n");
    }
}
