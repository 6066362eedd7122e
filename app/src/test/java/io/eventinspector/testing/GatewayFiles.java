package io.eventinspector.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** SQLite files laid out as the gateway itself (GORM) writes them: BLOB payloads, text timestamps. */
public final class GatewayFiles {
    private GatewayFiles() {
    }

    /** One gateway row: id, type, session id, payload JSON text, and the timestamp text the gateway writes. */
    public record Row(String id, String type, String sessionId, String json, String timestamp) {
    }

    public static Path create(Path file, Row... rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE `events` (`id` text,`type` text NOT NULL,`session_id` text NOT NULL,"
                    + "`data` blob,`timestamp` datetime NOT NULL,`created_at` datetime,PRIMARY KEY (`id`))");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO events VALUES (?, ?, ?, ?, ?, NULL)")) {
                for (Row row : rows) {
                    insert.setString(1, row.id());
                    insert.setString(2, row.type());
                    insert.setString(3, row.sessionId());
                    insert.setBytes(4, row.json().getBytes(StandardCharsets.UTF_8));
                    insert.setString(5, row.timestamp());
                    insert.executeUpdate();
                }
            }
        }
        return file;
    }
}
