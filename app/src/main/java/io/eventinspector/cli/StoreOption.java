package io.eventinspector.cli;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.DatabaseSettings;
import io.eventinspector.config.Env;
import io.eventinspector.store.Database;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command has. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "URL",
            description = "Store: jdbc:sqlite:PATH, a file path, or jdbc:postgresql://HOST:PORT/DB "
                    + "(default: $WHATSAPP_DB_URL, else events.db in the user data folder).")
    String db;

    @Option(names = "--allow-writes",
            description = "Let cleanup delete old events from a gateway's own database (otherwise opened "
                    + "read-only), after a confirmation; nothing is ever added there.")
    boolean allowWrites;

    public Database open() {
        return Database.open(DatabaseSettings.resolve(Optional.ofNullable(db), Env.system()), allowWrites);
    }

    /** The services over the chosen store, wired by the composition root as every front end gets them. */
    public Services openServices(AppConfig config) {
        return new Services(config, open(), Clock.systemUTC());
    }

    /** Whether {@code --allow-writes} was given: commands that delete ask for confirmation before using it. */
    public boolean allowWrites() {
        return allowWrites;
    }
}
