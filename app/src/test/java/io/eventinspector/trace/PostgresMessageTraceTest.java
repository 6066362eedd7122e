package io.eventinspector.trace;

import io.eventinspector.event.Event;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.testing.PostgresSchemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMessageTraceTest extends MessageTraceContract {
    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();
    private final List<Database> opened = new ArrayList<>();

    @Override
    protected EventStore storeWith(List<Event> events) {
        Database database = schemas.open();
        opened.add(database);
        database.events().append(events);
        return database.events();
    }

    @Override
    protected boolean indexed() {
        return true;
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }
}
