package io.eventinspector.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings our own store's schema to this build's newest migration with Flyway, from the dialect's migration
 * folder and in the URL's schema if it names one; skips Flyway altogether when the history already ends there.
 */
final class SchemaMigration {
    private final DataSource dataSource;
    private final StoreDialect dialect;
    private final StoreUrl url;
    /** Where the database is, for messages: the file path or the redacted URL. */
    private final String where;

    SchemaMigration(DataSource dataSource, StoreDialect dialect, StoreUrl url, String where) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.url = url;
        this.where = where;
    }

    void migrate() {
        // Flyway scans the jar for migrations and checks them all, ~150 ms of every open (and of the desktop's
        // start): not needed when the history already ends at this build's newest migration with none failed.
        if (schemaIsCurrent()) {
            return;
        }
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrations())
                .failOnMissingLocations(true);
        url.currentSchema().ifPresent(schema -> configuration.schemas(schema).createSchemas(true));
        try {
            configuration.load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot prepare the schema of " + where + ": " + Database.rootMessage(e),
                    e);
        }
    }

    /** Whether the newest row of Flyway's history is {@link StoreDialect#latestMigration()} and no row failed. */
    private boolean schemaIsCurrent() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery(
                     "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank DESC")) {
            if (!history.next() || !dialect.latestMigration().equals(history.getString(1))) {
                return false;
            }
            do {
                if (!history.getBoolean(2)) {
                    return false;
                }
            } while (history.next());
            return true;
        } catch (SQLException e) {
            return false; // no history yet, a new store: Flyway makes it
        }
    }
}
