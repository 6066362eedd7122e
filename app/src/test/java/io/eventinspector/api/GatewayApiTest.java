package io.eventinspector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.GatewayFiles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over a gateway's own SQLite file: reads work, ingest is refused as forbidden, not as a failure. */
class GatewayApiTest {
    @TempDir
    Path folder;

    @Test
    void readsTheGatewaysEventsAndRefusesIngestWith403() throws Exception {
        Path file = GatewayFiles.create(folder.resolve("gateway.db"), new GatewayFiles.Row(
                "20260203103000.123456789", "message.sent", "s1", "{\"to\":\"49151\"}",
                "2026-02-03 12:30:00.123456789+02:00"));

        try (ApiHarness api = new ApiHarness(Database.open(StoreUrl.sqlite(file)), Map.of(), false)) {
            ApiHarness.Answer read = api.get("/api/events/20260203103000.123456789");
            ApiHarness.Answer write = api.post("/api/events", "{\"type\":\"message.sent\",\"session_id\":\"s1\","
                    + "\"data\":{},\"timestamp\":\"2026-02-03T10:30:00Z\"}", "Content-Type", "application/json");

            assertThat(read.status()).isEqualTo(200);
            assertThat(read.data().get("timestamp").asText()).isEqualTo("2026-02-03T10:30:00.123Z");
            assertThat(write.status()).isEqualTo(403);
            assertThat(write.errorCode()).isEqualTo("FORBIDDEN");
            assertThat(write.errorMessage()).isEqualTo("read-only: " + file
                    + " is a gateway database (opened without --allow-writes)");
        }
    }
}
