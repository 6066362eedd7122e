package io.eventinspector.api;

import io.eventinspector.config.Env;
import io.eventinspector.event.Timestamps;
import io.eventinspector.retention.CleanupRun;
import io.eventinspector.retention.RetentionState;
import io.eventinspector.secrets.Redaction;
import io.eventinspector.store.Database;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /health}: the process answers. {@code /ready}: the database answers too, with the retention job's
 * state. Neither needs a key.
 */
final class HealthRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final Database database;
    private final Supplier<RetentionState> retention;
    private final JsonBody response;

    HealthRoutes(Database database, Supplier<RetentionState> retention, JsonBody response) {
        this.database = database;
        this.retention = retention;
        this.response = response;
    }

    record Health(String status) {
    }

    record DatabaseStatus(String status, String kind, String name) {
    }

    record Readiness(String status, DatabaseStatus database, RetentionStatus retention) {
    }

    /** The retention job as {@code /ready} shows it; times in RFC 3339 UTC, the interval as a Go duration. */
    record RetentionStatus(boolean enabled, int retentionDays, String cleanupTime, String cleanupInterval,
                           boolean running, boolean cleaning, String nextRun, LastRun lastRun) {
        static RetentionStatus of(RetentionState state) {
            return new RetentionStatus(state.enabled(), state.retentionDays(), state.cleanupTime().toString(),
                    Env.formatDuration(state.cleanupInterval()), state.running(),
                    state.cleaning(), state.nextRun().map(Timestamps::format).orElse(null),
                    state.lastRun().map(LastRun::of).orElse(null));
        }
    }

    record LastRun(String startedAt, String trigger, String outcome, long deleted, long durationMs, String error) {
        static LastRun of(CleanupRun run) {
            return new LastRun(Timestamps.format(run.startedAt()), run.trigger().name().toLowerCase(Locale.ROOT),
                    run.outcome().name().toLowerCase(Locale.ROOT), run.deleted(), run.duration().toMillis(),
                    run.error().orElse(null));
        }
    }

    void health(Context ctx) {
        response.send(ctx, new Envelope.Success(new Health("ok")));
    }

    void ready(Context ctx) {
        String problem = databaseProblem();
        if (problem != null) {
            // The pool's and the driver's words are for the operator, not for whoever asks /ready.
            LOG.warn("/ready: database {} is unreachable: {}", database.url().shortName(), Redaction.text(problem));
            throw new ApiException(ErrorCode.DATABASE_ERROR, "database " + database.url().shortName()
                    + " is not available right now; details are in the server log");
        }
        response.send(ctx, new Envelope.Success(new Readiness("ready",
                new DatabaseStatus("up", database.kind().displayName(), database.url().shortName()),
                RetentionStatus.of(retention.get()))));
    }

    /** Null when a pooled connection answers; otherwise why not. */
    private String databaseProblem() {
        try (Connection connection = database.dataSource().getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS) ? null : "the connection did not answer";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
