package io.eventinspector.api;

import static io.eventinspector.api.ApiHarness.ADMIN_KEY;
import static io.eventinspector.api.ApiHarness.READ_KEY;
import static io.eventinspector.api.ApiHarness.WRITE_KEY;
import static io.eventinspector.api.ApiHarness.ids;
import static io.eventinspector.api.ApiHarness.json;
import static io.eventinspector.api.ApiHarness.key;
import static io.eventinspector.api.ApiHarness.ndjson;
import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.api.ApiHarness.Answer;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.QueryString;
import io.eventinspector.testing.TestDatabases;
import io.eventinspector.testing.LogCapture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTTP API over real HTTP on loopback, on a SQLite store. */
class ApiServerTest extends ApiTestBase {
    @Override
    List<Event> storedEvents() {
        return List.of(
                event("evt_123", "message.received", "session123", "2026-02-03T10:30:00Z",
                        "{\"body\":\"hi\",\"n\":1.50}"),
                event("evt_124", "message.sent", "session123", "2026-02-03T10:31:00Z"),
                event("evt_125", "message.reaction", "session123", "2026-02-03T10:32:00Z"),
                event("evt_200", "message.sent", "other", "2026-02-01T08:00:00Z"),
                event("evt.2026.02.dotted", "presence.update", "other", "2026-02-02T08:00:00Z"));
    }

    @Test
    void specQueryExampleAnswersNewestFirstWithDataAsJson() {
        Answer answer = api.get("/api/events?session_id=session123&limit=50", "X-API-Key", "your-read-key");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().get("success").asBoolean()).isTrue();
        assertThat(ids(answer)).containsExactly("evt_125", "evt_124", "evt_123");
        assertThat(answer.data().get("total").asLong()).isEqualTo(3);
        assertThat(answer.data().get("limit").asInt()).isEqualTo(50);
        assertThat(answer.data().get("offset").asInt()).isZero();
        assertThat(answer.data().get("next_cursor").isNull()).isTrue();
        var oldest = answer.data().get("events").get(2);
        assertThat(oldest.get("data").isObject()).isTrue();
        assertThat(oldest.get("data").get("n").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(oldest.get("session_id").asText()).isEqualTo("session123");
        assertThat(oldest.get("type").asText()).isEqualTo("message.received");
        assertThat(oldest.get("timestamp").asText()).isEqualTo("2026-02-03T10:30:00Z");
    }

    @Test
    void specUseCaseQueriesWork() {
        Answer byType = api.get("/api/events?session_id=session123&event_type=message.sent&limit=100",
                "X-API-Key", "your-read-key");
        Answer byTime = api.get("/api/events?since=2026-02-01T00:00:00Z&until=2026-02-03T23:59:59Z",
                "X-API-Key", "your-read-key");
        Answer reactions = api.get("/api/events?event_type=message.reaction", "X-API-Key", "your-read-key");

        assertThat(ids(byType)).containsExactly("evt_124");
        assertThat(ids(byTime)).hasSize(5);
        assertThat(ids(reactions)).containsExactly("evt_125");
    }

    @Test
    void specGetExampleAndDottedIds() {
        Answer found = api.get("/api/events/evt_123", "X-API-Key", "your-read-key");
        Answer dotted = api.get("/api/events/evt.2026.02.dotted", key(READ_KEY));
        Answer missing = api.get("/api/events/evt_nope", key(READ_KEY));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.data().get("id").asText()).isEqualTo("evt_123");
        assertThat(found.data().get("data").get("body").asText()).isEqualTo("hi");
        assertThat(dotted.status()).isEqualTo(200);
        assertThat(dotted.data().get("id").asText()).isEqualTo("evt.2026.02.dotted");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(missing.errorMessage()).isEqualTo("event not found");
        assertThat(missing.json().get("success").asBoolean()).isFalse();
    }

    @Test
    void defaultLimitIsOneHundredAndEventTypeIsRepeatableOrCommaSeparated() {
        Answer all = api.get("/api/events", key(READ_KEY));
        Answer repeated = api.get("/api/events?event_type=message.sent&event_type=presence.update", key(READ_KEY));
        Answer commas = api.get("/api/events?event_type=message.sent,presence.update", key(READ_KEY));

        assertThat(all.data().get("limit").asInt()).isEqualTo(100);
        assertThat(ids(repeated)).containsExactly("evt_124", "evt.2026.02.dotted", "evt_200");
        assertThat(ids(commas)).isEqualTo(ids(repeated));
    }

    @Test
    void offsetAndCursorPageThroughEverythingOnce() {
        Answer second = api.get("/api/events?limit=2&offset=2", key(READ_KEY));
        assertThat(ids(second)).containsExactly("evt_123", "evt.2026.02.dotted");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = api.get("/api/events?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), key(READ_KEY));
            assertThat(page.status()).isEqualTo(200);
            seen.addAll(ids(page));
            cursor = page.data().get("next_cursor").isNull() ? null : page.data().get("next_cursor").asText();
        } while (cursor != null);
        assertThat(seen).containsExactly("evt_125", "evt_124", "evt_123", "evt.2026.02.dotted", "evt_200");
    }

    @Test
    void badQueryParametersAreFourHundredsNamingTheParameter() {
        assertInvalidQuery("/api/events?limit=0", "limit must be between 1 and 1000");
        assertInvalidQuery("/api/events?limit=1001", "limit must be between 1 and 1000");
        assertInvalidQuery("/api/events?limit=ten", "limit must be between 1 and 1000");
        assertInvalidQuery("/api/events?offset=-1", "offset");
        assertInvalidQuery("/api/events?offset=x", "offset");
        assertInvalidQuery("/api/events?since=yesterday", "invalid since timestamp format");
        assertInvalidQuery("/api/events?until=2026-02-03", "invalid until timestamp format");
        assertInvalidQuery("/api/events?event_type=Not%20A%20Type", "event_type");
        assertInvalidQuery("/api/events?cursor=%21%21%21", "cursor");
        assertInvalidQuery("/api/events?since=2026-02-04T00:00:00Z&until=2026-02-03T00:00:00Z", "since");
    }

    private void assertInvalidQuery(String url, String message) {
        Answer answer = api.get(url, key(READ_KEY));
        assertThat(answer.status()).as(url).isEqualTo(400);
        assertThat(answer.errorCode()).as(url).isEqualTo("INVALID_QUERY");
        assertThat(answer.errorMessage()).as(url).contains(message);
    }

    @Test
    void ingestTakesAnObjectAnArrayOrNdjsonAndCountsDuplicates() {
        Answer one = api.post("/api/events", """
                {"id":"in.1","type":"message.sent","session_id":"s9","data":{"x":1},"timestamp":"2026-03-01T00:00:00Z"}
                """, json(WRITE_KEY));
        Answer array = api.post("/api/events", """
                [{"id":"in.2","type":"message.sent","session_id":"s9","data":[1,2],"timestamp":"2026-03-01T00:00:01Z"},
                 {"type":"message.read","session_id":"s9","timestamp":"2026-03-01T00:00:02Z"},
                 {"id":"in.1","type":"message.sent","session_id":"s9","data":{},"timestamp":"2026-03-01T00:00:00Z"}]
                """, "X-API-Key", WRITE_KEY, "Content-Type", "application/json; charset=utf-8");
        Answer lines = api.post("/api/events",
                "{\"id\":\"in.3\",\"type\":\"message.sent\",\"session_id\":\"s9\",\"timestamp\":\"2026-03-01T00:00:03Z\"}\n"
                        + "\n"
                        + "{\"id\":\"in.4\",\"type\":\"message.sent\",\"session_id\":\"s9\",\"timestamp\":\"2026-03-01T00:00:04Z\"}\n",
                ndjson(WRITE_KEY));

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.data().get("accepted").asLong()).isEqualTo(1);
        assertThat(array.data().get("accepted").asLong()).isEqualTo(2);
        assertThat(array.data().get("duplicates").asLong()).isEqualTo(1);
        assertThat(lines.data().get("accepted").asLong()).isEqualTo(2);
        Answer stored = api.get("/api/events?session_id=s9", key(READ_KEY));
        assertThat(stored.data().get("total").asLong()).isEqualTo(5);
        assertThat(api.get("/api/events/in.1", key(READ_KEY)).data().get("data").get("x").asInt()).isEqualTo(1);
    }

    @Test
    void ingestIsAllOrNothingAndListsEveryBadItem() {
        Answer array = api.post("/api/events", """
                [{"id":"ok.1","type":"message.sent","session_id":"s9","timestamp":"2026-03-01T00:00:00Z"},
                 {"id":"bad.1","type":"Message Sent","session_id":"s9","timestamp":"2026-03-01T00:00:00Z"},
                 {"id":"bad.2","type":"message.sent","session_id":"s9","timestamp":"not a time"},
                 "not an object"]
                """, json(WRITE_KEY));
        Answer lines = api.post("/api/events",
                "{\"id\":\"ok.2\",\"type\":\"message.sent\",\"session_id\":\"s9\",\"timestamp\":\"2026-03-01T00:00:00Z\"}\n"
                        + "{\"id\":\"bad.3\",\"type\":\"message.sent\",\"timestamp\":\"2026-03-01T00:00:00Z\"}\n"
                        + "{broken\n", ndjson(WRITE_KEY));

        assertThat(array.status()).isEqualTo(400);
        assertThat(array.errorCode()).isEqualTo("INVALID_INPUT");
        assertThat(array.errorMessage()).contains("3 of 4").contains("nothing was stored");
        var errors = array.json().get("error").get("errors");
        assertThat(errors.findValuesAsText("index")).containsExactly("1", "2", "3");
        assertThat(errors.get(0).get("error").asText()).contains("type");
        assertThat(errors.get(1).get("error").asText()).contains("timestamp");
        assertThat(lines.status()).isEqualTo(400);
        var lineErrors = lines.json().get("error").get("errors");
        assertThat(lineErrors.findValuesAsText("index")).containsExactly("1", "2");
        assertThat(lineErrors.findValuesAsText("line")).containsExactly("2", "3");
        assertThat(lineErrors.get(0).get("error").asText()).contains("session_id");
        assertThat(api.services().events().count(EventQuery.builder().sessionId("s9").build())).isZero();
    }

    @Test
    void ingestRefusesMalformedJsonOtherMediaTypesAndBodiesOverTenMebibytes() {
        Answer malformed = api.post("/api/events", "{\"id\":", json(WRITE_KEY));
        Answer form = api.post("/api/events", "id=1", "X-API-Key", WRITE_KEY,
                "Content-Type", "application/x-www-form-urlencoded");
        Answer none = api.post("/api/events", "{}", key(WRITE_KEY));
        String big = "[" + " ".repeat(10 * 1024 * 1024) + "]";
        Answer tooLarge = api.post("/api/events", big, json(WRITE_KEY));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("INVALID_JSON");
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(form.errorMessage()).contains("application/x-www-form-urlencoded");
        assertThat(none.status()).isEqualTo(415);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void ingestAnswersPersistenceDisabledWhenEventsAreOff() {
        try (ApiHarness off = new ApiHarness(TestDatabases.sqlite(folder),
                Map.of("WHATSAPP_API_KEYS_MAP", ApiHarness.KEYS_MAP, "WHATSAPP_EVENTS_ENABLED", "false"))) {
            Answer answer = off.post("/api/events", """
                    {"type":"message.sent","session_id":"s","timestamp":"2026-03-01T00:00:00Z"}""", json(WRITE_KEY));

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.errorCode()).isEqualTo("PERSISTENCE_DISABLED");
            assertThat(answer.errorMessage()).contains("WHATSAPP_EVENTS_ENABLED");
            assertThat(off.get("/api/events", key(READ_KEY)).status()).isEqualTo(200);
        }
    }

    @Test
    void keysAreRequiredCheckedAndRolesOrdered() {
        String event = """
                {"type":"message.sent","session_id":"s","timestamp":"2026-03-01T00:00:00Z"}""";
        Answer missing = api.get("/api/events");
        Answer unknown = api.get("/api/events", key("not-a-key"));
        Answer bearer = api.get("/api/events", "Authorization", "Bearer " + READ_KEY);
        Answer readIngests = api.post("/api/events", event, json(READ_KEY));

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.errorCode()).isEqualTo("MISSING_API_KEY");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.errorCode()).isEqualTo("INVALID_API_KEY");
        assertThat(bearer.status()).isEqualTo(200);
        assertThat(readIngests.status()).isEqualTo(403);
        assertThat(readIngests.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(readIngests.errorMessage()).isEqualTo("Insufficient permissions for this operation");
        for (String writer : List.of(WRITE_KEY, ADMIN_KEY)) {
            assertThat(api.post("/api/events", event, json(writer)).status()).as(writer).isEqualTo(200);
            assertThat(api.get("/api/events", key(writer)).status()).as(writer).isEqualTo(200);
            assertThat(api.get("/api/events/evt_123", key(writer)).status()).as(writer).isEqualTo(200);
        }
    }

    @Test
    void healthAndReadyNeedNoKeyAndReadyReportsAnUnreachableDatabase() {
        Answer health = api.get("/health");
        Answer ready = api.get("/ready");

        assertThat(health.status()).isEqualTo(200);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.data().get("database").get("status").asText()).isEqualTo("up");

        api.services().database().close();
        Answer down = api.get("/ready");
        Answer query = api.get("/api/events", key(READ_KEY));

        assertThat(api.get("/health").status()).isEqualTo(200);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.errorCode()).isEqualTo("DATABASE_ERROR");
        assertThat(query.status()).isEqualTo(503);
        assertThat(query.errorCode()).isEqualTo("DATABASE_ERROR");
    }

    @Test
    void unknownRoutesAndWrongMethodsAnswerJsonEvenWhenHtmlIsAccepted() {
        Answer unknown = api.get("/nope", "Accept", "text/html");
        Answer wrongMethod = api.send("DELETE", "/api/events", "Accept", "text/html", "X-API-Key", ADMIN_KEY);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/json");
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/json");
        assertThat(wrongMethod.errorMessage()).contains("DELETE");
    }

    @Test
    void requestsJettyRefusesBeforeRoutingAlsoAnswerJson() {
        Answer hugeHeader = api.get("/health", "Accept", "text/html", "X-Padding", "a".repeat(20_000));

        assertThat(hugeHeader.status()).isEqualTo(431);
        assertThat(hugeHeader.contentType()).startsWith("application/json");
        assertThat(hugeHeader.errorCode()).isEqualTo("INVALID_INPUT");
    }

    @Test
    void auditLogHasAFingerprintRoleMethodPathAndStatusButNeverTheKey() {
        LogCapture audit = new LogCapture("audit");
        try (audit) {
            api.get("/api/events?session_id=session123", key(READ_KEY));
            api.post("/api/events", "{}", json(READ_KEY));
        }

        List<String> messages = audit.messages();
        assertThat(messages).hasSize(2);
        String fingerprint = ApiKeys.fingerprint(READ_KEY);
        assertThat(messages.get(0)).contains("key=" + fingerprint, "role=read",
                "GET /api/events?session_id=session123", " 200 ");
        assertThat(messages.get(1)).contains("key=" + fingerprint, "POST /api/events", " 403 ");
        assertThat(messages).noneMatch(message -> message.contains(READ_KEY));
        assertThat(messages).allMatch(message -> message.matches(".* \\d+\\.\\dms"), "ends with the duration");
    }

    @Test
    void withoutAuthenticationEveryRouteIsOpen() {
        try (ApiHarness open = new ApiHarness(TestDatabases.sqlite(folder), Map.of(), false)) {
            Answer ingest = open.post("/api/events", """
                    {"type":"message.sent","session_id":"s","timestamp":"2026-03-01T00:00:00Z"}""",
                    "Content-Type", "application/json");
            Answer list = open.get("/api/events");

            assertThat(ingest.status()).isEqualTo(200);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.data().get("total").asLong()).isEqualTo(1);
        }
    }

    @Test
    void withAuthenticationButNoKeysNothingIsOpen() {
        try (ApiHarness closed = new ApiHarness(TestDatabases.sqlite(folder), Map.of())) {
            assertThat(closed.get("/api/events", key(READ_KEY)).errorCode()).isEqualTo("INVALID_API_KEY");
            assertThat(closed.get("/health").status()).isEqualTo(200);
        }
    }

    @Test
    void aQueryWrittenAsTheFilterBarShowsItIsReadBackByTheApi() {
        api.services().events().append(List.of(
                event("evt_300", "message.sent", "wa 4&9=1+ü", "2026-02-05T10:00:00Z", "{\"body\":\"refund ok\"}"),
                event("evt_301", "message.sent", "wa 4&9=1+ü", "2026-02-05T11:00:00Z", "{\"body\":\"other\"}"),
                event("evt_302", "message.read", "wa 4&9=1+ü", "2026-02-04T10:00:00Z", "{\"body\":\"refund\"}")));
        EventQuery query = EventQuery.builder().sessionId("wa 4&9=1+ü")
                .types(List.of("message.sent", "message.read")).since(Instant.parse("2026-02-05T00:00:00Z"))
                .text("refund").limit(5).build();

        Answer answer = api.get("/api/events?" + QueryString.write(query), key(READ_KEY));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(ids(answer)).containsExactly("evt_300");
        assertThat(answer.data().get("limit").asInt()).isEqualTo(5);
    }
}
