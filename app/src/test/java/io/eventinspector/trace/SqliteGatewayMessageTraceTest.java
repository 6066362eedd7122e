package io.eventinspector.trace;

import io.eventinspector.event.Event;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.GatewayFiles;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The scan path: a gateway's own SQLite file (GORM layout, Go's time text), which has no message index. */
class SqliteGatewayMessageTraceTest extends MessageTraceContract {
    /** Go's time text as the gateway's SQLite driver writes it, at +01:00 so the offset is read. */
    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSSxxx")
            .withZone(ZoneOffset.ofHours(1));

    @TempDir
    Path folder;
    private final List<Database> opened = new ArrayList<>();

    @Override
    protected EventStore storeWith(List<Event> events) throws Exception {
        Path file = GatewayFiles.create(folder.resolve("gateway-" + UUID.randomUUID() + ".db"), events.stream()
                .map(event -> new GatewayFiles.Row(event.id(), event.type(), event.sessionId(), event.dataJson(),
                        GO_TIME.format(event.timestamp())))
                .toArray(GatewayFiles.Row[]::new));
        Database database = Database.open(StoreUrl.sqlite(file));
        opened.add(database);
        return database.events();
    }

    @Override
    protected boolean indexed() {
        return false;
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }
}
