package io.eventinspector.ui.fx;

import io.eventinspector.config.ConfigException;
import io.eventinspector.event.ValidationException;
import io.eventinspector.store.StoreException;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The non-modal message bar's state: the latest notification, with an optional retry. Expected failures show
 * their message; anything else is a bug, logged with its stack trace and shown as one line.
 */
public final class Notifications {
    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    /** What to tell the user, and how to try again (if trying again makes sense). */
    public record Notification(String message, Optional<Runnable> retry) {
    }

    private final ReadOnlyObjectWrapper<Notification> current = new ReadOnlyObjectWrapper<>(this, "current");

    public void info(String message) {
        current.set(new Notification(message, Optional.empty()));
    }

    /** Shows what went wrong while {@code doing} something, offering {@code retry}. */
    public void failure(String doing, Throwable error, Runnable retry) {
        current.set(new Notification(doing + ": " + describe(error), Optional.ofNullable(retry)));
    }

    public void dismiss() {
        current.set(null);
    }

    public ReadOnlyObjectProperty<Notification> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The message for a person: the cause of an expected failure, or a one-line pointer to the log for a bug. */
    public static String describe(Throwable error) {
        if (error instanceof StoreException || error instanceof ValidationException
                || error instanceof ConfigException) {
            return error.getMessage();
        }
        if (error instanceof java.io.IOException || error instanceof java.io.UncheckedIOException) {
            return error.getMessage();
        }
        LOG.error("unexpected failure in the desktop app", error);
        return "unexpected failure (" + error.getClass().getSimpleName() + "); details are in the log";
    }
}
