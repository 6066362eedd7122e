package io.eventinspector.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/** SQLite files laid out as the gateway itself (GORM) writes them: BLOB payloads, text timestamps. */
public final class GatewayFiles {
    private GatewayFiles() {
    }

    /** One gateway row: id, type, session id, payload JSON text, and the timestamp text the gateway writes. */
    public record Row(String id, String type, String sessionId, String json, String timestamp) {
    }

    /**
     * One row as SQLite stores it in the {@code data bytea} layout: {@code data} is a {@code String} (stored as
     * TEXT) or {@code byte[]} (BLOB); {@code timestamp} is Go's time text, a {@code Long} (integer epoch seconds
     * or milliseconds), {@code null}, or any other text.
     */
    public record StoredRow(String id, String type, String sessionId, Object data, Object timestamp) {
    }

    public static Path create(Path file, Row... rows) throws SQLException {
        StoredRow[] stored = Arrays.stream(rows).map(row -> new StoredRow(row.id(), row.type(), row.sessionId(),
                row.json().getBytes(StandardCharsets.UTF_8), row.timestamp())).toArray(StoredRow[]::new);
        return create(file, List.of("CREATE TABLE `events` (`id` text,`type` text NOT NULL,`session_id` text NOT NULL,"
                + "`data` blob,`timestamp` datetime NOT NULL,`created_at` datetime,PRIMARY KEY (`id`))"), stored);
    }

    /**
     * The layout of the gateway's model declaring {@code data} as {@code bytea}, which GORM writes as is on SQLite
     * too; its {@code timestamp} takes NULL (rows with none were found in real files). SQLite keeps each value's
     * own storage class, so payloads may be TEXT or BLOB and times text, integers or NULL.
     */
    public static Path createByteaLayout(Path file, StoredRow... rows) throws SQLException {
        return create(file, List.of("CREATE TABLE `events` (`id` varchar(255),`type` varchar(50) NOT NULL,"
                + "`session_id` varchar(255) NOT NULL,`data` bytea,`timestamp` datetime,`created_at` datetime,"
                + "PRIMARY KEY (`id`))",
                "CREATE INDEX `idx_events_session_timestamp` ON `events`(`session_id`,`timestamp` DESC)"), rows);
    }

    /** Runs {@code ddl}, then inserts each row with its values' own types (a byte[] is a BLOB, a String TEXT). */
    private static Path create(Path file, List<String> ddl, StoredRow... rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO events VALUES (?, ?, ?, ?, ?, NULL)")) {
                for (StoredRow row : rows) {
                    insert.setString(1, row.id());
                    insert.setString(2, row.type());
                    insert.setString(3, row.sessionId());
                    insert.setObject(4, row.data());
                    insert.setObject(5, row.timestamp());
                    insert.executeUpdate();
                }
            }
        }
        return file;
    }
}
