package io.eventinspector.store;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

import com.zaxxer.hikari.HikariConfig;
import io.eventinspector.event.Event;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * A gateway's PostgreSQL database: GORM's {@code data bytea} of UTF-8 JSON bytes and {@code timestamp timestamptz},
 * or the spec's {@code data JSONB} and {@code timestamp TIMESTAMP} (taken as UTC). PostgreSQL keeps microseconds,
 * so the layout truncates to milliseconds in SQL as well, keeping cursors exact. A NULL or infinite time cannot be
 * read: it sorts as {@link Event#UNREADABLE_TIMESTAMP} and is marked.
 */
final class PostgresGatewaySchema implements GatewaySchema {
    private static final Set<String> TEXT = Set.of("text", "character varying", "character");
    private static final Set<String> PAYLOAD = Set.of("bytea", "jsonb", "json", "text", "character varying");
    private static final Set<String> TIME = Set.of("timestamp with time zone", "timestamp without time zone");

    @Override
    public Optional<Map<String, String>> foreignEventColumns(StoreUrl url) throws SQLException {
        Properties properties = new Properties();
        url.user().ifPresent(user -> properties.setProperty("user", user));
        url.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("readOnly", "true");
        properties.setProperty("connectTimeout", "5");
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), properties);
             Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery("SELECT count(*) FILTER (WHERE table_name = 'events'), "
                    + "count(*) FILTER (WHERE table_name = 'flyway_schema_history') FROM information_schema.tables "
                    + "WHERE table_schema = current_schema()")) {
                tables.next();
                if (tables.getInt(1) == 0 || tables.getInt(2) > 0) {
                    return Optional.empty();
                }
            }
            Map<String, String> columns = new HashMap<>();
            try (ResultSet info = statement.executeQuery("SELECT column_name, data_type FROM "
                    + "information_schema.columns WHERE table_schema = current_schema() AND table_name = 'events'")) {
                while (info.next()) {
                    columns.put(info.getString(1).toLowerCase(), info.getString(2).toLowerCase());
                }
            }
            return Optional.of(columns);
        }
    }

    @Override
    public void configurePool(HikariConfig config, StoreUrl url, boolean allowWrites) {
        config.setMaximumPoolSize(8);
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        if (!allowWrites) {
            // The JDBC read-only flag alone leaves auto-commit statements writable; the session default does not.
            config.setReadOnly(true);
            config.setConnectionInitSql("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
        }
    }

    @Override
    public EventTable table(GatewayColumns columns) {
        columns.require("id", TEXT::contains, "text");
        columns.require("type", TEXT::contains, "text");
        columns.require("session_id", TEXT::contains, "text");
        String payload = columns.require("data", PAYLOAD::contains, "bytea, jsonb, json or text");
        String time = columns.require("timestamp", TIME::contains, "timestamptz or timestamp");
        Field<Object> data = field(name("data"));
        Field<Object> timestamp = field(name("timestamp"));
        boolean bytes = payload.equals("bytea");
        String truncated = time.equals("timestamp with time zone")
                ? "date_trunc('milliseconds', {0})"
                : "(date_trunc('milliseconds', {0}) at time zone 'UTC')";
        // NULL (where the column allows it) and 'infinity'/'-infinity' are no instant: they sort as the placeholder.
        Condition readable = condition("coalesce(isfinite({0}), false)", timestamp);
        return new EventTable(true,
                field(name("id"), SQLDataType.VARCHAR),
                field(name("type"), SQLDataType.VARCHAR),
                field(name("session_id"), SQLDataType.VARCHAR),
                new EventTable.Payload(
                        bytes ? field(name("data"), SQLDataType.BLOB.asConvertedDataType(JSON_FROM_BYTES))
                                : field("cast({0} as text)", SQLDataType.CLOB.asConvertedDataType(JSON_FROM_TEXT),
                                        data),
                        bytes ? field("convert_from({0}, 'UTF8')", SQLDataType.CLOB, data)
                                : field("cast({0} as text)", SQLDataType.CLOB, data)),
                new EventTable.Time(
                        field("case when {0} then {1} else {2} end", SQLDataType.INSTANT, readable,
                                field(truncated, SQLDataType.INSTANT, timestamp),
                                inline(Event.UNREADABLE_TIMESTAMP, SQLDataType.INSTANT)),
                        readable),
                field(name("created_at"), SQLDataType.INSTANT));
    }
}
