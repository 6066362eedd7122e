package io.eventinspector.api;

import static io.eventinspector.api.ApiHarness.READ_KEY;
import static io.eventinspector.api.ApiHarness.key;
import static io.eventinspector.trace.TraceScenario.A;
import static io.eventinspector.trace.TraceScenario.AMBIGUOUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.api.ApiHarness.Answer;
import io.eventinspector.config.ConfigException;
import io.eventinspector.event.Event;
import io.eventinspector.store.Database;
import io.eventinspector.testing.TestDatabases;
import io.eventinspector.trace.TraceScenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/messages/{message_id}} and {@code GET /api/messages/health}: shapes, errors and the read role. */
class ApiTraceTest extends ApiTestBase {
    @Override
    List<Event> storedEvents() {
        return TraceScenario.events();
    }

    @Test
    void aMessagesTraceInTheEnvelope() {
        Answer answer = api.get("/api/messages/" + A + "?stuck_after=5m", key(READ_KEY));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("success").asBoolean()).isTrue();
        assertThat(answer.data().get("message_id").asText()).isEqualTo(A);
        assertThat(answer.data().get("status").asText()).isEqualTo("read");
        assertThat(answer.data().get("time_to_delivered_ms").asLong()).isEqualTo(1_200);
        assertThat(answer.data().get("events")).hasSize(3);
        assertThat(answer.data().get("events").get(1).get("since_message_ms").asLong()).isEqualTo(1_200);
        assertThat(answer.data().get("scanned").asBoolean()).isFalse();
    }

    @Test
    void healthIsARouteOfItsOwnNotAMessageIdAndFollowsTheFilters() {
        Answer all = api.get("/api/messages/health?stuck_after=5m", key(READ_KEY));
        Answer s1 = api.get("/api/messages/health?session_id=s1&stuck_after=12h", key(READ_KEY));
        Answer range = api.get("/api/messages/health?since=2026-02-03T10:04:00Z&until=2026-02-03T10:06:00Z"
                + "&event_type=message.sent", key(READ_KEY));

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.data().get("outgoing").asLong()).isEqualTo(11);
        assertThat(all.data().get("stuck").asLong()).isEqualTo(2);
        assertThat(all.data().get("problems").get(0).get("message_id").asText()).isEqualTo(TraceScenario.F);
        assertThat(s1.data().get("stuck").asLong()).isZero();
        assertThat(s1.data().get("pending").asLong()).isEqualTo(2);
        assertThat(range.data().get("outgoing").asLong()).isEqualTo(2);
        assertThat(range.data().get("incoming").asLong()).isZero();
    }

    @Test
    void anUnknownMessageIs404() {
        Answer answer = api.get("/api/messages/3EB0NOTSTORED", key(READ_KEY));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(answer.errorMessage()).isEqualTo("message not found");
    }

    @Test
    void anIdInTwoSessionsNeedsTheSessionId() {
        Answer ambiguous = api.get("/api/messages/" + AMBIGUOUS, key(READ_KEY));
        Answer named = api.get("/api/messages/" + AMBIGUOUS + "?session_id=s2", key(READ_KEY));

        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.errorCode()).isEqualTo("INVALID_QUERY");
        assertThat(ambiguous.errorMessage()).isEqualTo("message " + AMBIGUOUS + " is in 2 sessions (s1, s2): name "
                + "one with the session id");
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.data().get("direction").asText()).isEqualTo("incoming");
    }

    @Test
    void unknownParametersAndBadValuesAre400NamingThem() {
        Answer misspelt = api.get("/api/messages/" + A + "?sesion_id=s1", key(READ_KEY));
        Answer filterOnTrace = api.get("/api/messages/" + A + "?event_type=message.sent", key(READ_KEY));
        Answer healthMisspelt = api.get("/api/messages/health?stuckafter=5m", key(READ_KEY));
        Answer duration = api.get("/api/messages/" + A + "?stuck_after=soon", key(READ_KEY));
        Answer healthDuration = api.get("/api/messages/health?stuck_after=0s", key(READ_KEY));
        Answer since = api.get("/api/messages/health?since=yesterday", key(READ_KEY));
        Answer tooLong = api.get("/api/messages/" + A + "?stuck_after=9000000000000h", key(READ_KEY));
        Answer tooManyDigits = api.get("/api/messages/health?stuck_after=99999999999999999999h", key(READ_KEY));
        Answer longId = api.get("/api/messages/" + "X".repeat(256), key(READ_KEY));

        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.errorMessage()).isEqualTo("unknown query parameter \"sesion_id\" (expected session_id, "
                + "stuck_after)");
        assertThat(filterOnTrace.errorCode()).isEqualTo("INVALID_QUERY");
        assertThat(healthMisspelt.errorMessage()).startsWith("unknown query parameter \"stuckafter\"")
                .contains("stuck_after");
        assertThat(duration.status()).isEqualTo(400);
        assertThat(duration.errorMessage()).isEqualTo("invalid stuck_after=soon: expected a duration such as 90s, "
                + "30m, 1h or 1h30m");
        assertThat(healthDuration.errorCode()).isEqualTo("INVALID_QUERY");
        assertThat(since.errorCode()).isEqualTo("INVALID_QUERY");
        assertThat(since.errorMessage()).startsWith("invalid since timestamp format");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorMessage()).isEqualTo("invalid stuck_after=9000000000000h: expected a duration of at "
                + "most 100000h");
        assertThat(tooManyDigits.status()).isEqualTo(400);
        assertThat(tooManyDigits.errorCode()).isEqualTo("INVALID_QUERY");
        assertThat(longId.status()).isEqualTo(400);
        assertThat(longId.errorMessage()).startsWith("message_id is 256 characters long, at most 255 allowed");
    }

    @Test
    void aBadThresholdVariableStopsTheServerBeforeItStarts() {
        Database database = TestDatabases.sqlite(folder);
        try {
            assertThatThrownBy(() -> new ApiHarness(database, Map.of("WHATSAPP_TRACE_STUCK_AFTER", "soon"), false))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("invalid WHATSAPP_TRACE_STUCK_AFTER=soon: expected a duration such as 90s, 30m, 1h "
                            + "or 1h30m");
        } finally {
            database.close();
        }
    }

    @Test
    void bothRoutesNeedAKeyAndAReadKeyIsEnough() {
        for (String path : List.of("/api/messages/" + A, "/api/messages/health")) {
            assertThat(api.get(path).status()).as(path).isEqualTo(401);
            assertThat(api.get(path).errorCode()).as(path).isEqualTo("MISSING_API_KEY");
            assertThat(api.send("HEAD", path).status()).as(path).isEqualTo(401);
            assertThat(api.get(path, key(ApiHarness.WRITE_KEY)).status()).as(path).isEqualTo(200);
            assertThat(api.send("HEAD", path, key(READ_KEY)).status()).as(path).isEqualTo(200);
        }
    }
}
