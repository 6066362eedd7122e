package io.eventinspector.ui.transfer;

import io.eventinspector.event.DemoDataGenerator;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.store.AppendResult;
import io.eventinspector.store.EventImporter;
import io.eventinspector.store.EventStore;
import io.eventinspector.ui.Notifications;
import io.eventinspector.ui.TaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Filling the open store: importing an NDJSON file (or JSON array), or generating demo data, with progress
 * and cancel. Bad lines are skipped
 * and listed (the first {@value #LISTED_REJECTS}) in the closing notification.
 */
public final class ImportViewModel {
    static final int LISTED_REJECTS = 5;
    static final int DEMO_EVENTS = 20_000;

    private final TaskExecutor executor;
    private final ObservableValue<EventStore> store;
    private final Notifications notifications;
    private final Clock clock;
    private final Runnable afterImport;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public ImportViewModel(TaskExecutor executor, ObservableValue<EventStore> store, Notifications notifications,
                           Clock clock, Runnable afterImport) {
        this.executor = executor;
        this.store = store;
        this.notifications = notifications;
        this.clock = clock;
        this.afterImport = afterImport;
    }

    public void importFile(Path file) {
        EventStore target = store.getValue();
        if (target == null || running.get()) {
            return;
        }
        cancelled.set(false);
        running.set(true);
        progress.set("importing " + file.getFileName() + "…");
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
                executor.onUiThread(() -> progress.set("importing " + file.getFileName() + ": " + soFar.line()));
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        executor.submit(() -> {
            try (InputStream input = Files.newInputStream(file)) {
                return new EventImporter(target, new EventJson(clock)).importFrom(input, false, listener);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }, summary -> {
            finish();
            String listed = rejects.isEmpty() ? "" : "; " + String.join("; ", rejects)
                    + (summary.rejected() > rejects.size() ? "; …" : "");
            notifications.info("Imported " + file.getFileName() + ": " + summary.line() + listed);
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
        if (target == null || running.get()) {
            return;
        }
        cancelled.set(false);
        running.set(true);
        progress.set("generating demo data…");
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
        if (cancelled.get()) {
            throw new CancellationException("cancelled after " + soFar.inserted() + " events");
        }
        AppendResult stored = soFar.plus(target.append(batch));
        batch.clear();
        executor.onUiThread(() -> progress.set("generating demo data: " + stored.inserted() + " events"));
        return stored;
    }

    /** Stops the import after the current batch; batches already committed stay. */
    public void cancel() {
        cancelled.set(true);
    }

    private void finish() {
        running.set(false);
        progress.set("");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
