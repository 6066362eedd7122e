package io.eventinspector.store;

import io.eventinspector.testing.PostgresSchemas;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSchemaHistoryTest extends SchemaHistoryContract {
    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected Database open() {
        return schemas.open();
    }
}
