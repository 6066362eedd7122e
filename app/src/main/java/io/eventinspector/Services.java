package io.eventinspector;

import io.eventinspector.config.AppConfig;
import io.eventinspector.replay.JooqReplayHistory;
import io.eventinspector.replay.ReplayService;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import java.time.Clock;

/**
 * The composition root: builds every service once, from the configuration and an open database, for whichever
 * front end runs (CLI, HTTP API, desktop). Front ends take what they need from here and nothing else wires.
 */
public final class Services implements AutoCloseable {
    private final AppConfig config;
    private final Database database;
    private final Clock clock;
    private ReplayService replay;

    public Services(AppConfig config, Database database, Clock clock) {
        this.config = config;
        this.database = database;
        this.clock = clock;
    }

    public AppConfig config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public EventStore events() {
        return database.events();
    }

    public Clock clock() {
        return clock;
    }

    /** Built on first use, so a bad replay setting only stops the commands that replay. */
    public synchronized ReplayService replay() {
        if (replay == null) {
            replay = ReplayService.create(events(), new JooqReplayHistory(database), config.replaySettings(), clock);
        }
        return replay;
    }

    @Override
    public void close() {
        database.close();
    }
}
