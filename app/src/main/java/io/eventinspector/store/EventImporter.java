package io.eventinspector.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Streams events from NDJSON (one event per line) or a JSON array into a store, in constant memory, committing
 * every {@value #BATCH_SIZE} events. Bad lines are reported by line number and skipped; in strict mode the first
 * bad line aborts the whole import and nothing from the input is committed.
 */
public final class EventImporter {
    /** Events per transaction: large transactions are what make SQLite ingest fast. */
    public static final int BATCH_SIZE = 10_000;

    private final EventStore store;
    private final EventJson json;

    public EventImporter(EventStore store, EventJson json) {
        this.store = store;
        this.json = json;
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

    public record Summary(long imported, long duplicates, long rejected) {
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
        if (strict) {
            return store.inTransaction(tx -> run(tx, input, true, listener));
        }
        return run(store, input, false, listener);
    }

    private Summary run(EventStore target, InputStream input, boolean strict, Listener listener) {
        Batches batches = new Batches(target, strict, listener);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8),
                1 << 16)) {
            if (startsWithArray(reader)) {
                readArray(reader, batches);
            } else {
                readLines(reader, batches);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
        }
        return batches.finish();
    }

    private static boolean startsWithArray(BufferedReader reader) throws IOException {
        reader.mark(1 << 15);
        int c;
        int read = 0;
        do {
            c = reader.read();
            read++;
        } while (c != -1 && Character.isWhitespace(c) && read < (1 << 15) - 1);
        reader.reset();
        return c == '[';
    }

    private void readLines(BufferedReader reader, Batches batches) throws IOException {
        long lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                batches.add(json.parse(line));
            } catch (ValidationException e) {
                batches.reject(lineNumber, e.getMessage());
            }
        }
    }

    private void readArray(BufferedReader reader, Batches batches) throws IOException {
        try (JsonParser parser = EventJson.mapper().getFactory().createParser(reader)) {
            parser.nextToken();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                long line = parser.currentTokenLocation().getLineNr();
                if (token == null) {
                    batches.reject(line, "invalid JSON: the array is not closed");
                    return;
                }
                JsonNode node;
                try {
                    node = parser.readValueAsTree();
                } catch (JsonProcessingException e) {
                    batches.reject(line, "invalid JSON: " + e.getOriginalMessage() + "; the rest of the array "
                            + "cannot be read");
                    return;
                }
                try {
                    batches.add(json.fromNode(node));
                } catch (ValidationException e) {
                    batches.reject(line, e.getMessage());
                }
            }
        }
    }

    /** Collects events and appends them a batch at a time, keeping the running summary. */
    private static final class Batches {
        private final EventStore target;
        private final boolean strict;
        private final Listener listener;
        private final List<Event> pending = new ArrayList<>(BATCH_SIZE);
        private AppendResult stored = AppendResult.NONE;
        private long rejected;

        Batches(EventStore target, boolean strict, Listener listener) {
            this.target = target;
            this.strict = strict;
            this.listener = listener;
        }

        void add(Event event) {
            pending.add(event);
            if (pending.size() == BATCH_SIZE) {
                flush();
            }
        }

        void reject(long line, String reason) {
            if (strict) {
                throw new StrictImportException(line, reason);
            }
            rejected++;
            listener.rejected(line, reason);
        }

        private void flush() {
            if (listener.cancelled()) {
                throw new CancellationException("import cancelled after " + stored.inserted() + " events");
            }
            stored = stored.plus(target.append(pending));
            pending.clear();
            listener.progress(summary());
        }

        Summary finish() {
            if (!pending.isEmpty()) {
                flush();
            }
            return summary();
        }

        private Summary summary() {
            return new Summary(stored.inserted(), stored.duplicates(), rejected);
        }
    }
}
