package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresGatewayStoreTest extends GatewayStoreContract {
    private String url;

    @BeforeEach
    void freshSchema() {
        url = TestDatabases.freshPostgresUrl();
    }

    @AfterEach
    void dropSchema() {
        TestDatabases.dropSchema(url);
    }

    @Override
    protected void create(Layout layout) throws Exception {
        // GORM's AutoMigrate for the gateway's Event model, or the spec's schema section verbatim.
        String ddl = layout == Layout.GORM
                ? "CREATE TABLE \"events\" (\"id\" text,\"type\" text NOT NULL,\"session_id\" text NOT NULL,"
                        + "\"data\" bytea,\"timestamp\" timestamptz NOT NULL,\"created_at\" timestamptz,"
                        + "PRIMARY KEY (\"id\"))"
                : "CREATE TABLE events (id VARCHAR(255) PRIMARY KEY, type VARCHAR(50) NOT NULL, "
                        + "session_id VARCHAR(255) NOT NULL, data JSONB, timestamp TIMESTAMP NOT NULL, "
                        + "created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)";
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(ddl);
            statement.execute("CREATE INDEX idx_events_session_timestamp ON events(session_id, timestamp DESC)");
            statement.execute("CREATE INDEX idx_events_type_timestamp ON events(type, timestamp DESC)");
            statement.execute("CREATE INDEX idx_events_session_type ON events(session_id, type)");
            String insert = layout == Layout.GORM
                    ? "INSERT INTO events (id, type, session_id, data, timestamp, created_at) "
                            + "VALUES (?, ?, ?, ?, ?::timestamptz, now())"
                    : "INSERT INTO events (id, type, session_id, data, timestamp) "
                            + "VALUES (?, ?, ?, ?::jsonb, ?::timestamp)";
            try (PreparedStatement statementForRow = connection.prepareStatement(insert)) {
                for (Row row : ROWS) {
                    statementForRow.setString(1, row.id());
                    statementForRow.setString(2, row.type());
                    statementForRow.setString(3, row.session());
                    if (layout == Layout.GORM) {
                        statementForRow.setBytes(4, stored(layout, row).getBytes(StandardCharsets.UTF_8));
                        statementForRow.setString(5, row.timestampText());
                    } else {
                        statementForRow.setString(4, stored(layout, row));
                        statementForRow.setString(5, row.utcWallTime());
                    }
                    statementForRow.executeUpdate();
                }
            }
        }
    }

    /**
     * A typed {@code timestamptz} holds only times, NULL (where the column allows it) and PostgreSQL's
     * {@code infinity} and {@code -infinity}, which are no instant either.
     */
    @Override
    protected List<TimedRow> createWithOddTimes() throws Exception {
        List<TimedRow> rows = List.of(
                TimedRow.at("recent", "{\"word\":\"apple\"}", "2026-03-09T09:00:00.500Z"),
                TimedRow.unreadable("null-time", "{\"word\":\"banana\"}"),
                TimedRow.unreadable("minus-infinity", "{\"word\":\"cherry\"}"),
                TimedRow.unreadable("infinity", "{\"word\":\"damson\"}"),
                TimedRow.at("expired", "{\"word\":\"elder\"}", "2026-01-05T00:00:00Z"));
        List<String> stored = List.of("2026-03-09 10:00:00.5+01:00", "", "-infinity", "infinity",
                "2026-01-05 00:00:00+00");
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE \"events\" (\"id\" text,\"type\" text NOT NULL,"
                    + "\"session_id\" text NOT NULL,\"data\" bytea,\"timestamp\" timestamptz,"
                    + "\"created_at\" timestamptz,PRIMARY KEY (\"id\"))");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (id, type, session_id, "
                    + "data, timestamp, created_at) VALUES (?, 'message.received', 's1', ?, "
                    + "nullif(?, '')::timestamptz, now())")) {
                for (int i = 0; i < rows.size(); i++) {
                    insert.setString(1, rows.get(i).id());
                    insert.setBytes(2, rows.get(i).payload().getBytes(StandardCharsets.UTF_8));
                    insert.setString(3, stored.get(i));
                    insert.executeUpdate();
                }
            }
        }
        return rows;
    }

    @Override
    protected void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    protected Database open(boolean allowWrites) {
        return Database.open(StoreUrl.parse(url, Optional.empty(), Optional.empty()), allowWrites);
    }

    @Override
    protected String where() {
        return url;
    }

    @Override
    protected boolean specHoldsAnyText() {
        return false;
    }

    /** Relations of the schema with kind and index definition, columns, and the rows' count, contents and versions. */
    @Override
    protected String snapshot() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            for (String query : new String[] {
                    "SELECT c.relname || ' ' || c.relkind::text || ' ' || coalesce(pg_get_indexdef(c.oid), '') "
                            + "FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
                            + "ORDER BY c.relname",
                    "SELECT column_name || ' ' || data_type FROM information_schema.columns "
                            + "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position",
                    "SELECT count(*) FROM events",
                    "SELECT md5(string_agg(e::text, '|' ORDER BY id)) FROM events e",
                    // Any rewrite of a row, even to the same values, gives it a new xmin.
                    "SELECT string_agg(xmin::text, ',' ORDER BY id) FROM events"}) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        out.append(rows.getString(1)).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    @Test
    void everyConnectionIsReadOnlyEvenInAutoCommit() throws Exception {
        create(Layout.GORM);
        try (Database database = open(false)) {
            assertThat(database.dsl().fetchValue("SHOW transaction_read_only")).isEqualTo("on");
            assertThatThrownBy(() -> database.dsl().execute("UPDATE events SET type = 'x'"))
                    .hasMessageContaining("read-only transaction");
        }
    }

    @Test
    void ourOwnSchemaIsStillMigrated() {
        try (Database database = open(false)) {
            assertThat(database.access().isGateway()).isFalse();
            assertThat(database.dsl().fetchValue("SELECT count(*) FROM flyway_schema_history")).isNotNull();
        }
    }
}
