package io.eventinspector.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.eventinspector.secrets.Redaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open database: the connection pool, the jOOQ context for its dialect (rendering no schema name, so the
 * same query runs on SQLite and PostgreSQL) and an applied schema. Opening migrates our own schema; a gateway's
 * own database is recognised instead and opened read-only, untouched. Every failure to open is a
 * {@link StoreException} that says what, where and why.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static {
        // jOOQ prints a banner and tips on first use; a command-line tool's output must stay clean.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final StoreUrl url;
    private final StoreDialect dialect;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final EventTable table;
    private final StoreAccess access;
    private final WriteGate writeGate;
    /** Present on our own PostgreSQL store: indexes payloads behind ingest. Never for a gateway's database. */
    private final Optional<SearchIndexer> searchIndexer;
    /** None for a gateway's table; complete once the events stored before the index are in it (see start). */
    private volatile MessageIndexState messageIndex;

    private Database(StoreUrl url, StoreDialect dialect, HikariDataSource dataSource, EventTable table,
                     StoreAccess access) {
        this.url = url;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.table = table;
        this.access = access;
        this.writeGate = dialect.singleWriter() ? WriteGate.fair() : WriteGate.NONE;
        this.dsl = DSL.using(dataSource, dialect.sqlDialect(), new Settings()
                .withRenderSchema(false)
                .withExecuteLogging(false));
        dialect.executeListener().ifPresent(listener ->
                dsl.configuration().set(new DefaultExecuteListenerProvider(listener)));
        this.searchIndexer = table.gateway ? Optional.empty() : dialect.searchIndexer(dsl, writeGate);
        this.messageIndex = table.gateway ? MessageIndexState.NONE : MessageIndexState.INCOMPLETE;
    }

    /** {@link #open(StoreUrl, boolean)} without {@code --allow-writes}. */
    public static Database open(StoreUrl url) {
        return open(url, false);
    }

    /**
     * Opens the store at {@code url}. Our own store is created (a SQLite file and its folder) when absent and
     * migrated. A database whose {@code events} table our migrations did not create (no Flyway history) is a
     * gateway's own: its layout is recognised from its columns and it is opened read-only, with no migration and
     * no setting changed; {@code allowGatewayWrites} ({@code --allow-writes}) only lets cleanup delete there.
     * The first open of our own store by a version with the message index indexes the events already stored
     * (with progress in the log), so every command on it finds a complete index.
     */
    public static Database open(StoreUrl url, boolean allowGatewayWrites) {
        StoreDialect dialect = StoreDialect.of(url.kind());
        GatewaySchema gateway = dialect.gatewaySchema();
        Optional<Map<String, String>> gatewayColumns = inspect(url, gateway);
        if (gatewayColumns.isPresent()) {
            EventTable table = gateway.table(new GatewayColumns(gatewayColumns.get(), where(url)));
            HikariDataSource dataSource = connect(url, config -> gateway.configurePool(config, url,
                    allowGatewayWrites));
            return start(new Database(url, dialect, dataSource, table,
                    StoreAccess.gateway(where(url), allowGatewayWrites)), false);
        }
        url.file().ifPresent(Database::prepareFile);
        HikariDataSource dataSource = connect(url, config -> dialect.configurePool(config, url));
        return start(new Database(url, dialect, dataSource, new EventTable(dialect),
                StoreAccess.readWrite(where(url))), true);
    }

    private static Database start(Database database, boolean migrate) {
        try {
            database.probe();
            if (migrate) {
                new SchemaMigration(database.dataSource, database.dialect, database.url, database.where())
                        .migrate();
                database.completeMessageIndex();
            }
            database.searchIndexer.ifPresent(SearchIndexer::start);
            return database;
        } catch (RuntimeException e) {
            database.dataSource.close();
            throw e;
        }
    }

    /**
     * Indexes the messages of events stored before the index existed, if the fill has not finished yet (one
     * tiny read when it has). A fill that fails leaves the store usable: lookups then scan as on a gateway's
     * table, and the next open resumes the fill where it stopped.
     */
    private void completeMessageIndex() {
        MessageIndexFill fill = new MessageIndexFill(dsl, dialect, table, writeGate, info().displayName(),
                MessageIndexFill.BATCH);
        try {
            if (!fill.isDone()) {
                fill.run();
            }
            messageIndex = MessageIndexState.COMPLETE;
        } catch (DataAccessException e) {
            LOG.warn("Could not finish indexing the messages in {}; message traces scan its events until the next"
                    + " open finishes it: {}", info().displayName(), rootMessage(e), e);
        }
    }

    /** The columns of a gateway's events table, found over one read-only connection before any pool exists. */
    private static Optional<Map<String, String>> inspect(StoreUrl url, GatewaySchema gateway) {
        try {
            return gateway.foreignEventColumns(url);
        } catch (SQLException e) {
            if (isNotADatabase(e)) {
                throw notADatabase(url, e);
            }
            throw new StoreException("cannot connect to " + url.kind().displayName() + " at " + url.redacted()
                    + ": " + rootMessage(e), e);
        }
    }

    private static void prepareFile(Path file) {
        Path parent = file.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create folder " + parent + " for SQLite database " + file + ": "
                    + e.getMessage(), e);
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot open SQLite database " + file + ": it is a folder, not a file");
        }
    }

    private static HikariDataSource connect(StoreUrl url, Consumer<HikariConfig> settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setPoolName("event-store");
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(1);
        settings.accept(config);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            if (isNotADatabase(e)) {
                throw notADatabase(url, e);
            }
            throw new StoreException("cannot connect to " + url.kind().displayName() + " at " + url.redacted()
                    + ": " + rootMessage(e), e);
        }
    }

    /** Touches the file or server once, so a file that is not a database is reported as such, not as a migration. */
    private void probe() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(url.kind() == StoreKind.SQLITE ? "SELECT count(*) FROM sqlite_master" : "SELECT 1");
        } catch (SQLException e) {
            if (isNotADatabase(e)) {
                throw notADatabase(url, e);
            }
            throw new StoreException("cannot open " + url.kind().displayName() + " database " + where() + ": "
                    + rootMessage(e), e);
        }
    }

    private static boolean isNotADatabase(Throwable error) {
        return rootMessage(error).contains("SQLITE_NOTADB");
    }

    private static StoreException notADatabase(StoreUrl url, Throwable cause) {
        return new StoreException("cannot open SQLite database " + url.file().orElseThrow()
                + ": the file is not a SQLite database", cause);
    }

    /** Where the database is, for messages: the file path or the redacted URL. */
    public String where() {
        return where(url);
    }

    private static String where(StoreUrl url) {
        return url.file().map(Path::toString).orElseGet(url::redacted);
    }

    public StoreUrl url() {
        return url;
    }

    public StoreKind kind() {
        return url.kind();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    StoreDialect dialect() {
        return dialect;
    }

    /** What may be changed here: everything in our own store, nothing (or only cleanup) in a gateway's. */
    public StoreAccess access() {
        return access;
    }

    /** The event store over this database. */
    public EventStore events() {
        return events(messageIndex);
    }

    /** The event store, keeping the message index or not: benchmarks measure ingest without it. */
    EventStore events(MessageIndexState messageIndex) {
        // A gateway's table has no search index of ours: the text filter scans its decoded payload instead.
        PayloadSearch search = table.gateway ? new ScanPayloadSearch(table.payloadText) : dialect.payloadSearch(table);
        // Nor hourly counts: its histograms count its events directly.
        Optional<HourlyCounts> hourlyCounts = table.gateway ? Optional.empty() : Optional.of(new HourlyCounts(dialect));
        Runnable appended = searchIndexer.<Runnable>map(indexer -> indexer::appended).orElse(() -> { });
        return new JooqEventStore(dsl, new EventStoreSetup(dialect, table, search, info(), access, writeGate,
                hourlyCounts, appended, messageIndex));
    }

    private StoreInfo info() {
        return new StoreInfo(url.shortName(), url.kind(), !access.canAppend());
    }

    /**
     * Indexes every event still waiting for the search index, in the caller's thread; returns how many were
     * waiting (always 0 where appends index their own events). For tests and benchmarks: production leaves it
     * to the background indexer.
     */
    public long indexPendingSearchNow() {
        return searchIndexer.map(SearchIndexer::indexNow).orElse(0L);
    }

    /**
     * Stops the background search indexer for the rest of this session, for a benchmark that times indexing on
     * its own with {@link #indexPendingSearchNow()}. Pending events stay searchable; the next open indexes them.
     */
    public void stopSearchIndexer() {
        searchIndexer.ifPresent(SearchIndexer::close);
    }

    /** The background search indexer, for tests that drive it by hand. */
    Optional<SearchIndexer> searchIndexer() {
        return searchIndexer;
    }

    @Override
    public void close() {
        searchIndexer.ifPresent(SearchIndexer::close);
        dataSource.close();
    }

    /**
     * The first line of the root cause's message (drivers append whole SQL statements and hints below it), with
     * credentials masked: "No suitable driver found for jdbc:…?password=…" quotes the URL.
     */
    static String rootMessage(Throwable error) {
        String message = Failures.rootMessage(error);
        return Redaction.text(message.lines().findFirst().orElse(message));
    }
}
