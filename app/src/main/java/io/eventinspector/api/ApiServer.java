package io.eventinspector.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventinspector.Services;
import io.eventinspector.config.ConfigException;
import io.eventinspector.config.UserTracePreferences;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.ValidationException;
import io.eventinspector.retention.CleanupScheduler;
import io.eventinspector.secrets.Redaction;
import io.eventinspector.store.Failures;
import io.eventinspector.store.ReadOnlyStoreException;
import io.eventinspector.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API over the shared services, for {@code serve} and for the desktop app. Every response, errors of
 * unknown routes and wrong methods included, is the JSON envelope; a stop lets in-flight requests finish.
 * What a browser page could send is refused before any route runs (see {@link HostGuard}); slow clients are
 * bounded by {@link ApiOptions}. The retention scheduler is not started here: the front end that owns the
 * process starts it.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** How long a stop waits for in-flight requests before closing their connections. */
    private static final long STOP_TIMEOUT_MS = 10_000;

    /** What a client is told when the database fails; the details go to the log only. */
    static final String DATABASE_UNAVAILABLE = "the database is not available right now; details are in the "
            + "server log";

    private final Javalin app;
    private final HostGuard hosts;
    /** Where {@link #start} asked to listen; read by the connector Javalin creates on start. */
    private volatile String listenHost;
    private volatile int listenPort;

    /** {@code keys} empty turns authentication off; only {@code serve --no-auth} on loopback does that. */
    public ApiServer(Services services, Optional<ApiKeys> keys) {
        this(services, keys, ApiOptions.defaults());
    }

    /** {@code keys} empty turns authentication off; only {@code serve --no-auth} on loopback does that. */
    public ApiServer(Services services, Optional<ApiKeys> keys, ApiOptions options) {
        CleanupScheduler retention = services.cleanupScheduler();
        ObjectMapper mapper = ApiJson.mapper();
        JsonBody response = new JsonBody(mapper);
        EventRoutes events = new EventRoutes(services.events(), new EventJson(services.clock()),
                () -> retention.settings().enabled(), response);
        ExportRoutes exports = new ExportRoutes(services.events(), services.exporter(), response,
                options.maxConcurrentExports());
        ReplayRoute replay = new ReplayRoute(services::replay, response);
        HealthRoutes health = new HealthRoutes(services.database(), retention::state, response);
        Supplier<Duration> stuckAfter = () -> services.config().traceStuckAfter(Optional.empty(),
                UserTracePreferences.forCurrentUser().load());
        stuckAfter.get(); // a bad WHATSAPP_TRACE_STUCK_AFTER stops the start, like the retention variables
        TraceRoutes messages = new TraceRoutes(services.traces(), stuckAfter, response);
        Authenticator authenticator = new Authenticator(keys);
        hosts = new HostGuard(options.allowedHosts());
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = RequestBody.MAX_BYTES;
            config.http.prefer405over404 = true;
            config.requestLogger.http(AccessLog::log);
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setErrorHandler(new JettyJsonErrors(mapper));
            });
            // A body trickled slower than this is cut (408) instead of holding a thread for as long as it lasts.
            config.jetty.modifyHttpConfiguration(http ->
                    http.setMinRequestDataRate(options.minRequestBytesPerSecond()));
            // The idle timeout also bounds a blocked write: a client that stops reading an export is cut off.
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(listenHost);
                connector.setPort(listenPort);
                connector.setIdleTimeout(options.idleTimeout().toMillis());
                return connector;
            });
            // Jetty waits for in-flight requests on stop only when a StatisticsHandler counts them.
            config.jetty.modifyServletContextHandler(context -> context.insertHandler(new StatisticsHandler()));
        });
        app.before(hosts::check);
        app.beforeMatched(authenticator::check);
        app.get("/health", health::health);
        app.get("/ready", health::ready);
        app.get("/api/events", events::list, Role.READ);
        app.post("/api/events", events::ingest, Role.WRITE);
        app.post("/api/events/replay", replay::replay, Role.ADMIN);
        app.get("/api/events/export", exports::export, Role.READ);
        app.get("/api/events/stats", exports::stats, Role.READ);
        // After export and stats: Javalin picks the first route added that matches.
        app.get("/api/events/{id}", events::get, Role.READ);
        // Before the trace: health is a route of its own, not a message id.
        app.get("/api/messages/health", messages::health, Role.READ);
        app.get("/api/messages/{message_id}", messages::trace, Role.READ);
        // Javalin answers HEAD on a GET route itself, 200 without any check; these make HEAD need the same key.
        app.head("/api/events", events::list, Role.READ);
        app.head("/api/events/export", exports::exportHead, Role.READ);
        app.head("/api/events/stats", exports::stats, Role.READ);
        app.head("/api/events/{id}", events::get, Role.READ);
        app.head("/api/messages/health", messages::health, Role.READ);
        app.head("/api/messages/{message_id}", messages::trace, Role.READ);
        app.exception(ApiException.class, (error, ctx) -> respond(ctx, response, error));
        // A gateway's own database is opened read-only: writing there is refused, not a database failure.
        app.exception(ReadOnlyStoreException.class, (error, ctx) ->
                respond(ctx, response, new ApiException(ErrorCode.FORBIDDEN, error.getMessage())));
        // The driver's and the pool's words (HikariPool-1 - Connection is not available…) stay in the log.
        app.exception(StoreException.class, (error, ctx) -> {
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), Redaction.text(error.getMessage()));
            respond(ctx, response, new ApiException(ErrorCode.DATABASE_ERROR, DATABASE_UNAVAILABLE));
        });
        app.exception(ConfigException.class, (error, ctx) -> {
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), Redaction.text(error.getMessage()));
            respond(ctx, response, new ApiException(ErrorCode.INTERNAL_ERROR, Redaction.text(error.getMessage())));
        });
        // Bad input the core found (a query built deeper down, a replay setting): a 400, never a 500.
        app.exception(ValidationException.class, (error, ctx) -> respond(ctx, response, new ApiException(
                ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD ? ErrorCode.INVALID_QUERY
                        : ErrorCode.INVALID_INPUT, Redaction.text(error.getMessage()))));
        app.exception(HttpResponseException.class, (error, ctx) ->
                respond(ctx, response, fromJavalin(ctx, error)));
        app.exception(Exception.class, (error, ctx) -> {
            LOG.error("{} {} failed unexpectedly", ctx.method(), ctx.path(), error);
            respond(ctx, response, new ApiException(ErrorCode.INTERNAL_ERROR,
                    "unexpected server error; see the server log"));
        });
    }

    /**
     * Starts listening; port 0 picks a free port (see {@link #port()}). A port that cannot be bound is an
     * {@link UncheckedIOException} that says why, e.g. {@code port 8080 is already in use}.
     */
    public ApiServer start(String host, int port) {
        listenHost = host;
        listenPort = port;
        if (port != 0) {
            // Known before the first request can arrive: without it that request would be refused as foreign.
            hosts.serving(host, port);
        }
        try {
            app.start();
        } catch (Exception e) { // Javalin rethrows Jetty's checked failures undeclared; a failed bind as "STOPPED"
            IOException failure = new IOException(portTaken(host, port) ? "port " + port + " is already in use"
                    : Failures.rootMessage(e));
            failure.addSuppressed(e); // Jetty has stopped itself already; stopping again only logs a stack trace
            throw new UncheckedIOException(failure.getMessage(), failure);
        }
        if (port == 0) {
            hosts.serving(host, port()); // the port the system picked
        }
        return this;
    }

    /** Asked after a failed start: Jetty, stopping itself after a failed bind, replaces the BindException. */
    private static boolean portTaken(String host, int port) {
        if (port == 0) {
            return false;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, port));
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    public int port() {
        return app.port();
    }

    /** Stops accepting requests, lets the ones in flight finish (up to a timeout) and closes the connections. */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private static void respond(Context ctx, JsonBody response, ApiException error) {
        response.send(ctx.status(error.code().status()), Envelope.failure(error));
    }

    /** Javalin's own refusals (no route, wrong method, body over its limit) in the API's terms. */
    private static ApiException fromJavalin(Context ctx, HttpResponseException error) {
        return switch (error.getStatus()) {
            case 404 -> new ApiException(ErrorCode.NOT_FOUND, "no endpoint " + ctx.method() + " " + ctx.path());
            case 405 -> new ApiException(ErrorCode.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on "
                    + ctx.path());
            case 413 -> new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "request body exceeds "
                    + RequestBody.MAX_BYTES + " bytes (10 MiB)");
            case 408 -> new ApiException(ErrorCode.REQUEST_TIMEOUT, "the request did not arrive in time");
            default -> error.getStatus() >= 400 && error.getStatus() < 500
                    ? new ApiException(ErrorCode.INVALID_INPUT, HttpStatus.forStatus(error.getStatus()).getMessage())
                    : new ApiException(ErrorCode.INTERNAL_ERROR, "unexpected server error; see the server log");
        };
    }
}
