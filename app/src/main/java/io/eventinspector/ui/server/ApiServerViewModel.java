package io.eventinspector.ui.server;

import io.eventinspector.Services;
import io.eventinspector.api.ApiKeys;
import io.eventinspector.api.ApiServer;
import io.eventinspector.api.Role;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.TaskExecutor;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
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
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API served from the window, over the open store, so a gateway on this machine can push events straight
 * into the inspector. It listens on loopback only and always requires a key: the keys in
 * {@code WHATSAPP_API_KEYS_MAP} as for {@code serve}, or, when none are set, an admin key made at random for this
 * start and shown (never logged) in the start dialog. Loopback alone is no protection: any web page in the
 * user's browser can send requests to 127.0.0.1. It stops when the store is switched and when the window closes.
 */
public final class ApiServerViewModel implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServerViewModel.class);
    /** 256 bits from a {@link SecureRandom}: as strong as the keys the docs tell users to make. */
    private static final int GENERATED_KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TaskExecutor executor;
    private final ObservableValue<Services> services;
    private final Notifications notifications;
    private final StringProperty port = new SimpleStringProperty(this, "port", "8080");
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper(this, "portError", "");
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(this, "starting");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyIntegerWrapper boundPort = new ReadOnlyIntegerWrapper(this, "boundPort", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper generatedKey = new ReadOnlyStringWrapper(this, "generatedKey", "");
    private final StringExpression curlExample;
    private ApiServer server;

    public ApiServerViewModel(TaskExecutor executor, ObservableValue<Services> services, Notifications notifications) {
        this.executor = executor;
        this.services = services;
        this.notifications = notifications;
        port.addListener((observable, old, now) -> parsePort());
        services.addListener((observable, old, now) -> stop());
        curlExample = Bindings.createStringBinding(() -> "curl -H \"X-API-Key: "
                + (generatedKey.get().isEmpty() ? "YOUR_KEY" : generatedKey.get()) + "\" http://" + HOST + ":"
                + shownPort() + "/api/events", generatedKey, port, boundPort);
    }

    /** The port it listens on once running, else the one typed. */
    private String shownPort() {
        if (boundPort.get() > 0) {
            return String.valueOf(boundPort.get());
        }
        return port.get() == null ? "" : port.get().strip();
    }

    /**
     * Makes the key for the next start when no keys are configured (a new one each time the start dialog opens),
     * so the dialog can show it before the server listens; with configured keys there is none.
     */
    public void prepareStart() {
        try {
            generatedKey.set(configuredKeys().map(ApiKeys::isEmpty).orElse(false) ? newKey() : "");
        } catch (RuntimeException e) {
            generatedKey.set(""); // a bad WHATSAPP_API_KEYS_MAP: the dialog says why, starting reports it
        }
    }

    private Optional<ApiKeys> configuredKeys() {
        Services current = services.getValue();
        return current == null ? Optional.empty() : Optional.of(ApiKeys.configured(current.config().apiKeys()));
    }

    private static String newKey() {
        byte[] bytes = new byte[GENERATED_KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
        ApiKeys configured;
        try {
            configured = ApiKeys.configured(current.config().apiKeys());
        } catch (RuntimeException e) {
            notifications.failure("Cannot start the API server", e, this::start);
            return false;
        }
        if (configured.isEmpty() && generatedKey.get().isEmpty()) {
            prepareStart();
        }
        String generated = generatedKey.get();
        ApiKeys keys = configured.isEmpty() ? ApiKeys.of(List.of(new ApiKeys.Key(generated, Role.ADMIN))) : configured;
        starting.set(true);
        executor.submit(() -> listen(current, requested, keys, !configured.isEmpty()), started -> {
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

    private static ApiServer listen(Services current, int requested, ApiKeys keys, boolean configured) {
        ApiServer started = new ApiServer(current, Optional.of(keys));
        try {
            started.start(HOST, requested);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot listen: " + e.getMessage(), e.getCause());
        }
        if (configured) {
            LOG.info("API server on {}:{} with {} API keys", HOST, started.port(), keys.size());
        } else {
            LOG.info("API server on {}:{} with an admin key made for this start (shown in the window, not logged)",
                    HOST, started.port());
        }
        return started;
    }

    /** How requests will be authenticated, for the start dialog. */
    public String authDescription() {
        try {
            return configuredKeys().map(keys -> keys.isEmpty()
                    ? "No keys in WHATSAPP_API_KEYS_MAP: requests need this key (admin role), made for this start "
                            + "only. Send it in the X-API-Key header (or Authorization: Bearer), never in a URL."
                    : "Requests need one of the " + keys.size() + " API keys from WHATSAPP_API_KEYS_MAP, in the "
                            + "X-API-Key header (or Authorization: Bearer).").orElse("");
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
        generatedKey.set(""); // the next start makes a new one
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

    /** The key made for the next (or running) start when none are configured; empty with configured keys. */
    public ReadOnlyStringProperty generatedKeyProperty() {
        return generatedKey.getReadOnlyProperty();
    }

    /** A request to try the server with, the key in a header (a key in a URL ends up in histories and logs). */
    public StringExpression curlExample() {
        return curlExample;
    }

    /** {@code API :8080} while running, else empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
