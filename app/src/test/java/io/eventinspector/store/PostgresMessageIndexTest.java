package io.eventinspector.store;

import io.eventinspector.testing.PostgresSchemas;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMessageIndexTest extends MessageIndexContract {
    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected StoreUrl freshUrl() {
        return StoreUrl.parse(schemas.freshUrl(), Optional.empty(), Optional.empty());
    }
}
