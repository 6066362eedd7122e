package io.eventinspector.api;

import static io.eventinspector.api.ApiHarness.ADMIN_KEY;
import static io.eventinspector.api.ApiHarness.READ_KEY;
import static io.eventinspector.api.ApiHarness.WRITE_KEY;
import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.api.ApiHarness.Answer;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.store.Database;
import io.eventinspector.testing.TestDatabases;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 1: what a web page in the user's browser can send (a rebound DNS name as {@code Host}, a
 * cross-site {@code Origin}, a "simple" {@code text/plain} POST, a {@code HEAD}) gets nothing from the server,
 * with keys and without ({@code serve --no-auth}).
 */
class ApiBrowserDefenceTest extends ApiTestBase {
    @Override
    List<Event> storedEvents() {
        return List.of();
    }

    /** As {@code serve --no-auth} runs it: what a page can send must be refused without keys too. */
    @Override
    ApiHarness start(Database database) {
        return new ApiHarness(database, Map.of(), false);
    }

    @Test
    void aRebindingPagesHostIsRefusedWhileTheServersOwnAddressesAnswer() {
        api.services().events().append(List.of(event("evt_1", "message.sent", "s1", "2026-02-03T10:30:00Z")));
        int port = api.port();

        RawHttp.Response rebound = RawHttp.get(port, "attacker.example:" + port, "/api/events");
        RawHttp.Response otherPort = RawHttp.get(port, "127.0.0.1:1", "/api/events");
        RawHttp.Response health = RawHttp.get(port, "attacker.example:" + port, "/health");

        assertThat(rebound.status()).isEqualTo(403);
        assertThat(rebound.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(rebound.body()).contains("attacker.example").doesNotContain("evt_1");
        assertThat(otherPort.status()).isEqualTo(403);
        assertThat(health.status()).isEqualTo(403);
        for (String own : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port)) {
            RawHttp.Response answer = RawHttp.get(port, own, "/api/events");
            assertThat(answer.status()).as(own).isEqualTo(200);
            assertThat(answer.body()).as(own).contains("evt_1");
        }
    }

    @Test
    void aConfiguredHostNameIsAcceptedOnAnyPortAndOthersAreNot() {
        try (ApiHarness named = new ApiHarness(TestDatabases.sqlite(folder.resolve("named")), Map.of(), false,
                ApiOptions.defaults().withAllowedHosts(Set.of("Inspector.LAN")))) {
            int port = named.port();

            assertThat(RawHttp.get(port, "inspector.lan:" + port, "/api/events").status()).isEqualTo(200);
            assertThat(RawHttp.get(port, "inspector.lan", "/api/events").status()).isEqualTo(200);
            assertThat(RawHttp.get(port, "other.lan:" + port, "/api/events").status()).isEqualTo(403);
        }
    }

    @Test
    void crossOriginRequestsAreRefusedAndTheServersOwnOriginIsNot() {
        api.services().events().append(List.of(event("evt_1", "message.sent", "s1", "2026-02-03T10:30:00Z")));

        Answer read = api.get("/api/events", "Origin", "https://attacker.example");
        Answer nullOrigin = api.get("/api/events", "Origin", "null");
        Answer replay = api.post("/api/events/replay", "{\"session_id\":\"s1\",\"dry_run\":true}",
                "Origin", "https://attacker.example", "Content-Type", "application/json");
        Answer ingest = api.post("/api/events", EVENT, "Origin", "http://localhost:" + api.port(),
                "Content-Type", "application/json");
        Answer own = api.get("/api/events", "Origin", "http://127.0.0.1:" + api.port());

        assertThat(read.status()).isEqualTo(403);
        assertThat(read.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(read.body()).doesNotContain("evt_1");
        assertThat(nullOrigin.status()).isEqualTo(403);
        assertThat(replay.status()).isEqualTo(403);
        assertThat(replay.body()).doesNotContain("evt_1");
        // The page at localhost:PORT is another origin than 127.0.0.1:PORT, which the request was sent to.
        assertThat(ingest.status()).isEqualTo(403);
        assertThat(api.services().events().count(EventQuery.builder().sessionId("s9").build())).isZero();
        assertThat(own.status()).isEqualTo(200);
    }

    @Test
    void aSimpleCrossSitePostIsRefusedAsAnUnsupportedMediaType() {
        api.services().events().append(List.of(event("evt_1", "message.sent", "s1", "2026-02-03T10:30:00Z")));

        Answer replay = api.post("/api/events/replay", "{\"session_id\":\"s1\",\"dry_run\":true}",
                "Content-Type", "text/plain");
        Answer form = api.post("/api/events/replay", "{\"session_id\":\"s1\",\"dry_run\":true}",
                "Content-Type", "application/x-www-form-urlencoded");
        Answer untyped = api.post("/api/events/replay", "{\"session_id\":\"s1\",\"dry_run\":true}");
        Answer ndjsonReplay = api.post("/api/events/replay", "{\"session_id\":\"s1\",\"dry_run\":true}",
                "Content-Type", "application/x-ndjson");
        Answer ingest = api.post("/api/events", EVENT, "Content-Type", "text/plain");

        for (Answer refused : List.of(replay, form, untyped, ndjsonReplay, ingest)) {
            assertThat(refused.status()).isEqualTo(415);
            assertThat(refused.contentType()).startsWith("application/json");
            assertThat(refused.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
            assertThat(refused.body()).doesNotContain("evt_1");
        }
        assertThat(replay.errorMessage()).contains("text/plain").contains("application/json");
        assertThat(api.services().events().count(EventQuery.builder().sessionId("s9").build())).isZero();
    }

    @Test
    void jsonAndNdjsonTypesWithAUtf8CharsetAreTakenAndOtherCharsetsAreNot() {
        Answer charset = api.post("/api/events", EVENT, "Content-Type", "application/json; charset=UTF-8");
        Answer quoted = api.post("/api/events", EVENT, "Content-Type", "Application/JSON;charset=\"utf-8\"");
        Answer ndjson = api.post("/api/events", EVENT + "\n" + EVENT, "Content-Type", "application/ndjson");
        Answer latin1 = api.post("/api/events", EVENT, "Content-Type", "application/json; charset=ISO-8859-1");
        Answer replay = api.post("/api/events/replay", "{\"session_id\":\"s9\",\"dry_run\":true}",
                "Content-Type", "application/json; charset=utf-8");

        assertThat(charset.status()).isEqualTo(200);
        assertThat(quoted.status()).isEqualTo(200);
        assertThat(ndjson.status()).isEqualTo(200);
        // Both lines are the id-less event posted above: its id is derived from its content, so they are duplicates.
        assertThat(ndjson.data().get("duplicates").asLong()).isEqualTo(2);
        assertThat(latin1.status()).isEqualTo(415);
        assertThat(latin1.errorMessage()).contains("iso-8859-1");
        assertThat(replay.status()).isEqualTo(200);
    }

    @Test
    void headOnAReadRouteNeedsAKeyLikeGet() {
        try (ApiHarness keyed = ApiHarness.withKeys(TestDatabases.sqlite(folder.resolve("keyed")))) {
            keyed.services().events().append(List.of(event("evt_1", "message.sent", "s1", "2026-02-03T10:30:00Z")));
            for (String path : List.of("/api/events", "/api/events/evt_1", "/api/events/export",
                    "/api/events/stats")) {
                Answer anonymous = keyed.send("HEAD", path);
                Answer wrongKey = keyed.send("HEAD", path, "X-API-Key", "not-a-key");
                Answer reader = keyed.send("HEAD", path, "X-API-Key", READ_KEY);

                assertThat(anonymous.status()).as(path).isEqualTo(401);
                assertThat(wrongKey.status()).as(path).isEqualTo(401);
                assertThat(reader.status()).as(path).isEqualTo(200);
                assertThat(reader.body()).as(path).isEmpty();
            }
            assertThat(keyed.send("HEAD", "/api/events/evt_nope", "X-API-Key", READ_KEY).status()).isEqualTo(404);
            assertThat(keyed.send("HEAD", "/api/events/export?format=xml", "X-API-Key", READ_KEY).status())
                    .isEqualTo(400);
            assertThat(keyed.send("HEAD", "/health").status()).isEqualTo(200);
            assertThat(keyed.get("/api/events", "X-API-Key", WRITE_KEY).status()).isEqualTo(200);
            assertThat(keyed.get("/api/events", "X-API-Key", ADMIN_KEY).status()).isEqualTo(200);
        }
    }
}
