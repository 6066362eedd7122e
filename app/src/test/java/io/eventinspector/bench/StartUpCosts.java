package io.eventinspector.bench;

import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * One start-up cost, measured once in a fresh JVM (run it once per figure, with the launcher's options and class-data
 * archive, the jar first on the class path so the archive serves):
 * {@code java <options> -cp event-inspector.jar:test-classes io.eventinspector.bench.StartUpCosts WHAT [STORE]}, WHAT
 * one of {@code sqlite-native} (sqlite-jdbc loading its native library), {@code logback} (setting Logback up and
 * the first log line), {@code flyway STORE} (Flyway validating a current store, the pool already open),
 * {@code open STORE} (Database.open of an existing store).
 */
public final class StartUpCosts {
    private StartUpCosts() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        switch (args[0]) {
            case "sqlite-native" -> org.sqlite.SQLiteJDBCLoader.initialize();
            case "logback" -> org.slf4j.LoggerFactory.getLogger(StartUpCosts.class).info("first line");
            case "flyway" -> {
                com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
                config.setJdbcUrl("jdbc:sqlite:" + args[1]);
                try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config)) {
                    start = System.nanoTime();
                    validate(pool);
                    report(args[0], start);
                }
                return;
            }
            case "open" -> Database.open(StoreUrl.sqlite(Path.of(args[1]))).close();
            default -> throw new IllegalArgumentException("unknown cost: " + args[0]);
        }
        report(args[0], start);
    }

    private static void validate(DataSource pool) {
        org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:db/migration/sqlite").load()
                .validate();
    }

    private static void report(String what, long start) {
        System.out.printf("%s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    }
}
