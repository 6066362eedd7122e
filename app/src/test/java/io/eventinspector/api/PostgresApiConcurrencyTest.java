package io.eventinspector.api;

import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.TestDatabases;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

class PostgresApiConcurrencyTest extends ApiConcurrencyContract {
    private String url;

    @Override
    protected Database open() {
        url = TestDatabases.freshPostgresUrl();
        return Database.open(StoreUrl.parse(url, Optional.empty(), Optional.empty()));
    }

    @AfterEach
    void dropSchema() {
        if (url != null) {
            TestDatabases.dropSchema(url);
        }
    }
}
