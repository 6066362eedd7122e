package io.eventinspector.replay;

import io.eventinspector.store.Database;
import io.eventinspector.testing.PostgresSchemas;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresReplayHistoryTest extends ReplayHistoryContract {
    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected Database open() {
        return schemas.open();
    }
}
