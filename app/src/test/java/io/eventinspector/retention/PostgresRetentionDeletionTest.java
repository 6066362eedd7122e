package io.eventinspector.retention;

import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.TestDatabases;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

class PostgresRetentionDeletionTest extends RetentionDeletionContract {
    private String url;

    @Override
    protected Database open() {
        url = TestDatabases.freshPostgresUrl();
        return Database.open(StoreUrl.parse(url, Optional.empty(), Optional.empty()));
    }

    @AfterEach
    void dropSchema() {
        TestDatabases.dropSchema(url);
    }
}
