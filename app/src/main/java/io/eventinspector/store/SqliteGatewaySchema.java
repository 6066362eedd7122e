package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

import com.zaxxer.hikari.HikariConfig;
import io.eventinspector.event.Event;
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
 * A gateway's SQLite file (GORM: {@code data} BLOB, or {@code bytea} as the gateway's model declares it, of UTF-8
 * JSON bytes, stored as BLOB or TEXT; {@code timestamp} DATETIME holding Go's text
 * {@code 2026-02-03 10:30:00.123456789+00:00}). Text timestamps with different offsets do not sort as text, so the
 * layout compares and orders by epoch milliseconds computed in SQL from the text or from an integer (epoch seconds
 * or milliseconds, as some writers store them). A time that cannot be read (NULL, text that is no time) sorts as
 * {@link Event#UNREADABLE_TIMESTAMP} and is marked, never read as a time.
 */
final class SqliteGatewaySchema implements GatewaySchema {
    /** sqlite-jdbc's open flags: read-only, or read-write without create (the file must stay theirs). */
    private static final String OPEN_READ_ONLY = "1";
    private static final String OPEN_READ_WRITE = "2";

    /**
     * Epoch milliseconds of Go's time text, truncated (not rounded, as SQLite's own sub-second parsing does) so
     * SQL agrees with the millisecond precision of everything else: the fraction is cut off before
     * {@code unixepoch} sees the text and its first three digits are added back. The offset ({@code +HH:MM},
     * {@code -HH:MM} or {@code Z}) is kept; text without one is UTC. Text {@code unixepoch} cannot read is NULL.
     */
    private static final String TEXT_MILLIS = """
            case when instr({0}, '.') = 0 then unixepoch({0}) * 1000
            else unixepoch(substr({0}, 1, instr({0}, '.') - 1) || {1}) * 1000
              + cast(substr(substr({0}, instr({0}, '.') + 1, length({0}) - instr({0}, '.') - length({1})) || '000',
                            1, 3) as integer)
            end""";
    private static final String OFFSET_SUFFIX = """
            (case when substr({0}, -6, 1) in ('+', '-') then substr({0}, -6)
                  when upper(substr({0}, -1)) = 'Z' then 'Z' else '' end)""";
    /**
     * Epoch milliseconds of a number, its unit told by its magnitude: below 10^11 seconds (up to the year 5138),
     * below 10^14 milliseconds (from 1973-03-03 on), below 10^17 microseconds, below 10^19 nanoseconds; a real
     * number beyond that (or infinite) is NULL. Integer division truncates, as the text reading does.
     */
    private static final String NUMBER_MILLIS = """
            case when {0} > -1e11 and {0} < 1e11 then cast({0} * 1000 as integer)
                 when {0} > -1e14 and {0} < 1e14 then cast({0} as integer)
                 when {0} > -1e17 and {0} < 1e17 then cast({0} / 1000 as integer)
                 when {0} > -1e19 and {0} < 1e19 then cast({0} / 1000000 as integer)
            end""";
    /** Epoch milliseconds of whatever the column holds: text or a number as above; NULL for NULL and a BLOB. */
    private static final String READABLE_MILLIS = """
            (case when typeof({0}) in ('integer', 'real') then {1}
                  when typeof({0}) = 'text' then {2}
            end)""";
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
        // GORM writes the model's declared type as is: the gateway's "bytea" reaches SQLite too.
        columns.require("data", type -> textual(type) || type.contains("json") || type.equals("bytea"),
                "BLOB, BYTEA, TEXT or JSON");
        columns.require("timestamp", type -> textual(type) || type.contains("date") || type.contains("time"),
                "DATETIME, TIMESTAMP or TEXT");
        Field<Object> data = field(name("data"));
        Field<Long> millis = readableMillis(field(name("timestamp")));
        return new EventTable(true,
                field(name("id"), SQLDataType.VARCHAR),
                field(name("type"), SQLDataType.VARCHAR),
                field(name("session_id"), SQLDataType.VARCHAR),
                new EventTable.Payload(
                        field("cast({0} as blob)", SQLDataType.BLOB.asConvertedDataType(JSON_FROM_BYTES), data),
                        field("cast({0} as text)", SQLDataType.CLOB, data)),
                new EventTable.Time(
                        field("coalesce({0}, {1})", SQLDataType.BIGINT.asConvertedDataType(FROM_MILLIS), millis,
                                inline(Event.UNREADABLE_TIMESTAMP.toEpochMilli())),
                        millis.isNotNull()),
                field(name("created_at"), SQLDataType.BIGINT.asConvertedDataType(FROM_MILLIS)));
    }

    /** The epoch milliseconds of a stored time, NULL where there is none or it cannot be read. */
    private static Field<Long> readableMillis(Field<Object> timestamp) {
        return field(READABLE_MILLIS, SQLDataType.BIGINT, timestamp,
                field(NUMBER_MILLIS, SQLDataType.BIGINT, timestamp),
                field(TEXT_MILLIS, SQLDataType.BIGINT, timestamp,
                        field(OFFSET_SUFFIX, SQLDataType.VARCHAR, timestamp)));
    }

    /** Text or BLOB affinity (SQLite's rules): the column holds whatever was written, which for GORM is text. */
    private static boolean textual(String type) {
        return type.isEmpty() || type.contains("char") || type.contains("clob") || type.contains("text")
                || type.contains("blob");
    }
}
