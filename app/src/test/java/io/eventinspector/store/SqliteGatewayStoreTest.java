package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.EventQuery;
import io.eventinspector.testing.GatewayFiles;
import io.eventinspector.testing.GatewayFiles.StoredRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
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

    /**
     * Go's time text (with and without a fraction), integer epoch seconds, milliseconds, microseconds and
     * nanoseconds (truncated to milliseconds), real seconds, NULL and text that is no time; payloads as TEXT and as
     * BLOB, both of which SQLite keeps in a {@code bytea} column.
     */
    @Override
    protected List<TimedRow> createWithOddTimes() throws Exception {
        List<TimedRow> rows = List.of(
                TimedRow.at("text-recent", "{\"word\":\"apple\"}", "2026-03-09T09:00:00.500Z"),
                TimedRow.at("seconds-recent", "{\"word\":\"banana\"}", "2026-03-09T08:00:00Z"),
                TimedRow.at("millis-recent", "{\"word\":\"cherry\"}", "2026-03-09T07:00:00.123Z"),
                TimedRow.unreadable("null-time", "{\"word\":\"damson\"}"),
                TimedRow.unreadable("garbage-time", "{\"word\":\"elder\"}"),
                TimedRow.at("text-expired", "{\"word\":\"fig\"}", "2026-01-05T00:00:00Z"),
                TimedRow.at("seconds-expired", "{\"word\":\"grape\"}", "2026-01-04T00:00:00Z"),
                TimedRow.at("millis-expired", "{\"word\":\"hazel\"}", "2026-01-03T00:00:00.250Z"),
                TimedRow.at("micros-recent", "{\"word\":\"kiwi\"}", "2026-03-08T00:00:00.001Z"),
                TimedRow.at("nanos-recent", "{\"word\":\"lemon\"}", "2026-03-07T00:00:00.002Z"),
                TimedRow.at("real-seconds", "{\"word\":\"mango\"}", "2026-03-06T00:00:00.500Z"));
        GatewayFiles.createByteaLayout(file,
                stored(rows.get(0), false, "2026-03-09 10:00:00.5+01:00"),
                stored(rows.get(1), true, Instant.parse("2026-03-09T08:00:00Z").getEpochSecond()),
                stored(rows.get(2), false, Instant.parse("2026-03-09T07:00:00.123Z").toEpochMilli()),
                stored(rows.get(3), true, null),
                stored(rows.get(4), false, "yesterday at noon"),
                stored(rows.get(5), true, "2026-01-05 00:00:00+00:00"),
                stored(rows.get(6), false, Instant.parse("2026-01-04T00:00:00Z").getEpochSecond()),
                stored(rows.get(7), true, Instant.parse("2026-01-03T00:00:00.250Z").toEpochMilli()),
                stored(rows.get(8), false, Instant.parse("2026-03-08T00:00:00.001999Z").toEpochMilli() * 1000 + 999),
                stored(rows.get(9), true, Instant.parse("2026-03-07T00:00:00.002Z").getEpochSecond() * 1_000_000_000L
                        + 2_999_999),
                stored(rows.get(10), false, Instant.parse("2026-03-06T00:00:00Z").getEpochSecond() + 0.5));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet classes = statement.executeQuery("SELECT group_concat(typeof(data) || ' ' || "
                     + "typeof(timestamp), ',') FROM (SELECT * FROM events ORDER BY rowid)")) {
            classes.next();
            assertThat(classes.getString(1)).isEqualTo("text text,blob integer,text integer,blob null,"
                    + "text text,blob text,text integer,blob integer,text integer,blob integer,text real");
        }
        return rows;
    }

    private static StoredRow stored(TimedRow row, boolean asBlob, Object timestamp) {
        Object data = asBlob ? row.payload().getBytes(StandardCharsets.UTF_8) : row.payload();
        return new StoredRow(row.id(), "message.received", "s1", data, timestamp);
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
