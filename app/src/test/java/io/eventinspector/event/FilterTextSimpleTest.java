package io.eventinspector.event;

import static io.eventinspector.event.FilterTextFixtures.NOW;
import static io.eventinspector.event.FilterTextFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which expressions the filter bar's fixed controls can show, and the query state they give them. */
class FilterTextSimpleTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "", "session:a", "type:a", "type:a,b", "(type:a OR type:b) session:s", "since:-2h", "until:-1h",
        "session:a type:b since:-2h until:-1h refund now", "\"refund\"", "refund \"a:b\"", "& refund"})
    void anAndOfOneOfEachFixedFilterAndWordsIsSimple(String text) {
        assertThat(parse(text).isSimple()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-session:a", "-refund", "type:message.*", "type:a,message.*", "id:evt_1", "has:data.x", "data.x:1",
        "a OR b", "(type:a OR session:b)", "\"two words\"", "session:a session:b", "type:a type:b",
        "since:-2h since:-1h", "until:-2h until:-1h", "NOT (a b)"})
    void whatTheControlsCannotShowExactlyIsNotSimple(String text) {
        FilterExpression expression = parse(text);

        assertThat(expression.isSimple()).isFalse();
        assertThat(expression.toQuery(EventQuery.builder())).isEmpty();
    }

    @Test
    void aSimpleExpressionSetsTheControlsAndKeepsThePaging() {
        EventQuery.Builder base = EventQuery.builder().sessionId("old").type("old.type").text("old words")
                .since(Instant.parse("2020-01-01T00:00:00Z")).limit(7).offset(3);

        EventQuery query = parse("session:sales type:message.sent,message.read since:-2h refund now")
                .toQuery(base).orElseThrow().build();

        assertThat(query).isEqualTo(EventQuery.builder().sessionId("sales")
                .types(List.of("message.sent", "message.read")).since(NOW.minus(Duration.ofHours(2)))
                .text("refund now").limit(7).offset(3).build());
    }

    @Test
    void controlsTheExpressionDoesNotNameAreCleared() {
        EventQuery.Builder base = EventQuery.builder().sessionId("old").type("old.type").text("old words")
                .since(Instant.parse("2020-01-01T00:00:00Z")).until(Instant.parse("2021-01-01T00:00:00Z"));

        EventQuery query = parse("").toQuery(base).orElseThrow().build();

        assertThat(query).isEqualTo(EventQuery.all());
    }

    @Test
    void anExpressionThatIsNotSimpleLeavesTheControlsAsTheyWere() {
        EventQuery.Builder base = EventQuery.builder().sessionId("old").text("old words");

        assertThat(parse("data.status:failed").toQuery(base)).isEmpty();
        assertThat(base.build()).isEqualTo(EventQuery.builder().sessionId("old").text("old words").build());
    }

    @Test
    void theControlsBecomeAnExpressionOfTheirOwnTerms() {
        EventQuery query = EventQuery.builder().sessionId("sales").types(List.of("message.sent", "message.read"))
                .text("refund now").build();

        assertThat(FilterExpression.of(query)).isEqualTo(FilterTextFixtures.and(FilterTextFixtures.session("sales"),
                FilterTextFixtures.or(FilterTextFixtures.type("message.sent"), FilterTextFixtures.type("message.read")),
                FilterTextFixtures.text("refund"), FilterTextFixtures.text("now")));
        assertThat(FilterExpression.of(EventQuery.all())).isEqualTo(FilterExpression.EVERYTHING);
    }
}
