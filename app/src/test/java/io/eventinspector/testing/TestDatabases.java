package io.eventinspector.testing;

import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh databases for tests: a SQLite file in a temp folder, or a PostgreSQL schema of its own so runs never
 * interfere. PostgreSQL comes from {@code EVENT_INSPECTOR_TEST_PG_URL} (default the machine's local server);
 * when it is unreachable the test fails under {@code CI=true} and is skipped with the reason otherwise.
 */
public final class TestDatabases {
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private TestDatabases() {
    }

    public static Database sqlite(Path folder) {
        return Database.open(StoreUrl.sqlite(folder.resolve("events-" + UUID.randomUUID() + ".db")));
    }

    public static String pgBaseUrl() {
        String configured = System.getenv("EVENT_INSPECTOR_TEST_PG_URL");
        return configured == null || configured.isBlank() ? DEFAULT_PG_URL : configured;
    }

    /** A JDBC URL selecting a new, empty schema; fails or skips when PostgreSQL cannot be reached. */
    public static String freshPostgresUrl() {
        String base = pgBaseUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(base);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String reason = "PostgreSQL unreachable at " + base + ": " + e.getMessage();
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static Database postgres() {
        return Database.open(StoreUrl.parse(freshPostgresUrl(), Optional.empty(), Optional.empty()));
    }

    /** Drops the schema a {@link #freshPostgresUrl()} created. */
    public static void dropSchema(String url) {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection connection = DriverManager.getConnection(pgBaseUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema, e);
        }
    }
}
