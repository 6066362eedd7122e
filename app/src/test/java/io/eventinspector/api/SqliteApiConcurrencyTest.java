package io.eventinspector.api;

import io.eventinspector.store.Database;
import io.eventinspector.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteApiConcurrencyTest extends ApiConcurrencyContract {
    @TempDir
    Path folder;

    @Override
    protected Database open() {
        return TestDatabases.sqlite(folder);
    }
}
