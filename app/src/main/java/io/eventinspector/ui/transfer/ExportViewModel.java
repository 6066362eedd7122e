package io.eventinspector.ui.transfer;

import io.eventinspector.Services;
import io.eventinspector.event.EventQuery;
import io.eventinspector.export.ExportFormat;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;
import javafx.beans.value.ObservableValue;

/**
 * Exporting the events of the current filter to a file, as NDJSON or CSV, with progress and cancel. The export
 * is written to a hidden file next to the target and moved into place only when complete, so a cancelled or
 * failed export leaves no half-written file behind (and an existing target untouched).
 */
public final class ExportViewModel extends TransferViewModel {
    private final TaskExecutor executor;
    private final ObservableValue<Services> services;
    private final ObservableValue<EventQuery> query;
    private final Notifications notifications;

    public ExportViewModel(TaskExecutor executor, ObservableValue<Services> services,
                           ObservableValue<EventQuery> query, Notifications notifications) {
        this.executor = executor;
        this.services = services;
        this.query = query;
        this.notifications = notifications;
    }

    /** CSV for a {@code .csv} name, NDJSON for anything else. */
    public static ExportFormat formatOf(Path target) {
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? ExportFormat.CSV : ExportFormat.NDJSON;
    }

    public void export(Path target, ExportFormat format) {
        Services current = services.getValue();
        String name = target.getFileName().toString();
        if (current == null || !start("exporting " + name + "…")) {
            return;
        }
        EventQuery filter = query.getValue();
        executor.submit(() -> write(current, filter, format, target.toAbsolutePath(), lines ->
                executor.onUiThread(() -> showProgress("exporting " + name + ": " + lines + " events"))), written -> {
                    finish();
                    notifications.info("Exported " + written + " events to " + target);
                }, error -> {
                    finish();
                    if (error instanceof CancellationException) {
                        notifications.info("Export cancelled: nothing was written to " + target);
                    } else {
                        notifications.failure("Cannot export to " + target, error, () -> export(target, format));
                    }
                });
    }

    private long write(Services current, EventQuery filter, ExportFormat format, Path target, LongConsumer lines) {
        Path partial = null;
        try {
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
            long written;
            try (OutputStream out = new CountingOutput(Files.newOutputStream(partial), format, lines)) {
                written = current.exporter().export(filter, format, out);
            }
            moveIntoPlace(partial, target);
            return written;
        } catch (IOException e) {
            deleteQuietly(partial, e);
            if (isCancelled()) {
                throw new CancellationException("cancelled");
            }
            throw new UncheckedIOException(reason(e), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial, e);
            throw e;
        }
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path partial, Exception cause) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** The file-system exceptions' messages are often just a path; say what was wrong with it. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such folder or file: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileSystemException other && other.getReason() != null) {
            return other.getReason() + ": " + other.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Counts exported events as they reach the file (one line each; the CSV header is not one) and stops the
     * export once cancelled. The exporter writes through a 64 KiB buffer, so both happen per buffer, not per event.
     */
    private final class CountingOutput extends FilterOutputStream {
        private final LongConsumer lines;
        private long count;

        CountingOutput(OutputStream out, ExportFormat format, LongConsumer lines) {
            super(out);
            this.lines = lines;
            this.count = format == ExportFormat.CSV ? -1 : 0;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (isCancelled()) {
                throw new InterruptedIOException("export cancelled");
            }
            out.write(bytes, offset, length);
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    count++;
                }
            }
            lines.accept(Math.max(count, 0));
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}
