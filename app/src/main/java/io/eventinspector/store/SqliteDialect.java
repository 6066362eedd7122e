package io.eventinspector.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;
import java.time.Instant;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;

/**
 * SQLite: every time column is INTEGER epoch milliseconds UTC (smaller, faster indexes than ISO text, and one
 * representation so comparisons never mix integers with text); WAL with a large page cache; incremental
 * auto-vacuum so a retention run can give space back. See docs/decisions/0002-sqlite-timestamps.md.
 */
final class SqliteDialect implements StoreDialect {
    /** 256 MiB of page cache per connection (negative = KiB), far above SQLite's 2 MB default. */
    private static final String CACHE_SIZE_KIB = "-262144";

    @Override
    public StoreKind kind() {
        return StoreKind.SQLITE;
    }

    @Override
    public SQLDialect sqlDialect() {
        return SQLDialect.SQLITE;
    }

    @Override
    public String migrations() {
        return "classpath:db/migration/sqlite";
    }

    @Override
    public DataType<Instant> instantType() {
        return SQLDataType.BIGINT.asConvertedDataType(
                Converter.ofNullable(Long.class, Instant.class, Instant::ofEpochMilli, Instant::toEpochMilli));
    }

    @Override
    public DataType<String> jsonType() {
        return SQLDataType.CLOB;
    }

    @Override
    public void configurePool(HikariConfig config, StoreUrl url) {
        config.setMaximumPoolSize(4);
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("cache_size", CACHE_SIZE_KIB);
        config.addDataSourceProperty("busy_timeout", "10000");
        config.addDataSourceProperty("temp_store", "MEMORY");
        config.addDataSourceProperty("auto_vacuum", "INCREMENTAL");
    }

    @Override
    public int deleteBatch(DSLContext dsl, EventTable table, Instant cutoff, int batchSize) {
        var rowid = field(name("rowid"), Long.class);
        return dsl.deleteFrom(table.table)
                .where(rowid.in(select(rowid).from(table.table).where(table.timestamp.lt(cutoff)).limit(batchSize)))
                .execute();
    }

    @Override
    public void afterDeleteBatch(DSLContext dsl) {
        // Without a checkpoint between batches the WAL grows by every deleted page (1.5 GB per 300k events).
        dsl.fetch("PRAGMA wal_checkpoint(PASSIVE)");
    }

    @Override
    public void afterDeletion(DSLContext dsl) {
        dsl.fetch("PRAGMA incremental_vacuum");
        dsl.fetch("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    @Override
    public PayloadSearch payloadSearch(EventTable table) {
        return new Fts5PayloadSearch();
    }

    @Override
    public Field<Instant> bucketStart(Field<Instant> timestamp, Duration width) {
        // Integer division of epoch millis: the whole bucket computation stays inside SQLite's VM.
        return field("({0} / {1}) * {1}", instantType(), timestamp, inline(width.toMillis()));
    }
}
