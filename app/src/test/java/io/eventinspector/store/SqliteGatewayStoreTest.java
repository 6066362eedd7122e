package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.EventQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteGatewayStoreTest extends GatewayStoreContract {
    @TempDir
    Path folder;
    private Path file;

    @BeforeEach
    void name() {
        file = folder.resolve("gateway-" + UUID.randomUUID() + ".db");
    }

    @Override
    protected void create(Layout layout) throws Exception {
        // As GORM's SQLite driver makes it: text PK, BLOB payload, DATETIME holding Go's time text.
        String ddl = layout == Layout.GORM
                ? "CREATE TABLE `events` (`id` text,`type` text NOT NULL,`session_id` text NOT NULL,`data` blob,"
                        + "`timestamp` datetime NOT NULL,`created_at` datetime,PRIMARY KEY (`id`))"
                : "CREATE TABLE events (id VARCHAR(255) PRIMARY KEY, type VARCHAR(50) NOT NULL, "
                        + "session_id VARCHAR(255) NOT NULL, data JSONB, timestamp TIMESTAMP NOT NULL, "
                        + "created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)";
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute(ddl);
            statement.execute("CREATE INDEX idx_events_session_timestamp ON events(session_id, timestamp DESC)");
            statement.execute("CREATE INDEX idx_events_type_timestamp ON events(type, timestamp DESC)");
            statement.execute("CREATE INDEX idx_events_session_type ON events(session_id, type)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (id, type, session_id, "
                    + "data, timestamp, created_at) VALUES (?, ?, ?, ?, ?, '2026-02-04 00:00:00+00:00')")) {
                for (Row row : ROWS) {
                    insert.setString(1, row.id());
                    insert.setString(2, row.type());
                    insert.setString(3, row.session());
                    if (layout == Layout.GORM) {
                        insert.setBytes(4, stored(layout, row).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    } else {
                        insert.setString(4, stored(layout, row));
                    }
                    insert.setString(5, row.timestampText());
                    insert.executeUpdate();
                }
            }
        }
    }

    @Override
    protected void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    protected Database open(boolean allowWrites) {
        return Database.open(StoreUrl.sqlite(file), allowWrites);
    }

    @Override
    protected String where() {
        return file.toAbsolutePath().normalize().toString();
    }

    @Override
    protected boolean specHoldsAnyText() {
        return true;
    }

    /** The file's bytes, the files next to it, and catalog, journal mode and rows read over a read-only connection. */
    @Override
    protected String snapshot() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))))
                .append('\n');
        // A read-only reader of a WAL file must map its -shm index and open its -wal, and cannot delete them when
        // it is the last one out; an empty -wal holds no content, so only a non-empty one counts as a change.
        try (var files = Files.list(folder)) {
            for (Path path : files.sorted().toList()) {
                String name = path.getFileName().toString();
                if (!name.endsWith("-shm") && !(name.endsWith("-wal") && Files.size(path) == 0)) {
                    out.append(name).append(' ').append(Files.size(path)).append('\n');
                }
            }
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly);
             Statement statement = connection.createStatement()) {
            for (String query : new String[] {
                    "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name",
                    "PRAGMA journal_mode", "PRAGMA auto_vacuum", "PRAGMA user_version",
                    "SELECT count(*) FROM events",
                    "SELECT id || '|' || hex(data) || '|' || timestamp FROM events ORDER BY id"}) {
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
    void aGatewayFileInWalModeKeepsItsJournalModeAndBytes() throws Exception {
        create(Layout.GORM);
        execute("PRAGMA journal_mode=WAL");
        String before = snapshot();
        assertThat(before).contains("\nwal\n");
        try (Database database = open(false)) {
            assertThat(database.events().count(EventQuery.all())).isEqualTo(6);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void ourOwnStoreIsStillCreatedAndMigrated() {
        try (Database database = open(false)) {
            assertThat(database.access().isGateway()).isFalse();
            assertThat(database.events().info().readOnly()).isFalse();
            assertThat(database.dsl().fetchValue("SELECT count(*) FROM flyway_schema_history")).isNotNull();
        }
        try (Database again = open(false)) {
            assertThat(again.access().canAppend()).isTrue();
        }
    }
}
