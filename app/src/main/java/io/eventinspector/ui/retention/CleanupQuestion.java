package io.eventinspector.ui.retention;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The port through which the window asks its user whether the daily cleanup may delete history imported since
 * its last run: a dialog in the app, code in the tests.
 */
public interface CleanupQuestion {
    enum Answer {
        /** Delete them with the rest of what is past the retention. */
        DELETE,
        /** Keep them: the daily cleanup of this store pauses until the user resumes it. */
        KEEP
    }

    /**
     * Asks on the UI thread; {@code answer} is called once, from any thread. Closing the question unanswered
     * must answer {@link Answer#KEEP}: nothing is deleted without a yes.
     */
    void ask(ImportedHistory question, Consumer<Answer> answer);

    /**
     * What is asked about.
     *
     * @param count         events past the retention that were stored since the last cleanup
     * @param since         when that last cleanup started; empty when none is known on this computer
     * @param retentionDays the retention in force
     * @param cutoff        events older than this would be deleted
     */
    record ImportedHistory(long count, Optional<Instant> since, int retentionDays, Instant cutoff) {
        public String message() {
            return count + (count == 1 ? " event" : " events") + " stored "
                    + since.map(at -> "since the last cleanup (" + RetentionScheduling.formatInstant(at) + ")")
                            .orElse("before any cleanup on this computer")
                    + (count == 1 ? " is" : " are") + " older than the " + retentionDays + "-day retention (before "
                    + RetentionScheduling.formatInstant(cutoff) + "), most likely imported history. The daily "
                    + "cleanup is about to delete them.\n\nKeep them, and the daily cleanup of this store pauses "
                    + "until you save the retention settings or run a cleanup by hand (Tools › Retention…).";
        }
    }
}
