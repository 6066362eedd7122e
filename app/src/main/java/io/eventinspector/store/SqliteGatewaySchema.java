package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * A gateway's SQLite file (GORM: {@code data} BLOB of UTF-8 JSON bytes, {@code timestamp} DATETIME holding Go's
 * text {@code 2026-02-03 10:30:00.123456789+00:00}). Text timestamps with different offsets do not sort as text,
 * so the layout compares and orders by epoch milliseconds computed from the text.
 */
final class SqliteGatewaySchema implements GatewaySchema {
    /** sqlite-jdbc's open flags: read-only, or read-write without create (the file must stay theirs). */
    private static final String OPEN_READ_ONLY = "1";
    private static final String OPEN_READ_WRITE = "2";

    /**
     * Epoch milliseconds of a text timestamp, truncated (not rounded, as SQLite's own sub-second parsing does) so
     * SQL agrees with the millisecond precision of everything else: the fraction is cut off before
     * {@code unixepoch} sees the text and its first three digits are added back. The offset ({@code +HH:MM},
     * {@code -HH:MM} or {@code Z}) is kept; text without one is UTC. An unreadable value counts as the epoch,
     * so one bad row never fails a page.
     */
    private static final String EPOCH_MILLIS = """
            coalesce(case when typeof({0}) = 'text' then
              case when instr({0}, '.') = 0 then unixepoch({0}) * 1000
              else unixepoch(substr({0}, 1, instr({0}, '.') - 1) || {1}) * 1000
                + cast(substr(substr({0}, instr({0}, '.') + 1, length({0}) - instr({0}, '.') - length({1})) || '000',
                              1, 3) as integer)
              end
            end, 0)""";
    private static final String OFFSET_SUFFIX = """
            (case when substr({0}, -6, 1) in ('+', '-') then substr({0}, -6)
                  when upper(substr({0}, -1)) = 'Z' then 'Z' else '' end)""";
    private static final Converter<Long, Instant> FROM_MILLIS =
            Converter.ofNullable(Long.class, Instant.class, Instant::ofEpochMilli, Instant::toEpochMilli);

    @Override
    public Optional<Map<String, String>> foreignEventColumns(StoreUrl url) throws SQLException {
        Path file = url.file().orElseThrow();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return Optional.empty();
            }
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", OPEN_READ_ONLY);
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), readOnly);
             Statement statement = connection.createStatement()) {
            boolean events = false;
            boolean flyway = false;
            try (ResultSet tables = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name IN ('events', 'flyway_schema_history')")) {
                while (tables.next()) {
                    events |= tables.getString(1).equals("events");
                    flyway |= tables.getString(1).equals("flyway_schema_history");
                }
            }
            if (!events || flyway) {
                return Optional.empty();
            }
            Map<String, String> columns = new HashMap<>();
            try (ResultSet info = statement.executeQuery("PRAGMA table_info(events)")) {
                while (info.next()) {
                    String type = info.getString("type");
                    columns.put(info.getString("name").toLowerCase(), type == null ? "" : type.toLowerCase());
                }
            }
            return Optional.of(columns);
        }
    }

    @Override
    public void configurePool(HikariConfig config, StoreUrl url, boolean allowWrites) {
        config.setMaximumPoolSize(4);
        config.setReadOnly(!allowWrites);
        config.addDataSourceProperty("open_mode", allowWrites ? OPEN_READ_WRITE : OPEN_READ_ONLY);
        // Connection-local settings only: the file's journal and vacuum modes are the gateway's business.
        config.addDataSourceProperty("busy_timeout", "10000");
        config.addDataSourceProperty("cache_size", "-65536");
        config.addDataSourceProperty("temp_store", "MEMORY");
    }

    @Override
    public EventTable table(GatewayColumns columns) {
        columns.require("id", SqliteGatewaySchema::textual, "text");
        columns.require("type", SqliteGatewaySchema::textual, "text");
        columns.require("session_id", SqliteGatewaySchema::textual, "text");
        columns.require("data", type -> textual(type) || type.contains("json"), "BLOB, TEXT or JSON");
        columns.require("timestamp", type -> textual(type) || type.contains("date") || type.contains("time"),
                "DATETIME, TIMESTAMP or TEXT");
        Field<Object> data = field(name("data"));
        Field<Object> timestamp = field(name("timestamp"));
        return new EventTable(true,
                field(name("id"), SQLDataType.VARCHAR),
                field(name("type"), SQLDataType.VARCHAR),
                field(name("session_id"), SQLDataType.VARCHAR),
                field("cast({0} as blob)", SQLDataType.BLOB.asConvertedDataType(JSON_FROM_BYTES), data),
                field("cast({0} as text)", SQLDataType.CLOB, data),
                field(EPOCH_MILLIS, SQLDataType.BIGINT.asConvertedDataType(FROM_MILLIS), timestamp,
                        field(OFFSET_SUFFIX, SQLDataType.VARCHAR, timestamp)),
                field(name("created_at"), SQLDataType.BIGINT.asConvertedDataType(FROM_MILLIS)));
    }

    /** Text or BLOB affinity (SQLite's rules): the column holds whatever was written, which for GORM is text. */
    private static boolean textual(String type) {
        return type.isEmpty() || type.contains("char") || type.contains("clob") || type.contains("text")
                || type.contains("blob");
    }
}
