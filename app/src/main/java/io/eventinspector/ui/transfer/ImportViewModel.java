package io.eventinspector.ui.transfer;

import io.eventinspector.demo.DemoDataGenerator;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.store.AppendResult;
import io.eventinspector.store.EventImporter;
import io.eventinspector.store.EventStore;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import io.eventinspector.ui.retention.CleanupOutlook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;

/**
 * Filling the open store: importing an NDJSON file (or JSON array), or generating demo data, with progress
 * and cancel. Bad lines are skipped and listed (the first {@value #LISTED_REJECTS}) in the closing notification,
 * which also says how many imported events are already past the retention and when the daily cleanup will
 * (after asking) delete them.
 */
public final class ImportViewModel extends TransferViewModel {
    static final int LISTED_REJECTS = 5;
    static final int DEMO_EVENTS = 20_000;

    private final TaskExecutor executor;
    private final ObservableValue<EventStore> store;
    private final Notifications notifications;
    private final Clock clock;
    private final Runnable afterImport;
    private final Supplier<Optional<CleanupOutlook>> retention;

    /** {@code retention} tells what the open store's daily cleanup will do; empty when it never deletes. */
    public ImportViewModel(TaskExecutor executor, ObservableValue<EventStore> store, Notifications notifications,
                           Clock clock, Runnable afterImport, Supplier<Optional<CleanupOutlook>> retention) {
        this.executor = executor;
        this.store = store;
        this.notifications = notifications;
        this.clock = clock;
        this.afterImport = afterImport;
        this.retention = retention;
    }

    /** An import's summary and how many of the events it stored are already past the retention. */
    public void importFile(Path file) {
        EventStore target = store.getValue();
        if (target == null || !start("importing " + file.getFileName() + "…")) {
            return;
        }
        List<String> rejects = new ArrayList<>();
        EventImporter.Listener listener = new EventImporter.Listener() {
            @Override
            public void rejected(long line, String reason) {
                if (rejects.size() < LISTED_REJECTS) {
                    rejects.add("line " + line + ": " + reason);
                }
            }

            @Override
            public void progress(EventImporter.Summary soFar) {
                executor.onUiThread(() -> showProgress("importing " + file.getFileName() + ": " + soFar.line()));
            }

            @Override
            public boolean cancelled() {
                return isCancelled();
            }
        };
        Optional<CleanupOutlook> outlook = retention.get();
        // The importer counts what it newly stores before the cutoff, as it does for the command line.
        Optional<Instant> cutoff = outlook.map(o -> o.cutoff(clock));
        executor.submit(() -> {
            try (InputStream input = Files.newInputStream(file)) {
                return new EventImporter(target, new EventJson(clock)).importFrom(input, false, cutoff, listener);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }, summary -> {
            finish();
            String listed = rejects.isEmpty() ? "" : "; " + String.join("; ", rejects)
                    + (summary.rejected() > rejects.size() ? "; …" : "");
            String retained = outlook.map(o -> o.aboutImported(summary.beforeCutoff())).filter(s -> !s.isEmpty())
                    .map(s -> ". " + s).orElse("");
            notifications.info("Imported " + file.getFileName() + ": " + summary.line() + listed + retained);
            afterImport.run();
        }, error -> {
            finish();
            if (error instanceof CancellationException) {
                notifications.info("Import cancelled: " + error.getMessage());
                afterImport.run();
            } else {
                notifications.failure("Cannot import " + file.getFileName(), error, () -> importFile(file));
            }
        });
    }

    /**
     * Fills the open store with {@value #DEMO_EVENTS} realistic demo events over the last week, in batches, so an
     * empty store can be explored at once.
     */
    public void generateDemo() {
        EventStore target = store.getValue();
        if (target == null || !start("generating demo data…")) {
            return;
        }
        DemoDataGenerator generator = new DemoDataGenerator(new DemoDataGenerator.Settings(DEMO_EVENTS, 5, 7,
                clock.millis(), DemoDataGenerator.defaultEnd(clock)));
        executor.submit(() -> {
            AppendResult stored = AppendResult.NONE;
            List<Event> batch = new ArrayList<>(EventImporter.BATCH_SIZE);
            for (Event event : generator) {
                batch.add(event);
                if (batch.size() == EventImporter.BATCH_SIZE) {
                    stored = appendUnlessCancelled(target, batch, stored);
                }
            }
            return appendUnlessCancelled(target, batch, stored);
        }, stored -> {
            finish();
            notifications.info("Generated " + stored.inserted() + " demo events");
            afterImport.run();
        }, error -> {
            finish();
            notifications.failure("Cannot generate demo data", error, this::generateDemo);
            afterImport.run();
        });
    }

    private AppendResult appendUnlessCancelled(EventStore target, List<Event> batch, AppendResult soFar) {
        if (isCancelled()) {
            throw new CancellationException("cancelled after " + soFar.inserted() + " events");
        }
        AppendResult stored = soFar.plus(target.append(batch));
        batch.clear();
        executor.onUiThread(() -> showProgress("generating demo data: " + stored.inserted() + " events"));
        return stored;
    }
}
