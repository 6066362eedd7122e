package io.eventinspector.testing;

import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the contract suites: a fresh store per test from the subclass's database, closed afterwards. */
public abstract class OpenStoreContract {
    protected Database database;
    protected EventStore store;

    /** A new, empty database; one subclass per SQLite and PostgreSQL. */
    protected abstract Database open();

    @BeforeEach
    void openStore() {
        database = open();
        store = database.events();
    }

    @AfterEach
    void closeStore() {
        database.close();
    }
}
