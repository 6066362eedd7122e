package io.eventinspector.ui;

import io.eventinspector.event.EventQuery;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import io.eventinspector.ui.events.EventTableViewModel;
import io.eventinspector.ui.events.PayloadSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the start-up store on its own thread while JavaFX starts and the window is built, and hands it to the
 * window's first open of that store. Opening (driver, pool, migrations check, first connection) took ~0.65 s of
 * a 1M-event store's start after the window was built; JavaFX's start and the window keep one thread busy, so on
 * two cores the open runs beside them instead of after them. Every other open goes to {@link Database#open}.
 */
final class EarlyStoreOpen implements Function<StoreUrl, Database> {
    private static final Logger LOG = LoggerFactory.getLogger(EarlyStoreOpen.class);
    private final StoreUrl url;
    private CompletableFuture<Database> opening;

    private EarlyStoreOpen(StoreUrl url, CompletableFuture<Database> opening) {
        this.url = url;
        this.opening = opening;
    }

    static EarlyStoreOpen start(StoreUrl url) {
        CompletableFuture<Database> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Database database;
            try {
                database = Database.open(url);
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
                return;
            }
            warmUp(database);
            opening.complete(database);
        }, "store-early-open");
        thread.setDaemon(true);
        thread.start();
        return new EarlyStoreOpen(url, opening);
    }

    /**
     * Reads the page the table asks for first and summarises its rows, so the table's own query, made once the
     * window is built, finds the query code loaded and the rows cached (110 ms cold, 5 ms warm), and the JSON
     * parser behind the summaries is loaded (~150 ms) here rather than on the UI thread while the first rows are
     * laid out. A failure is the table's to report.
     */
    private static void warmUp(Database database) {
        try {
            database.events().query(EventQuery.builder().limit(EventTableViewModel.PAGE_SIZE).build()).events()
                    .forEach(event -> PayloadSummary.of(event.dataJson()));
        } catch (RuntimeException e) {
            LOG.debug("First page not read ahead", e);
        }
    }

    /** The early store if {@code wanted} is it and nobody took it yet (its failure is thrown as is), else a new open. */
    @Override
    public Database apply(StoreUrl wanted) {
        CompletableFuture<Database> early = take(wanted);
        if (early == null) {
            return Database.open(wanted);
        }
        try {
            return early.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private synchronized CompletableFuture<Database> take(StoreUrl wanted) {
        if (opening == null || !wanted.equals(url)) {
            return null;
        }
        CompletableFuture<Database> early = opening;
        opening = null;
        return early;
    }
}
