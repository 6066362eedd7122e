package io.eventinspector;

import io.eventinspector.config.AppConfig;
import io.eventinspector.config.DatabaseSettings;
import io.eventinspector.config.UserRetentionPreferences;
import io.eventinspector.export.EventExporter;
import io.eventinspector.retention.CleanupScheduler;
import io.eventinspector.retention.EventCleanup;
import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.replay.JooqReplayHistory;
import io.eventinspector.replay.ReplayService;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.trace.MessageTraces;
import java.time.Clock;

/**
 * The composition root: builds every service once, from the configuration and an open database, for whichever
 * front end runs (CLI, HTTP API, desktop). Front ends take what they need from here and nothing else wires.
 */
public final class Services implements AutoCloseable {
    private final AppConfig config;
    private final Database database;
    private final Clock clock;
    private final EventCleanup cleanup;
    private CleanupScheduler cleanupScheduler;
    private ReplayService replay;
    /** The user's own local store, opened for replay history when the events come from a gateway's database. */
    private Database localStore;

    public Services(AppConfig config, Database database, Clock clock) {
        this.config = config;
        this.database = database;
        this.clock = clock;
        this.cleanup = new EventCleanup(database.events(), clock);
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

    /** Streams query results as NDJSON or CSV (CLI export, GET /api/events/export). */
    public EventExporter exporter() {
        return new EventExporter(events());
    }

    /** Message traces and delivery health (CLI trace and health, /api/messages, the window's Trace and Health). */
    public MessageTraces traces() {
        return new MessageTraces(events());
    }

    /** Manual cleanup and its dry run; shares its lock with the scheduler, so two cleanups never overlap. */
    public EventCleanup cleanup() {
        return cleanup;
    }

    /**
     * The daily cleanup, built on first use from the saved preferences and the environment (not started: the
     * long-running front ends start it).
     */
    public synchronized CleanupScheduler cleanupScheduler() {
        if (cleanupScheduler == null) {
            cleanupScheduler = new CleanupScheduler(cleanup, config.retention(
                    UserRetentionPreferences.forCurrentUser(), RetentionOverrides.NONE), clock);
        }
        return cleanupScheduler;
    }

    /** Built on first use, so a bad replay setting only stops the commands that replay. */
    public synchronized ReplayService replay() {
        if (replay == null) {
            replay = ReplayService.create(events(), replayHistory(), config.replaySettings(), clock);
        }
        return replay;
    }

    /**
     * Where replays are recorded: this store, or, when it is a gateway's own (read-only) database, the user's own
     * local store ({@code events.db} in the data folder), so replaying from a gateway never writes to it.
     */
    public synchronized JooqReplayHistory replayHistory() {
        if (!database.access().isGateway()) {
            return new JooqReplayHistory(database);
        }
        if (localStore == null) {
            localStore = Database.open(StoreUrl.sqlite(DatabaseSettings.defaultFile(config.env())));
        }
        return new JooqReplayHistory(localStore);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (cleanupScheduler != null) {
                cleanupScheduler.close();
            }
        }
        database.close();
        synchronized (this) {
            if (localStore != null) {
                localStore.close();
            }
        }
    }
}
