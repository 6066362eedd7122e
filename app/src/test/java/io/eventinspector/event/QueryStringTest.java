package io.eventinspector.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QueryStringTest {
    static Stream<EventQuery> queries() {
        Instant since = Instant.parse("2026-02-03T10:30:00Z");
        Instant until = Instant.parse("2026-02-04T23:59:59.999Z");
        return Stream.of(
                EventQuery.all(),
                EventQuery.builder().sessionId("session123").build(),
                EventQuery.builder().sessionId("wa_49 1").build(),
                EventQuery.builder().sessionId("sessão&x=1+2%,ü/?#").build(),
                EventQuery.builder().type("message.sent").build(),
                EventQuery.builder().types(List.of("message.sent", "message.read", "presence.update")).build(),
                EventQuery.builder().since(since).build(),
                EventQuery.builder().until(until).build(),
                EventQuery.builder().since(since).until(until).build(),
                EventQuery.builder().since(Timestamps.EARLIEST).until(Timestamps.LATEST).build(),
                EventQuery.builder().text("refund").build(),
                EventQuery.builder().text("refund & return = 5 € for 3EB0A1").build(),
                EventQuery.builder().text("ünïcødé 🙂 日本語 + 100% , a:b ?#").build(),
                EventQuery.builder().text("\"exact phrase\" OR other*").build(),
                EventQuery.builder().limit(1).build(),
                EventQuery.builder().limit(EventQuery.MAX_LIMIT).offset(250).build(),
                EventQuery.builder().cursor(new Cursor(since, "evt_123")).build(),
                EventQuery.builder().cursor(new Cursor(until, "evt.2026 & ü=1")).limit(50).build(),
                EventQuery.builder().sessionId("wa 49&x").types(List.of("message.sent", "message.read"))
                        .since(since).until(until).text("refund & ü").limit(7).offset(3)
                        .cursor(new Cursor(since, "evt_9")).build());
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyQueryWrittenAndReadBackIsEqual(EventQuery query) {
        String written = QueryString.write(query);

        assertThat(QueryString.read(decode(written))).isEqualTo(query);
    }

    @Test
    void onlyWhatDiffersFromTheDefaultsIsWritten() {
        assertThat(QueryString.write(EventQuery.all())).isEmpty();
        assertThat(QueryString.write(EventQuery.builder().sessionId("wa_49 1")
                .types(List.of("message.sent", "message.read")).since(Instant.parse("2026-11-20T00:00:00Z"))
                .text("refund").build()))
                .isEqualTo("session_id=wa_49+1&event_type=message.sent,message.read&since=2026-11-20T00:00:00Z"
                        + "&q=refund");
    }

    @Test
    void typesMayBeRepeatedOrListedWithCommasAndUnknownParametersAreIgnored() {
        EventQuery read = QueryString.read(Map.of(
                "event_type", List.of("message.sent, message.read", "presence.update"),
                "utm_source", List.of("mail")));

        assertThat(read.types()).containsExactly("message.sent", "message.read", "presence.update");
    }

    @Test
    void badValuesNameTheParameterAsSent() {
        assertThatThrownBy(() -> QueryString.read(Map.of("limit", List.of("ten"))))
                .isInstanceOf(ValidationException.class).hasMessage("limit must be between 1 and 1000, got \"ten\"");
        assertThatThrownBy(() -> QueryString.read(Map.of("q", List.of("**"))))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("invalid q: ");
        assertThatThrownBy(() -> QueryString.read(Map.of("cursor", List.of("nonsense"))))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("invalid cursor");
    }

    /** What an HTTP server does with a query string (application/x-www-form-urlencoded, as Javalin decodes it). */
    private static Map<String, List<String>> decode(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (queryString.isEmpty()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
