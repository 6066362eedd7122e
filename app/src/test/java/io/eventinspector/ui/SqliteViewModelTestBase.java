package io.eventinspector.ui;

import io.eventinspector.store.EventStore;
import io.eventinspector.store.Database;
import io.eventinspector.testing.TestDatabases;
import io.eventinspector.ui.events.FilterViewModel;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The common ground of the plain-JUnit view-model tests over a real store: a fresh SQLite database for each test
 * (closed after it), the same-thread executor the test can hold, the notifications, and the open-store property
 * the window's view models share (empty until the test sets it, as before a store is opened).
 */
public abstract class SqliteViewModelTestBase {
    @TempDir
    protected Path folder;

    protected Database database;
    protected final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    protected final Notifications notifications = new Notifications();
    protected final SimpleObjectProperty<EventStore> store = new SimpleObjectProperty<>();

    @BeforeEach
    protected void openDatabase() {
        database = TestDatabases.sqlite(folder);
    }

    @AfterEach
    protected void closeDatabase() {
        database.close();
    }

    /**
     * The race the view models must win: session s1's query, then a reload of it and, before that runs, session
     * s2's query; the held work then runs in submission order, so the older query finishes first.
     */
    protected void overtakeAnS1QueryWithAnS2Query(FilterViewModel filter, Runnable reload) {
        executor.hold();

        filter.sessionIdProperty().set("s1");
        executor.runAll();
        executor.hold();
        reload.run();
        filter.sessionIdProperty().set("s2");
        executor.runAll();
    }
}
