package io.eventinspector.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.ValidationException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Streams events from NDJSON (one event per line) or a JSON array into a store, in constant memory, committing
 * every {@value #BATCH_SIZE} events. Bad lines are reported by line number and skipped; in strict mode the first
 * bad line aborts the whole import and nothing from the input is committed. A line (or an array element) may be
 * at most {@value #MAX_LINE_BYTES} bytes long; a longer line is skipped without being held in memory. Content
 * after a complete JSON value on a line, or after the array, is invalid JSON, never silently ignored.
 */
public final class EventImporter {
    /** Events per transaction: large transactions are what make SQLite ingest fast. */
    public static final int BATCH_SIZE = 10_000;
    /**
     * The longest line read, 11 MiB: an event the HTTP API accepts (10 MiB) plus room for the id, the
     * normalised timestamp and escapes an export may add.
     */
    public static final int MAX_LINE_BYTES = 11 * 1024 * 1024;
    /** Reads one value at a time; what follows it is checked here, with a message that says where. */
    private static final ObjectReader TREES = EventJson.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final EventStore store;
    private final EventJson json;
    private final int maxLineBytes;

    public EventImporter(EventStore store, EventJson json) {
        this(store, json, MAX_LINE_BYTES);
    }

    /** With another line limit, so tests can show the limit without streaming megabytes. */
    EventImporter(EventStore store, EventJson json, int maxLineBytes) {
        this.store = store;
        this.json = json;
        this.maxLineBytes = maxLineBytes;
    }

    /** Receives rejected lines and progress; {@link #cancelled()} is polled between batches. */
    public interface Listener {
        default void rejected(long line, String reason) {
        }

        default void progress(Summary soFar) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    /**
     * What an import did. {@code beforeCutoff} counts the imported events (not the duplicates) whose timestamp is
     * before the cutoff given to {@link #importFrom(InputStream, boolean, Optional, Listener)}: those the next
     * retention cleanup deletes.
     */
    public record Summary(long imported, long duplicates, long rejected, long beforeCutoff) {
        public Summary(long imported, long duplicates, long rejected) {
            this(imported, duplicates, rejected, 0);
        }

        /** The one summary line the CLI prints. */
        public String line() {
            return "imported " + imported + ", duplicates " + duplicates + ", rejected " + rejected;
        }
    }

    /** Thrown in strict mode at the first bad line; nothing from the input was committed. */
    public static final class StrictImportException extends RuntimeException {
        private final long line;

        StrictImportException(long line, String reason) {
            super("line " + line + ": " + reason + " (strict import: nothing was imported)");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    public Summary importFrom(InputStream input, boolean strict, Listener listener) {
        return importFrom(input, strict, Optional.empty(), listener);
    }

    /** Imports, counting the imported events with a timestamp before {@code cutoff} in the summary. */
    public Summary importFrom(InputStream input, boolean strict, Optional<Instant> cutoff, Listener listener) {
        if (strict) {
            return store.inTransaction(tx -> run(tx, input, true, cutoff, listener));
        }
        return run(store, input, false, cutoff, listener);
    }

    private Summary run(EventStore target, InputStream input, boolean strict, Optional<Instant> cutoff,
                        Listener listener) {
        ImportBatches batches = new ImportBatches(target, strict, cutoff, listener);
        try (BufferedInputStream buffered = new BufferedInputStream(input, 1 << 16)) {
            if (startsWithArray(buffered)) {
                readArray(buffered, batches);
            } else {
                readLines(buffered, batches);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
        }
        return batches.finish();
    }

    private static boolean startsWithArray(BufferedInputStream input) throws IOException {
        int lookahead = 1 << 15;
        input.mark(lookahead);
        int c;
        int read = 0;
        do {
            c = input.read();
            read++;
        } while (c != -1 && Character.isWhitespace(c) && read < lookahead - 1);
        input.reset();
        return c == '[';
    }

    private void readLines(InputStream input, ImportBatches batches) throws IOException {
        BoundedLines lines = new BoundedLines(input, maxLineBytes);
        BoundedLines.Line line;
        while ((line = lines.next()) != null) {
            if (line.tooLong()) {
                batches.reject(line.number(), "line is " + line.bytes() + " bytes long, at most " + maxLineBytes
                        + " allowed; skipped");
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            try {
                batches.add(json.fromNode(parseOne(line.text())));
            } catch (ValidationException e) {
                batches.reject(line.number(), e.getMessage());
            }
        }
    }

    /** One JSON value and nothing after it but whitespace. */
    private static JsonNode parseOne(String text) {
        try (JsonParser parser = TREES.createParser(text)) {
            JsonNode node = TREES.readTree(parser);
            if (parser.nextToken() != null) {
                throw new ValidationException("json", "invalid JSON: content after the event at column "
                        + parser.currentTokenLocation().getColumnNr() + " (one event per line)");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ValidationException("json", "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readArray(InputStream input, ImportBatches batches) throws IOException {
        ArrayElementBudget budget = new ArrayElementBudget(input, maxLineBytes);
        try (JsonParser parser = TREES.createParser(budget)) {
            long line = 1;
            try {
                parser.nextToken();
                JsonToken token;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    line = parser.currentTokenLocation().getLineNr();
                    if (token == null) {
                        batches.reject(line, "invalid JSON: the array is not closed");
                        return;
                    }
                    budget.startElement();
                    JsonNode node = TREES.readTree(parser);
                    try {
                        batches.add(json.fromNode(node));
                    } catch (ValidationException e) {
                        batches.reject(line, e.getMessage());
                    }
                }
                line = parser.currentTokenLocation().getLineNr();
                if (parser.nextToken() != null) {
                    batches.reject(parser.currentTokenLocation().getLineNr(),
                            "invalid JSON: content after the end of the array");
                }
            } catch (JsonProcessingException e) {
                batches.reject(e.getLocation() == null ? line : e.getLocation().getLineNr(), "invalid JSON: "
                        + e.getOriginalMessage() + "; the rest of the input cannot be read");
            } catch (ArrayElementBudget.ElementTooLong e) {
                batches.reject(line, "event is longer than " + maxLineBytes + " bytes; the rest of the array "
                        + "cannot be read");
            }
        }
    }
}
