package io.eventinspector.store;

import com.zaxxer.hikari.HikariConfig;
import io.eventinspector.event.InvalidJson;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.jooq.Converter;

/**
 * Reading a gateway's own database: recognising its {@code events} table (one our migrations did not create),
 * opening it so nothing can be written, and mapping whatever its columns hold (JSON bytes or text, text timestamps
 * with offsets and nanoseconds, integer epoch times) onto the {@link EventTable} the query code uses. A time that
 * cannot be read (NULL, text that is no time, infinity) is never guessed: the table says so in
 * {@link EventTable#timeReadable}, so it is marked, matches no time range and is never deleted as old. One
 * implementation per database.
 */
interface GatewaySchema {
    /** A gateway's payload bytes as compact JSON text; bytes that are not JSON come back marked, never failing. */
    Converter<byte[], String> JSON_FROM_BYTES = Converter.ofNullable(byte[].class, String.class,
            bytes -> InvalidJson.compactOrMark(new String(bytes, StandardCharsets.UTF_8)),
            text -> text.getBytes(StandardCharsets.UTF_8));

    /** The same for a payload the database hands over as text. */
    Converter<String, String> JSON_FROM_TEXT = Converter.ofNullable(String.class, String.class,
            InvalidJson::compactOrMark, text -> text);

    /**
     * The columns of {@code events} (lower-case name to lower-case declared type) when the database holds an
     * events table and no Flyway history, i.e. a table our migrations did not create; empty otherwise (our own
     * store, or an empty database we may set up). Connects once, read-only.
     */
    Optional<Map<String, String>> foreignEventColumns(StoreUrl url) throws SQLException;

    /** Pool settings that change nothing in the database (no journal mode, no vacuum mode) and, unless
     * {@code allowWrites}, make every connection read-only. */
    void configurePool(HikariConfig config, StoreUrl url, boolean allowWrites);

    /** The table description for these columns; a missing or unusable column is a {@link StoreException}. */
    EventTable table(GatewayColumns columns);
}
