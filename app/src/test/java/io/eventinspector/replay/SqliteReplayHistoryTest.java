package io.eventinspector.replay;

import io.eventinspector.store.Database;
import io.eventinspector.testing.TestDatabases;

class SqliteReplayHistoryTest extends ReplayHistoryContract {
    @Override
    protected Database open() {
        return TestDatabases.sqlite(folder.resolve("history"));
    }
}
