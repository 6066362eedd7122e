package io.eventinspector.retention;

import io.eventinspector.store.Database;
import io.eventinspector.testing.PostgresSchemas;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRetentionDeletionTest extends RetentionDeletionContract {
    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected Database open() {
        return schemas.open();
    }
}
