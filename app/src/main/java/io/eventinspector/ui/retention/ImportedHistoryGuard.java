package io.eventinspector.ui.retention;

import io.eventinspector.Services;
import io.eventinspector.retention.CleanupGate;
import io.eventinspector.retention.CleanupListener;
import io.eventinspector.retention.CleanupMarks;
import io.eventinspector.retention.CleanupRun;
import io.eventinspector.secrets.Redaction;
import io.eventinspector.store.Database;
import io.eventinspector.ui.fx.TaskExecutor;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's {@link CleanupGate} for one store: before the daily cleanup deletes, it counts the events past the
 * retention that were stored since this store's last cleanup (imported history: live events are stored when they
 * happen) and, if there are any, asks through the {@link CleanupQuestion}; the scheduler's thread waits for the
 * answer. "Keep them" pauses the daily cleanup of this store (remembered in the {@link CleanupMarks}) until the
 * user saves the retention settings or runs a cleanup by hand: skipping only this run would delete them silently
 * at the next one, and keeping just those events would need a mark on each event in both databases.
 */
final class ImportedHistoryGuard implements CleanupGate, CleanupListener {
    private static final Logger LOG = LoggerFactory.getLogger(ImportedHistoryGuard.class);

    private final Services services;
    private final String store;
    private final CleanupMarks marks;
    private final CleanupQuestion question;
    private final TaskExecutor executor;
    private final Runnable changed;
    private volatile CompletableFuture<Optional<CleanupQuestion.Answer>> pending;

    /** {@code changed} runs on the UI thread when the pause is set or lifted. */
    ImportedHistoryGuard(Services services, CleanupMarks marks, CleanupQuestion question, TaskExecutor executor,
                         Runnable changed) {
        this.services = services;
        this.store = storeName(services.database());
        this.marks = marks;
        this.question = question;
        this.executor = executor;
        this.changed = changed;
    }

    /** The store's URL without credentials: what its marks are kept under. */
    static String storeName(Database database) {
        return Redaction.url(database.url().jdbcUrl());
    }

    void install() {
        services.cleanup().addListener(this);
        services.cleanupScheduler().setGate(this);
    }

    /** This store is no longer shown: a question still open is withdrawn, and that run deletes nothing. */
    void uninstall() {
        services.cleanup().removeListener(this);
        services.cleanupScheduler().setGate(CleanupGate.OPEN);
        CompletableFuture<Optional<CleanupQuestion.Answer>> open = pending;
        if (open != null) {
            open.complete(Optional.empty());
        }
    }

    boolean paused() {
        return marks.paused(store);
    }

    /** The user chose again (saved the settings): the daily cleanup runs, and asks again if it must. */
    void resume() {
        if (marks.paused(store)) {
            marks.setPaused(store, false);
            LOG.info("Daily cleanup of {} resumed", store);
        }
    }

    @Override
    public boolean mayDelete(Instant cutoff) {
        if (marks.paused(store)) {
            return false;
        }
        Optional<Instant> since = marks.lastCleanup(store);
        long imported = services.events().countOlderThan(cutoff, since.orElse(Instant.EPOCH));
        if (imported == 0) {
            return true;
        }
        CompletableFuture<Optional<CleanupQuestion.Answer>> answer = new CompletableFuture<>();
        pending = answer;
        CleanupQuestion.ImportedHistory asked = new CleanupQuestion.ImportedHistory(imported, since,
                services.cleanupScheduler().settings().retentionDays(), cutoff);
        LOG.info("Daily cleanup of {} waits for the user: {} events stored since its last cleanup are past the "
                + "retention", store, imported);
        executor.onUiThread(() -> question.ask(asked, chosen -> answer.complete(Optional.of(chosen))));
        Optional<CleanupQuestion.Answer> chosen = answer.join();
        pending = null;
        if (chosen.isEmpty()) {
            return false;
        }
        if (chosen.get() == CleanupQuestion.Answer.KEEP) {
            marks.setPaused(store, true);
            LOG.info("Daily cleanup of {} paused: the user keeps {} imported events", store, imported);
            executor.onUiThread(changed);
            return false;
        }
        return true;
    }

    @Override
    public void cleanupStarted(CleanupRun.Trigger trigger, int retentionDays) {
    }

    /** A finished cleanup is the new baseline; one run by hand (a confirmed count of everything) also resumes. */
    @Override
    public void cleanupFinished(CleanupRun run) {
        if (!run.succeeded()) {
            return;
        }
        marks.cleanedUp(store, run.startedAt());
        if (run.trigger() == CleanupRun.Trigger.MANUAL && marks.paused(store)) {
            resume();
            executor.onUiThread(changed);
        }
    }
}
