package io.eventinspector.store;

import io.eventinspector.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The writing half of an {@link EventImporter}: collects the events read and appends them
 * {@value EventImporter#BATCH_SIZE} at a time, counts rejected lines (or, strict, throws at the first) and keeps
 * the running {@link EventImporter.Summary}. Cancellation is checked before each batch.
 */
final class ImportBatches {
    private final EventStore target;
    private final boolean strict;
    private final Optional<Instant> cutoff;
    private final EventImporter.Listener listener;
    private final List<Event> pending = new ArrayList<>(EventImporter.BATCH_SIZE);
    private AppendResult stored = AppendResult.NONE;
    private long rejected;
    private long beforeCutoff;

    ImportBatches(EventStore target, boolean strict, Optional<Instant> cutoff, EventImporter.Listener listener) {
        this.target = target;
        this.strict = strict;
        this.cutoff = cutoff;
        this.listener = listener;
    }

    void add(Event event) {
        pending.add(event);
        if (pending.size() == EventImporter.BATCH_SIZE) {
            flush();
        }
    }

    void reject(long line, String reason) {
        if (strict) {
            throw new EventImporter.StrictImportException(line, reason);
        }
        rejected++;
        listener.rejected(line, reason);
    }

    private void flush() {
        if (listener.cancelled()) {
            throw new CancellationException("import cancelled after " + stored.inserted() + " events");
        }
        if (cutoff.isPresent()) {
            appendSplitAt(cutoff.get());
        } else {
            stored = stored.plus(target.append(pending));
        }
        pending.clear();
        listener.progress(summary());
    }

    /** Older and newer events in two appends: only so can the older ones that were new to the store be counted. */
    private void appendSplitAt(Instant cutoff) {
        List<Event> older = new ArrayList<>();
        List<Event> newer = new ArrayList<>(pending.size());
        for (Event event : pending) {
            (event.timestamp().isBefore(cutoff) ? older : newer).add(event);
        }
        if (!older.isEmpty()) {
            AppendResult result = target.append(older);
            beforeCutoff += result.inserted();
            stored = stored.plus(result);
        }
        if (!newer.isEmpty()) {
            stored = stored.plus(target.append(newer));
        }
    }

    EventImporter.Summary finish() {
        if (!pending.isEmpty()) {
            flush();
        }
        return summary();
    }

    private EventImporter.Summary summary() {
        return new EventImporter.Summary(stored.inserted(), stored.duplicates(), rejected, beforeCutoff);
    }
}
