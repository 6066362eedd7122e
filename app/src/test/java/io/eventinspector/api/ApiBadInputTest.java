package io.eventinspector.api;

import static io.eventinspector.api.ApiHarness.READ_KEY;
import static io.eventinspector.api.ApiHarness.key;
import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.api.ApiHarness.Answer;
import io.eventinspector.event.Event;
import io.eventinspector.testing.LogCapture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, points 10 and 16: bad input is a 4xx naming the parameter, never a 500; a failing database is a
 * 503 in plain words, the pool's and the driver's words stay in the log.
 */
class ApiBadInputTest extends ApiTestBase {
    @Override
    List<Event> storedEvents() {
        return List.of(
                event("evt_1", "message.received", "s1", "2026-02-03T10:30:00Z", "{\"body\":\"hi there\"}"));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void searchTextWithoutLettersOrDigitsIsAnInvalidQueryNamingQ() {
        for (String text : List.of("\"", "*", "-", "((", "\uD83D\uDE00", "\" * -")) {
            for (String route : List.of("/api/events", "/api/events/export", "/api/events/stats")) {
                Answer answer = api.get(route + "?q=" + encoded(text), key(READ_KEY));

                assertThat(answer.status()).as(route + " " + text).isEqualTo(400);
                assertThat(answer.errorCode()).as(route + " " + text).isEqualTo("INVALID_QUERY");
                assertThat(answer.errorMessage()).as(route + " " + text)
                        .startsWith("invalid q: search text").contains("has no letters or digits");
            }
        }
        assertThat(api.get("/api/events?q=" + encoded("\"hi\""), key(READ_KEY)).status()).isEqualTo(200);
    }

    @Test
    void aMisspeltFilterIsRefusedNotIgnoredSoNothingWidensToEveryEvent() {
        for (String url : List.of("/api/events?sesion_id=s1", "/api/events/export?session=s1",
                "/api/events/stats?eventType=message.sent", "/api/events/export?format=csv&bucket=hour")) {
            RawHttp.Response answer = RawHttp.get(api.port(), "127.0.0.1:" + api.port(), url,
                    "X-API-Key: " + READ_KEY);

            assertThat(answer.status()).as(url).isEqualTo(400);
            assertThat(answer.errorCode()).as(url).isEqualTo("INVALID_QUERY");
            assertThat(answer.body()).as(url).contains("unknown query parameter");
        }
        assertThat(RawHttp.get(api.port(), "127.0.0.1:" + api.port(), "/api/events/stats?bucket=hour&session_id=s1",
                "X-API-Key: " + READ_KEY).status()).isEqualTo(200);
    }

    @Test
    void noMalformedQueryOrPathIsAServerError() {
        List<String> urls = List.of("/api/events?q=%zz", "/api/events?limit=%", "/api/events?since=%E0%A4%A",
                "/api/events?cursor=" + encoded("not a cursor"), "/api/events?cursor=AAAA",
                "/api/events?limit=99999999999999", "/api/events?offset=-1", "/api/events?session_id=" + "a".repeat(5000),
                "/api/events?event_type=" + encoded("a b"), "/api/events/export?format=" + encoded("\u0000"),
                "/api/events/stats?bucket=week", "/api/events/%zz", "/api/events/" + encoded("\u0000"),
                "/api/events?since=2026-02-03T10:30:00Z&until=2026-02-01T00:00:00Z",
                "/api/events?since=" + encoded("+999999999-01-01T00:00:00Z"),
                "/api/events/stats?until=" + encoded("-290000000-01-01T00:00:00Z"),
                "/api/events?cursor=" + Base64.getUrlEncoder().encodeToString(
                        (Long.MAX_VALUE + ":evt_1").getBytes(StandardCharsets.UTF_8)));
        for (String url : urls) {
            // Raw: java.net.URI refuses to send a malformed escape such as %zz at all.
            RawHttp.Response answer = RawHttp.get(api.port(), "127.0.0.1:" + api.port(), url,
                    "X-API-Key: " + READ_KEY);

            assertThat(answer.status()).as(url + " " + answer.body()).isBetween(400, 499);
            assertThat(answer.body()).as(url).doesNotContain("Exception");
        }
        RawHttp.Response badEscape = RawHttp.get(api.port(), "127.0.0.1:" + api.port(), "/api/events?q=%zz",
                "X-API-Key: " + READ_KEY);
        assertThat(badEscape.status()).isEqualTo(400);
        assertThat(badEscape.errorCode()).isEqualTo("INVALID_QUERY");
    }

    @Test
    void aFailingDatabaseIsA503InPlainWords() {
        api.services().database().close();

        for (String url : List.of("/ready", "/api/events", "/api/events/evt_1", "/api/events/export",
                "/api/events/stats")) {
            Answer answer = api.get(url, key(READ_KEY));

            assertThat(answer.status()).as(url).isEqualTo(503);
            assertThat(answer.errorCode()).as(url).isEqualTo("DATABASE_ERROR");
            assertThat(answer.errorMessage()).as(url).contains("is not available right now")
                    .doesNotContainIgnoringCase("hikari").doesNotContain("Exception").doesNotContain("closed");
        }
    }

    @Test
    void aReplayAnswersWithoutServerErrorsAndNeverEchoesTheWebhookUrlsCredentials() {
        Answer dryRun = api.post("/api/events/replay", "{\"session_id\":\"s1\",\"dry_run\":true}",
                ApiHarness.json(ApiHarness.ADMIN_KEY));
        Answer badUrl = api.post("/api/events/replay", "{\"session_id\":\"s1\",\"dry_run\":true,"
                + "\"webhook_url\":\"ftp://user:pw@example.com/?token=t0ps3cret\"}", ApiHarness.json(ApiHarness.ADMIN_KEY));

        assertThat(dryRun.status()).as(dryRun.body()).isBetween(200, 499);
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.body()).doesNotContain("t0ps3cret").doesNotContain("pw@");
    }

    @Test
    void theAuditLogMasksSecretsInAQueryString() {
        LogCapture audit = new LogCapture("audit");
        try (audit) {
            api.get("/api/events?session_id=s1&api_key=t0ps3cret", key(READ_KEY));
        }

        assertThat(audit.messages()).singleElement().asString()
                .contains("session_id=s1").contains("api_key=***").doesNotContain("t0ps3cret");
    }
}
