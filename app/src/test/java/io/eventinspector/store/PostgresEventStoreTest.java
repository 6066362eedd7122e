package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.testing.PostgresSchemas;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresEventStoreTest extends EventStoreContract {
    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected Database open() {
        return schemas.open();
    }

    @Test
    void storesDataAsJsonb() {
        store.append(java.util.List.of(io.eventinspector.testing.Events.event("e1", "t", "s",
                "2026-01-01T00:00:00Z", "{\"a\":1}")));
        assertThat(database.dsl().fetchValue("SELECT pg_typeof(data)::text || ',' || (data->>'a') FROM events"))
                .isEqualTo("jsonb,1");
    }

    @Test
    void anUnreachableServerIsOneClearLine() {
        assertThatThrownBy(() -> Database.open(StoreUrl.parse("jdbc:postgresql://127.0.0.1:1/test?user=postgres",
                Optional.empty(), Optional.empty())))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/test")
                .hasMessageContaining("refused");
    }
}
