package io.eventinspector.store;

import io.eventinspector.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

class PostgresSearchAndExportTest extends SearchAndExportContract {
    private final List<String> urls = new ArrayList<>();

    @Override
    protected Database open() {
        String url = TestDatabases.freshPostgresUrl();
        urls.add(url);
        return Database.open(StoreUrl.parse(url, Optional.empty(), Optional.empty()));
    }

    @AfterEach
    void dropSchemas() {
        urls.forEach(TestDatabases::dropSchema);
    }
}
