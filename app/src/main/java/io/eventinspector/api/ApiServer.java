package io.eventinspector.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventinspector.Services;
import io.eventinspector.config.ConfigException;
import io.eventinspector.event.EventJson;
import io.eventinspector.retention.CleanupScheduler;
import io.eventinspector.store.Failures;
import io.eventinspector.store.ReadOnlyStoreException;
import io.eventinspector.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API over the shared services, for {@code serve} and for the desktop app. Every response, errors of
 * unknown routes and wrong methods included, is the JSON envelope; a stop lets in-flight requests finish.
 * The retention scheduler is not started here: the front end that owns the process starts it.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** How long a stop waits for in-flight requests before closing their connections. */
    private static final long STOP_TIMEOUT_MS = 10_000;

    private final Javalin app;

    /** {@code keys} empty turns authentication off; only {@code serve --no-auth} on loopback does that. */
    public ApiServer(Services services, Optional<ApiKeys> keys) {
        CleanupScheduler retention = services.cleanupScheduler();
        ObjectMapper mapper = ApiJson.mapper();
        JsonBody response = new JsonBody(mapper);
        EventRoutes events = new EventRoutes(services.events(), new EventJson(services.clock()),
                () -> retention.settings().enabled(), response);
        ExportRoutes exports = new ExportRoutes(services.events(), response);
        ReplayRoute replay = new ReplayRoute(services::replay, response);
        HealthRoutes health = new HealthRoutes(services.database(), retention::state, response);
        Authenticator authenticator = new Authenticator(keys);
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = EventRoutes.MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.requestLogger.http(AccessLog::log);
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setErrorHandler(new JettyJsonErrors(mapper));
            });
            // Jetty waits for in-flight requests on stop only when a StatisticsHandler counts them.
            config.jetty.modifyServletContextHandler(context -> context.insertHandler(new StatisticsHandler()));
        });
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
        app.exception(ApiException.class, (error, ctx) -> respond(ctx, response, error));
        // A gateway's own database is opened read-only: writing there is refused, not a database failure.
        app.exception(ReadOnlyStoreException.class, (error, ctx) ->
                respond(ctx, response, new ApiException(ErrorCode.FORBIDDEN, error.getMessage())));
        app.exception(StoreException.class, (error, ctx) -> {
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), error.getMessage());
            respond(ctx, response, new ApiException(ErrorCode.DATABASE_ERROR, error.getMessage()));
        });
        app.exception(ConfigException.class, (error, ctx) -> {
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), error.getMessage());
            respond(ctx, response, new ApiException(ErrorCode.INTERNAL_ERROR, error.getMessage()));
        });
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
        try {
            app.start(host, port);
        } catch (Exception e) { // Javalin rethrows Jetty's checked failures undeclared; a failed bind as "STOPPED"
            IOException failure = new IOException(portTaken(host, port) ? "port " + port + " is already in use"
                    : Failures.rootMessage(e));
            failure.addSuppressed(e); // Jetty has stopped itself already; stopping again only logs a stack trace
            throw new UncheckedIOException(failure.getMessage(), failure);
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
                    + EventRoutes.MAX_BODY_BYTES + " bytes (10 MiB)");
            default -> error.getStatus() >= 400 && error.getStatus() < 500
                    ? new ApiException(ErrorCode.INVALID_INPUT, HttpStatus.forStatus(error.getStatus()).getMessage())
                    : new ApiException(ErrorCode.INTERNAL_ERROR, "unexpected server error; see the server log");
        };
    }
}
