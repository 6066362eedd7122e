package io.eventinspector.api;

import static io.eventinspector.api.ApiHarness.ADMIN_KEY;
import static io.eventinspector.api.ApiHarness.WRITE_KEY;
import static io.eventinspector.api.ApiHarness.json;
import static io.eventinspector.api.ApiHarness.ndjson;
import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.api.ApiHarness.Answer;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 4: a request body means exactly what it says or is refused. An unknown field, content after
 * the JSON value and a repeated field are errors, never ignored.
 */
class ApiStrictJsonTest extends ApiTestBase {
    @Override
    List<Event> storedEvents() {
        return List.of(
                event("evt_1", "message.sent", "s1", "2026-02-03T10:30:00Z"),
                event("evt_2", "message.sent", "s2", "2026-02-03T10:31:00Z"));
    }

    private long stored() {
        return api.services().events().count(EventQuery.builder().sessionId("s9").build());
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedNotStoredWithReplacementCharacters() {
        byte[] head = ("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + api.port() + "\r\nX-API-Key: " + WRITE_KEY
                + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ").getBytes(
                java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = ("{\"type\":\"message.sent\",\"session_id\":\"s1\",\"data\":{\"body\":\"caf\u0001\"},"
                + "\"timestamp\":\"2026-03-01T00:00:00Z\"}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String text = new String(body, java.nio.charset.StandardCharsets.US_ASCII);
        body[text.indexOf('\u0001')] = (byte) 0xE9; // Latin-1 'é' where UTF-8 was promised
        try (RawHttp http = RawHttp.connect(api.port())) {
            http.write(head);
            http.write((body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            http.write(body);
            RawHttp.Response answer = http.response(java.time.Duration.ofSeconds(10));

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body()).contains("INVALID_JSON").contains("not valid UTF-8");
        }
    }

    @Test
    void aReplayWithATypoedFieldIsRefusedNamingIt() {
        Answer typo = api.post("/api/events/replay",
                "{\"sessionId\":\"s1\",\"event_type\":\"message.sent\",\"dry_run\":true}", json(ADMIN_KEY));
        Answer dryTypo = api.post("/api/events/replay", "{\"session_id\":\"s1\",\"dryrun\":true}", json(ADMIN_KEY));

        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.errorCode()).isEqualTo("INVALID_INPUT");
        assertThat(typo.errorMessage()).contains("unknown field \"sessionId\"");
        assertThat(dryTypo.status()).isEqualTo(400);
        assertThat(dryTypo.errorMessage()).contains("\"dryrun\"");
    }

    @Test
    void aReplayBodyWithTrailingContentOrARepeatedFieldIsInvalidJson() {
        Answer twoObjects = api.post("/api/events/replay",
                "{\"session_id\":\"s1\",\"dry_run\":true}{\"dry_run\":false}", json(ADMIN_KEY));
        Answer garbage = api.post("/api/events/replay", "{\"session_id\":\"s1\",\"dry_run\":true} x",
                json(ADMIN_KEY));
        Answer repeated = api.post("/api/events/replay",
                "{\"session_id\":\"s1\",\"dry_run\":true,\"dry_run\":false}", json(ADMIN_KEY));

        for (Answer answer : List.of(twoObjects, garbage, repeated)) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("INVALID_JSON");
        }
        assertThat(twoObjects.errorMessage()).contains("unexpected content after the JSON value at line 1");
        assertThat(repeated.errorMessage()).contains("dry_run");
    }

    @Test
    void anIngestWithContentAfterTheJsonValueStoresNothing() {
        Answer arrayThenGarbage = api.post("/api/events", "[" + EVENT + "] garbage", json(WRITE_KEY));
        Answer twoObjects = api.post("/api/events", EVENT + EVENT, json(WRITE_KEY));
        Answer arrayThenArray = api.post("/api/events", "[" + EVENT + "][]", json(WRITE_KEY));

        for (Answer answer : List.of(arrayThenGarbage, twoObjects, arrayThenArray)) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorCode()).isEqualTo("INVALID_JSON");
        }
        assertThat(stored()).isZero();
    }

    @Test
    void anIngestedEventWithAFieldTheWireFormDoesNotHaveIsRefusedNamingIt() {
        String payloadTypo = """
                {"type":"message.sent","session_id":"s9","payload":{"body":"hi"},"timestamp":"2026-03-01T00:00:00Z"}""";
        Answer array = api.post("/api/events", "[" + EVENT + "," + payloadTypo + "]", json(WRITE_KEY));
        Answer lines = api.post("/api/events", EVENT + "\n" + payloadTypo + "\n" + EVENT + " x\n", ndjson(WRITE_KEY));

        assertThat(array.status()).isEqualTo(400);
        assertThat(array.errorCode()).isEqualTo("INVALID_INPUT");
        assertThat(array.json().path("error").path("errors").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(array.json().path("error").path("errors").get(0).get("error").asText())
                .contains("unknown field \"payload\"");
        assertThat(lines.status()).isEqualTo(400);
        var lineErrors = lines.json().path("error").path("errors");
        assertThat(lineErrors.findValuesAsText("line")).containsExactly("2", "3");
        assertThat(lineErrors.get(1).get("error").asText()).contains("unexpected content after the JSON value");
        assertThat(stored()).isZero();
    }

    @Test
    void aWellFormedIngestIsStillTaken() {
        Answer one = api.post("/api/events", EVENT, json(WRITE_KEY));
        Answer array = api.post("/api/events", "[" + EVENT.replace("s9", "s8") + "]  \n", json(WRITE_KEY));

        assertThat(one.status()).isEqualTo(200);
        assertThat(array.status()).isEqualTo(200);
        assertThat(stored()).isEqualTo(1);
    }
}
