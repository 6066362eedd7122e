package io.eventinspector.store;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

class SqliteMessageIndexTest extends MessageIndexContract {
    @TempDir
    Path folder;

    @Override
    protected StoreUrl freshUrl() {
        return StoreUrl.sqlite(folder.resolve("events-" + UUID.randomUUID() + ".db"));
    }
}
