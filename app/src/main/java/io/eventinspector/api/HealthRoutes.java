package io.eventinspector.api;

import io.eventinspector.store.Database;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code /health}: the process answers. {@code /ready}: the database answers too. Neither needs a key. */
final class HealthRoutes {
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final Database database;

    HealthRoutes(Database database) {
        this.database = database;
    }

    record Health(String status) {
    }

    record DatabaseStatus(String status, String kind, String name) {
    }

    record Readiness(String status, DatabaseStatus database) {
    }

    void health(Context ctx) {
        ctx.json(new Envelope.Success(new Health("ok")));
    }

    void ready(Context ctx) {
        String problem = databaseProblem();
        if (problem != null) {
            throw new ApiException(ErrorCode.DATABASE_ERROR, "database " + database.url().shortName()
                    + " is unreachable: " + problem);
        }
        ctx.json(new Envelope.Success(new Readiness("ready",
                new DatabaseStatus("up", database.kind().displayName(), database.url().shortName()))));
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
