package io.eventinspector.trace;

import io.eventinspector.event.Event;
import io.eventinspector.event.Timestamps;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/** The scan path on PostgreSQL: the gateway's own table as GORM makes it (bytea payloads, timestamptz). */
class PostgresGatewayMessageTraceTest extends MessageTraceContract {
    private final List<String> urls = new ArrayList<>();
    private final List<Database> opened = new ArrayList<>();

    @Override
    protected EventStore storeWith(List<Event> events) throws Exception {
        String url = TestDatabases.freshPostgresUrl();
        urls.add(url);
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE \"events\" (\"id\" text,\"type\" text NOT NULL,\"session_id\" text NOT NULL,"
                    + "\"data\" bytea,\"timestamp\" timestamptz NOT NULL,\"created_at\" timestamptz,"
                    + "PRIMARY KEY (\"id\"))");
            statement.execute("CREATE INDEX idx_events_session_timestamp ON events(session_id, timestamp DESC)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (id, type, session_id, "
                    + "data, timestamp, created_at) VALUES (?, ?, ?, ?, ?::timestamptz, now())")) {
                for (Event event : events) {
                    insert.setString(1, event.id());
                    insert.setString(2, event.type());
                    insert.setString(3, event.sessionId());
                    insert.setBytes(4, event.dataJson().getBytes(StandardCharsets.UTF_8));
                    insert.setString(5, Timestamps.format(event.timestamp()));
                    insert.executeUpdate();
                }
            }
        }
        Database database = Database.open(StoreUrl.parse(url, Optional.empty(), Optional.empty()));
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
        urls.forEach(TestDatabases::dropSchema);
    }
}
