package io.eventinspector.api;

import static io.eventinspector.api.ApiHarness.ADMIN_KEY;
import static io.eventinspector.api.ApiHarness.READ_KEY;
import static io.eventinspector.api.ApiHarness.WRITE_KEY;
import static io.eventinspector.api.ApiHarness.ids;
import static io.eventinspector.api.ApiHarness.json;
import static io.eventinspector.api.ApiHarness.key;
import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.eventinspector.api.ApiHarness.Answer;
import io.eventinspector.testing.TestDatabases;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay, export, stats and payload search over real HTTP on loopback, with a loopback webhook receiver. */
class ApiReplayExportStatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private HttpServer receiver;
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private ApiHarness api;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            delivered.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        api = new ApiHarness(TestDatabases.sqlite(folder), Map.of("WHATSAPP_API_KEYS_MAP", ApiHarness.KEYS_MAP,
                "WHATSAPP_WEBHOOK_URL", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"));
        api.services().events().append(List.of(
                event("evt_1", "message.received", "session123", "2026-02-03T10:30:00Z", "{\"body\":\"hello Zürich\"}"),
                event("evt_2", "message.sent", "session123", "2026-02-03T10:31:00Z", "{\"body\":\"bye, \\\"friend\\\"\"}"),
                event("evt_3", "message.sent", "other", "2026-02-03T11:45:00Z", "{\"body\":\"unrelated\"}")));
    }

    @AfterEach
    void stop() {
        api.close();
        receiver.stop(0);
    }

    @Test
    void specReplayExamplesDryRunThenActual() {
        Answer dryRun = api.post("/api/events/replay", "{\"session_id\":\"session123\",\"dry_run\":true}",
                "X-API-Key", "your-admin-key", "Content-Type", "application/json");

        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.data().get("success").asBoolean()).isTrue();
        assertThat(dryRun.data().get("events_found").asInt()).isEqualTo(2);
        assertThat(dryRun.data().get("events_replayed").asInt()).isZero();
        assertThat(dryRun.data().get("dry_run").asBoolean()).isTrue();
        assertThat(dryRun.data().get("message").asText()).isEqualTo("Dry run: would replay 2 events");
        assertThat(delivered).isEmpty();

        Answer actual = api.post("/api/events/replay", "{\"session_id\":\"session123\",\"dry_run\":false}",
                "X-API-Key", "your-admin-key", "Content-Type", "application/json");

        assertThat(actual.status()).isEqualTo(200);
        assertThat(actual.data().get("events_found").asInt()).isEqualTo(2);
        assertThat(actual.data().get("events_replayed").asInt()).isEqualTo(2);
        assertThat(actual.data().get("events_failed").asInt()).isZero();
        assertThat(actual.data().get("message").asText()).isEqualTo("Replayed 2 events successfully");
        assertThat(delivered).hasSize(2);
        assertThat(delivered).anyMatch(body -> body.contains("evt_1")).anyMatch(body -> body.contains("evt_2"));
    }

    @Test
    void replayNeedsAdminAFilterAndJson() {
        String body = "{\"session_id\":\"session123\",\"dry_run\":true}";
        Answer read = api.post("/api/events/replay", body, json(READ_KEY));
        Answer write = api.post("/api/events/replay", body, json(WRITE_KEY));
        Answer noFilter = api.post("/api/events/replay", "{\"dry_run\":true}", json(ADMIN_KEY));
        Answer malformed = api.post("/api/events/replay", "{\"session_id\":", json(ADMIN_KEY));
        Answer badSince = api.post("/api/events/replay", "{\"since\":\"monday\",\"dry_run\":true}", json(ADMIN_KEY));
        Answer badDryRun = api.post("/api/events/replay", "{\"session_id\":\"s\",\"dry_run\":\"yes\"}",
                json(ADMIN_KEY));

        assertThat(read.status()).isEqualTo(403);
        assertThat(read.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(write.status()).isEqualTo(403);
        assertThat(noFilter.status()).isEqualTo(400);
        assertThat(noFilter.errorCode()).isEqualTo("INVALID_INPUT");
        assertThat(noFilter.errorMessage())
                .isEqualTo("at least one filter (session_id, event_type, since, or until) must be specified");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("INVALID_JSON");
        assertThat(badSince.errorMessage()).contains("invalid since timestamp format");
        assertThat(badDryRun.errorMessage()).contains("dry_run");
        assertThat(delivered).isEmpty();
    }

    @Test
    void exportStreamsNdjsonAndCsvWithTheFilters() throws IOException {
        Answer ndjson = api.get("/api/events/export?format=ndjson&session_id=session123", key(READ_KEY));
        Answer csv = api.get("/api/events/export?format=csv&event_type=message.sent", key(READ_KEY));
        Answer bad = api.get("/api/events/export?format=xml", key(READ_KEY));
        Answer unauthenticated = api.get("/api/events/export");

        assertThat(ndjson.status()).isEqualTo(200);
        assertThat(ndjson.contentType()).startsWith("application/x-ndjson");
        List<String> lines = ndjson.body().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode newest = JSON.readTree(lines.get(0));
        assertThat(newest.get("id").asText()).isEqualTo("evt_2");
        assertThat(newest.get("data").get("body").asText()).isEqualTo("bye, \"friend\"");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).containsExactly("id,type,session_id,timestamp,data",
                "evt_3,message.sent,other,2026-02-03T11:45:00Z,\"{\"\"body\"\":\"\"unrelated\"\"}\"",
                "evt_2,message.sent,session123,2026-02-03T10:31:00Z,\"{\"\"body\"\":\"\"bye, \\\"\"friend\\\"\"\"\"}\"");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorCode()).isEqualTo("INVALID_QUERY");
        assertThat(bad.errorMessage()).contains("format");
        assertThat(unauthenticated.status()).isEqualTo(401);
    }

    @Test
    void statsCountsPerTypeAndBucketsTheVolume() {
        Answer stats = api.get("/api/events/stats?session_id=session123&bucket=hour", key(READ_KEY));
        Answer all = api.get("/api/events/stats", key(READ_KEY));
        Answer bad = api.get("/api/events/stats?bucket=week", key(READ_KEY));

        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.data().get("total").asLong()).isEqualTo(2);
        Map<String, Long> perType = new java.util.HashMap<>();
        stats.data().get("types").forEach(type -> perType.put(type.get("type").asText(), type.get("count").asLong()));
        assertThat(perType).containsEntry("message.received", 1L).containsEntry("message.sent", 1L);
        JsonNode histogram = stats.data().get("histogram");
        assertThat(histogram.get("bucket").asText()).isEqualTo("hour");
        assertThat(histogram.get("buckets")).hasSize(1);
        assertThat(histogram.get("buckets").get(0).get("start").asText()).isEqualTo("2026-02-03T10:00:00Z");
        assertThat(histogram.get("buckets").get(0).get("total").asLong()).isEqualTo(2);
        assertThat(all.data().get("total").asLong()).isEqualTo(3);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorMessage()).contains("bucket");
    }

    @Test
    void qSearchesThePayloadText() {
        Answer found = api.get("/api/events?q=Z%C3%BCrich", key(READ_KEY));
        Answer none = api.get("/api/events?q=nothing-like-this", key(READ_KEY));

        assertThat(ids(found)).containsExactly("evt_1");
        assertThat(found.data().get("total").asLong()).isEqualTo(1);
        assertThat(ids(none)).isEmpty();
    }

    @Test
    void readyShowsTheRetentionJob() {
        Answer ready = api.get("/ready");

        assertThat(ready.status()).isEqualTo(200);
        JsonNode retention = ready.data().get("retention");
        assertThat(retention.get("enabled").isBoolean()).isTrue();
        assertThat(retention.has("retention_days")).isTrue();
        assertThat(retention.get("cleanup_time").asText()).matches("\\d\\d:\\d\\d");
        assertThat(retention.get("running").asBoolean()).isFalse();
    }
}
