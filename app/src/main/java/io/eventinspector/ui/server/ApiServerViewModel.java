package io.eventinspector.ui.server;

import io.eventinspector.Services;
import io.eventinspector.api.ApiKeys;
import io.eventinspector.api.ApiServer;
import io.eventinspector.ui.Notifications;
import io.eventinspector.ui.TaskExecutor;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API served from the window, over the open store, so a gateway on this machine can push events straight
 * into the inspector. It listens on loopback only: with keys in {@code WHATSAPP_API_KEYS_MAP} they are required
 * as for {@code serve}; without keys it runs without authentication, which (as for {@code serve --no-auth}) is
 * allowed only on loopback. It stops when the store is switched and when the window closes.
 */
public final class ApiServerViewModel implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServerViewModel.class);

    private final TaskExecutor executor;
    private final ObservableValue<Services> services;
    private final Notifications notifications;
    private final StringProperty port = new SimpleStringProperty(this, "port", "8080");
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper(this, "portError", "");
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(this, "starting");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyIntegerWrapper boundPort = new ReadOnlyIntegerWrapper(this, "boundPort", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private ApiServer server;

    public ApiServerViewModel(TaskExecutor executor, ObservableValue<Services> services, Notifications notifications) {
        this.executor = executor;
        this.services = services;
        this.notifications = notifications;
        port.addListener((observable, old, now) -> parsePort());
        services.addListener((observable, old, now) -> stop());
    }

    /** The port typed, if it is a whole number from 0 (any free port) to 65535; otherwise the error says why. */
    OptionalInt parsePort() {
        String text = port.get() == null ? "" : port.get().strip();
        try {
            int number = Integer.parseInt(text);
            if (number >= 0 && number <= 65_535) {
                portError.set("");
                return OptionalInt.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        portError.set("port must be a whole number from 0 (any free port) to 65535, not \"" + text + "\"");
        return OptionalInt.empty();
    }

    /** Starts listening on {@code 127.0.0.1:PORT} in the background; false when the port is invalid. */
    public boolean start() {
        OptionalInt chosen = parsePort();
        Services current = services.getValue();
        if (chosen.isEmpty() || current == null || running.get() || starting.get()) {
            return false;
        }
        int requested = chosen.getAsInt();
        starting.set(true);
        executor.submit(() -> listen(current, requested), started -> {
            starting.set(false);
            if (current != services.getValue()) {
                // The store was switched while the server started; it must not serve the closed one.
                executor.submit(() -> stopped(started), ignored -> { }, ignored -> { });
                return;
            }
            server = started;
            boundPort.set(started.port());
            status.set("API :" + started.port()); // before running: the label shows once running is set
            running.set(true);
        }, error -> {
            starting.set(false);
            notifications.failure("Cannot start the API server on " + HOST + ":" + requested, error, this::start);
        });
        return true;
    }

    private static ApiServer listen(Services current, int requested) {
        ApiKeys keys = current.config().apiKeys();
        Optional<ApiKeys> auth = keys.isEmpty() ? Optional.empty() : Optional.of(keys);
        ApiServer started = new ApiServer(current, auth);
        try {
            started.start(HOST, requested);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot listen: " + e.getMessage(), e.getCause());
        }
        auth.ifPresentOrElse(k -> LOG.info("API server on {}:{} with {} API keys", HOST, started.port(), k.size()),
                () -> LOG.warn("API server on {}:{} without API keys (none in WHATSAPP_API_KEYS_MAP): anyone on this "
                        + "machine can read and write events", HOST, started.port()));
        return started;
    }

    /** How requests will be authenticated, for the start dialog. */
    public String authDescription() {
        Services current = services.getValue();
        if (current == null) {
            return "";
        }
        try {
            ApiKeys keys = current.config().apiKeys();
            return keys.isEmpty()
                    ? "No API keys in WHATSAPP_API_KEYS_MAP: no authentication; anyone on this machine can read and "
                            + "write events."
                    : "Requests need one of the " + keys.size() + " API keys from WHATSAPP_API_KEYS_MAP.";
        } catch (RuntimeException e) {
            return Notifications.describe(e);
        }
    }

    /** Stops the server in the background, letting requests in flight finish. */
    public void stop() {
        ApiServer stopping = server;
        if (stopping == null) {
            return;
        }
        markStopped();
        executor.submit(() -> stopped(stopping), ignored -> { },
                error -> notifications.failure("Cannot stop the API server", error, null));
    }

    private static Void stopped(ApiServer stopping) {
        stopping.stop();
        return null;
    }

    private void markStopped() {
        server = null;
        running.set(false);
        boundPort.set(-1);
        status.set("");
    }

    /** On exit: stops at once, on the calling thread. */
    @Override
    public void close() {
        ApiServer stopping = server;
        if (stopping != null) {
            markStopped();
            stopping.stop();
        }
    }

    public StringProperty portProperty() {
        return port;
    }

    public ReadOnlyStringProperty portErrorProperty() {
        return portError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The port it listens on (the free one picked for 0), or -1. */
    public ReadOnlyIntegerProperty boundPortProperty() {
        return boundPort.getReadOnlyProperty();
    }

    /** {@code API :8080} while running, else empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
