package io.eventinspector.store;

import io.eventinspector.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteSchemaHistoryTest extends SchemaHistoryContract {
    @TempDir
    Path folder;

    @Override
    protected Database open() {
        return TestDatabases.sqlite(folder);
    }
}
