package io.eventinspector.ui.shell;

import io.eventinspector.event.EventQuery;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.events.EventTableViewModel;
import io.eventinspector.ui.events.PayloadSummary;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * Opens the start-up store on its own thread while JavaFX starts and the window is built, and hands it to the
 * window's first open of that store. Opening (driver, pool, migrations check, first connection) took ~0.65 s of
 * a 1M-event store's start after the window was built; JavaFX's start and the window keep one thread busy, so on
 * two cores the open runs beside them instead of after them. Every other open is a new one.
 */
final class EarlyStoreOpen implements Function<StoreUrl, Database> {
    private final StoreUrl url;
    private final Function<StoreUrl, Database> open;
    private CompletableFuture<Database> opening;

    private EarlyStoreOpen(StoreUrl url, Function<StoreUrl, Database> open, CompletableFuture<Database> opening) {
        this.url = url;
        this.open = open;
        this.opening = opening;
    }

    static EarlyStoreOpen start(StoreUrl url) {
        return start(url, Database::open);
    }

    /** With {@code open} doing every open, the early one included. */
    static EarlyStoreOpen start(StoreUrl url, Function<StoreUrl, Database> open) {
        CompletableFuture<Database> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Database database;
            try {
                database = open.apply(url);
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
                return;
            }
            warmUp(database);
            opening.complete(database);
        }, "store-early-open");
        thread.setDaemon(true);
        thread.start();
        return new EarlyStoreOpen(url, open, opening);
    }

    /**
     * Reads the page the table asks for first and summarises its rows, so the table's own query, made once the
     * window is built, finds the query code loaded and the rows cached (~110 ms cold, ~20 ms after), and the
     * JSON parser behind the summaries (made on the table's loading thread) is warm before the first page.
     * A failure is the table's to report.
     */
    private static void warmUp(Database database) {
        try {
            database.events().query(EventQuery.builder().limit(EventTableViewModel.PAGE_SIZE).build()).events()
                    .forEach(event -> PayloadSummary.of(event.dataJson()));
        } catch (RuntimeException e) {
            // Made here, not in a static field, so main does not set Logback up on its way to starting JavaFX.
            LoggerFactory.getLogger(EarlyStoreOpen.class).debug("First page not read ahead", e);
        }
    }

    /**
     * The early store if {@code wanted} is it and nobody took it yet (its failure is thrown as is), else a new
     * open; an early store nobody asked for is closed.
     */
    @Override
    public Database apply(StoreUrl wanted) {
        CompletableFuture<Database> early = take();
        if (early == null) {
            return open.apply(wanted);
        }
        if (!wanted.equals(url)) {
            early.thenAccept(Database::close);
            return open.apply(wanted);
        }
        try {
            return early.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The early open on the first call, whichever store is asked for; null after. */
    private synchronized CompletableFuture<Database> take() {
        CompletableFuture<Database> early = opening;
        opening = null;
        return early;
    }
}
