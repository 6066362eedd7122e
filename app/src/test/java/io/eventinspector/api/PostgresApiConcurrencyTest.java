package io.eventinspector.api;

import io.eventinspector.store.Database;
import io.eventinspector.testing.PostgresSchemas;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresApiConcurrencyTest extends ApiConcurrencyContract {
    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected Database open() {
        return schemas.open();
    }
}
