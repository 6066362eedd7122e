package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.testing.OpenStoreContract;
import org.junit.jupiter.api.Test;

/**
 * Opening a store skips Flyway when its history is current; these show it still migrates, and still refuses,
 * whenever the history is not: one subclass per database.
 */
abstract class SchemaHistoryContract extends OpenStoreContract {
    @Test
    void aNewStoresHistoryEndsAtTheNewestMigration() {
        // Fails when a migration is added without moving StoreDialect#latestMigration to it.
        assertThat(newestVersion()).isEqualTo(database.dialect().latestMigration());
    }

    @Test
    void aStoreWhoseHistoryEndsElsewhereGoesThroughFlyway() {
        database.dsl().execute("UPDATE flyway_schema_history SET version = '0.1' WHERE version = ?",
                database.dialect().latestMigration());

        assertReopeningFailsInFlyway("Validate failed");
    }

    @Test
    void aStoreWithAFailedMigrationGoesThroughFlyway() {
        database.dsl().execute("UPDATE flyway_schema_history SET success = false WHERE version = '1'");

        assertReopeningFailsInFlyway("failed");
    }

    @Test
    void aCurrentStoreOpensAgain() {
        StoreUrl url = database.url();
        database.close();

        database = Database.open(url);

        assertThat(newestVersion()).isEqualTo(database.dialect().latestMigration());
    }

    /** Closes the store and opens it again: Flyway must refuse it, saying {@code flywaySays}. */
    private void assertReopeningFailsInFlyway(String flywaySays) {
        StoreUrl url = database.url();
        database.close();

        assertThatThrownBy(() -> Database.open(url).close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot prepare the schema")
                .hasMessageContaining(flywaySays);
    }

    private String newestVersion() {
        return database.dsl().fetchValue(
                "SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1").toString();
    }
}
