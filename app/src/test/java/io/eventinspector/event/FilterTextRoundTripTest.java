package io.eventinspector.event;

import static io.eventinspector.event.FilterTextFixtures.NOW;
import static io.eventinspector.event.FilterTextFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.eventinspector.event.FilterTerm.SinceTerm;
import io.eventinspector.event.FilterTerm.UntilTerm;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Written and read back, a query or an expression is equal to itself; the written form is canonical. */
class FilterTextRoundTripTest {
    static Stream<EventQuery> queries() {
        Instant since = Instant.parse("2026-02-03T10:30:00Z");
        Instant until = Instant.parse("2026-02-04T23:59:59.999Z");
        return Stream.of(
                EventQuery.all(),
                EventQuery.builder().sessionId("session123").build(),
                EventQuery.builder().sessionId("wa_49 1").build(),
                EventQuery.builder().sessionId("sessão&x=1+2%,ü/?#").build(),
                EventQuery.builder().sessionId("say \"hi\" \\ * (x) OR").build(),
                EventQuery.builder().sessionId(">x").build(),
                EventQuery.builder().sessionId("-x").build(),
                EventQuery.builder().sessionId("line\nbreak\ttab").build(),
                EventQuery.builder().sessionId("s".repeat(Validation.MAX_SESSION_ID_LENGTH)).build(),
                EventQuery.builder().type("message.sent").build(),
                EventQuery.builder().types(List.of("message.sent", "message.read", "presence.update")).build(),
                EventQuery.builder().since(since).build(),
                EventQuery.builder().until(until).build(),
                EventQuery.builder().since(since).until(since).build(),
                EventQuery.builder().since(Timestamps.EARLIEST).until(Timestamps.LATEST).build(),
                EventQuery.builder().text("refund").build(),
                EventQuery.builder().text("refund & return = 5 € for 3EB0A1").build(),
                EventQuery.builder().text("ünïcødé 🙂 日本語 + 100% , a:b ?#").build(),
                EventQuery.builder().text("\"exact phrase\" OR other*").build(),
                EventQuery.builder().text("-5 !x NOT AND (a) data.x:1 back\\slash ²").build(),
                EventQuery.builder().limit(1).build(),
                EventQuery.builder().limit(EventQuery.MAX_LIMIT).offset(250).build(),
                EventQuery.builder().cursor(new Cursor(since, "evt_123")).build(),
                EventQuery.builder().sessionId("wa 49&x").types(List.of("message.sent", "message.read"))
                        .since(since).until(until).text("refund & ü").limit(7).offset(3)
                        .cursor(new Cursor(since, "evt_9")).build());
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyQueryWrittenAndReadBackIsEqual(EventQuery query) {
        FilterExpression read = parse(FilterText.write(query));

        assertThat(read.isSimple()).isTrue();
        assertThat(read.toQuery(query.toBuilder()).orElseThrow().build()).isEqualTo(query);
    }

    @Test
    void runsOfWhitespaceInTheTextComeBackAsOneSpaceWhichSearchesTheSame() {
        EventQuery query = EventQuery.builder().text("refund \t  return\nnow").build();

        FilterExpression read = parse(FilterText.write(query));

        assertThat(read.toQuery(EventQuery.builder()).orElseThrow().build().text()).contains("refund return now");
    }

    @Test
    void aQueryIsWrittenAsTheFilterBarWouldShowIt() {
        EventQuery query = EventQuery.builder().sessionId("sales team")
                .types(List.of("message.sent", "message.read"))
                .since(Instant.parse("2026-02-03T10:00:00Z")).until(Instant.parse("2026-02-03T12:00:00.5Z"))
                .text("refund \"OR\" a:b").limit(7).build();

        assertThat(FilterText.write(query)).isEqualTo("session:\"sales team\" type:message.sent,message.read"
                + " since:2026-02-03T10:00:00Z until:2026-02-03T12:00:00.500Z refund \"\\\"OR\\\"\" \"a:b\"");
        assertThat(FilterText.write(EventQuery.all())).isEmpty();
    }

    static Stream<Arguments> canonicalForms() {
        return Stream.of(
                arguments("", ""),
                arguments("  refund  ", "refund"),
                arguments("a AND b", "a b"),
                arguments("NOT x", "-x"),
                arguments("!x", "-x"),
                arguments("(a OR b) c", "(a OR b) c"),
                arguments("a OR (b c)", "a OR b c"),
                arguments("((a))", "a"),
                arguments("-(a b)", "-(a b)"),
                arguments("-(a OR b)", "-(a OR b)"),
                arguments("NOT NOT a", "--a"),
                arguments("type:a OR type:b", "type:a,b"),
                arguments("(type:a OR type:b) session:s", "type:a,b session:s"),
                arguments("type:a OR session:b", "type:a OR session:b"),
                arguments("(type:a OR session:b) x", "(type:a OR session:b) x"),
                arguments("-(type:a OR type:b)", "-type:a,b"),
                arguments("data.n:<1 OR data.n:>9", "data.n:<1,>9"),
                arguments("data.n:1 OR data.m:2", "data.n:1 OR data.m:2"),
                arguments("has:data.a OR has:data.b", "has:data.a,data.b"),
                arguments("data.x:\"abc\"", "data.x:abc"),
                arguments("data.x:\"3\"", "data.x:\"3\""),
                arguments("data.x:\"null\"", "data.x:\"null\""),
                arguments("data.x:\">3\"", "data.x:\">3\""),
                arguments("data.x:\"a b*\"", "data.x:\"a b*\""),
                arguments("data.x:\"a\\*b\"", "data.x:\"a\\*b\""),
                arguments("data.x:1.50", "data.x:1.50"),
                arguments("data.x:1e3", "data.x:1E+3"),
                arguments("data.at:2026-02-03T11:00:00+01:00", "data.at:2026-02-03T10:00:00Z"),
                arguments("data.\"a\":x", "data.a:x"),
                arguments("data.\"@type\":x", "data.\"@type\":x"),
                arguments("since:-2h", "since:-2h"),
                arguments("since:-120m", "since:-2h"),
                arguments("since:-1d90m", "since:-1d1h30m"),
                arguments("since:2026-02-03T11:00:00+01:00", "since:2026-02-03T10:00:00Z"),
                arguments("\"refund\"", "refund"),
                arguments("\"two words\"", "\"two words\""),
                arguments("\"-x\"", "\"-x\""),
                arguments("session:\"a\\*b\"", "session:\"a\\*b\""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("canonicalForms")
    void theWrittenFormIsCanonical(String text, String canonical) {
        assertThat(FilterText.write(parse(text))).isEqualTo(canonical);
        assertThat(parse(canonical)).isEqualTo(parse(text));
    }

    static Stream<String> constructs() {
        return FilterTextTest.constructs().map(arguments -> (String) arguments.get()[0]);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("constructs")
    void everyConstructWrittenAndReadBackIsEqual(String text) {
        FilterExpression expression = parse(text);

        assertThat(parse(FilterText.write(expression))).isEqualTo(expression);
    }

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    /** Trees of awkward names and values (quotes, stars, keywords, emoji) the table above would not think of. */
    @ParameterizedTest
    @MethodSource("seeds")
    void generatedExpressionsWrittenAndReadBackAreEqual(int seed) {
        FilterExpression expression = new RandomFilters(seed).expression(3);

        String written = FilterText.write(expression);

        assertThat(parse(written)).as(written).isEqualTo(expression);
    }

    @Test
    void relativeTimesStayRelativeWhenWrittenAgain() {
        FilterExpression read = parse("since:-2h until:-15m");

        assertThat(FilterText.write(read)).isEqualTo("since:-2h until:-15m");
        assertThat(((FilterExpression.And) read).parts()).containsExactly(
                new SinceTerm(NOW.minusSeconds(7200), java.util.Optional.of(java.time.Duration.ofHours(2))),
                new UntilTerm(NOW.minusSeconds(900), java.util.Optional.of(java.time.Duration.ofMinutes(15))));
    }
}
