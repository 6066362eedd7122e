package io.eventinspector.retention;

import io.eventinspector.store.Database;
import io.eventinspector.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteRetentionDeletionTest extends RetentionDeletionContract {
    @TempDir
    Path folder;

    @Override
    protected Database open() {
        return TestDatabases.sqlite(folder);
    }
}
