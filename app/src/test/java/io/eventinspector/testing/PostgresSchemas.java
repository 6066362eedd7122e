package io.eventinspector.testing;

import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh PostgreSQL schemas for one test, all dropped after it:
 * {@code @RegisterExtension final PostgresSchemas schemas = new PostgresSchemas();} then {@code schemas.open()}.
 */
public final class PostgresSchemas implements AfterEachCallback {
    private final List<String> urls = new ArrayList<>();

    /** A URL selecting a new, empty schema (see {@link TestDatabases#freshPostgresUrl()}). */
    public String freshUrl() {
        String url = TestDatabases.freshPostgresUrl();
        urls.add(url);
        return url;
    }

    /** Our own store, migrated, in a new schema. */
    public Database open() {
        return Database.open(StoreUrl.parse(freshUrl(), Optional.empty(), Optional.empty()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        urls.forEach(TestDatabases::dropSchema);
        urls.clear();
    }
}
