package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteEventStoreTest extends EventStoreContract {
    @TempDir
    Path folder;

    @Override
    protected Database open() {
        return TestDatabases.sqlite(folder);
    }

    @Test
    void usesWalWithALargePageCacheAndIntegerTimestamps() {
        var dsl = database.dsl();
        assertThat(dsl.fetchValue("PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(((Number) dsl.fetchValue("PRAGMA cache_size")).longValue()).isEqualTo(-262144L);
        store.append(java.util.List.of(io.eventinspector.testing.Events.event("e1", "t", "s",
                "2026-01-01T00:00:00Z")));
        assertThat(dsl.fetchValue("SELECT typeof(timestamp) || ',' || typeof(created_at) FROM events"))
                .isEqualTo("integer,integer");
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsSuch() throws Exception {
        Path notADatabase = folder.resolve("notes.db");
        Files.writeString(notADatabase, "this is a text file, not a database, and it is long enough to have a header");

        assertThatThrownBy(() -> Database.open(StoreUrl.sqlite(notADatabase)))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot open SQLite database " + notADatabase + ": the file is not a SQLite database");
    }
}
