package io.eventinspector.event;

import static io.eventinspector.event.FilterTextFixtures.NOW;
import static io.eventinspector.event.FilterTextFixtures.and;
import static io.eventinspector.event.FilterTextFixtures.bool;
import static io.eventinspector.event.FilterTextFixtures.field;
import static io.eventinspector.event.FilterTextFixtures.has;
import static io.eventinspector.event.FilterTextFixtures.id;
import static io.eventinspector.event.FilterTextFixtures.jsonNull;
import static io.eventinspector.event.FilterTextFixtures.not;
import static io.eventinspector.event.FilterTextFixtures.number;
import static io.eventinspector.event.FilterTextFixtures.or;
import static io.eventinspector.event.FilterTextFixtures.parse;
import static io.eventinspector.event.FilterTextFixtures.session;
import static io.eventinspector.event.FilterTextFixtures.string;
import static io.eventinspector.event.FilterTextFixtures.text;
import static io.eventinspector.event.FilterTextFixtures.time;
import static io.eventinspector.event.FilterTextFixtures.type;
import static io.eventinspector.event.FilterTextFixtures.wildcard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.eventinspector.event.FilterTerm.FieldTerm;
import io.eventinspector.event.FilterTerm.Operator;
import io.eventinspector.event.FilterTerm.SinceTerm;
import io.eventinspector.event.FilterTerm.TypeTerm;
import io.eventinspector.event.FilterTerm.UntilTerm;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every construct of the filter language, read into its tree (errors: {@code FilterTextErrorTest}). */
class FilterTextTest {
    static Stream<Arguments> constructs() {
        return Stream.of(
                arguments("", FilterExpression.EVERYTHING),
                arguments(" \t\n ", FilterExpression.EVERYTHING),
                // the event's own fields
                arguments("session:sales", session("sales")),
                arguments("session:\"sales team\"", session("sales team")),
                arguments("session:wa-49_1.x", session("wa-49_1.x")),
                arguments("session:\"a\\*b\"", session("a*b")),
                arguments("type:message.sent", type("message.sent")),
                arguments("type:message.*", TypeTerm.prefix("message.")),
                arguments("type:mess*", TypeTerm.prefix("mess")),
                arguments("id:evt_01J9Z", id("evt_01J9Z")),
                arguments("id:\"evt 1,2\"", id("evt 1,2")),
                // times: absolute (any offset, to the millisecond) and relative to now
                arguments("since:2026-02-03T10:00:00Z", SinceTerm.at(Instant.parse("2026-02-03T10:00:00Z"))),
                arguments("since:2026-02-03T11:00:00.1239+01:00",
                        SinceTerm.at(Instant.parse("2026-02-03T10:00:00.123Z"))),
                arguments("until:2026-02-03T10:00Z", UntilTerm.at(Instant.parse("2026-02-03T10:00:00Z"))),
                arguments("since:-2h", ago(true, Duration.ofHours(2))),
                arguments("until:-15m", ago(false, Duration.ofMinutes(15))),
                arguments("since:-7d", ago(true, Duration.ofDays(7))),
                arguments("since:-1d2h30m15s500ms", ago(true, Duration.parse("P1DT2H30M15.5S"))),
                arguments("since:-90s", ago(true, Duration.ofSeconds(90))),
                arguments("since:-250ms", ago(true, Duration.ofMillis(250))),
                // payload fields: typed values
                arguments("data.status:failed", field("status", string("failed"))),
                arguments("data.key.remoteJid:4917*@s.whatsapp.net",
                        field("key.remoteJid", wildcard("4917", "@s.whatsapp.net"))),
                arguments("data.retry_count:3", field("retry_count", number("3"))),
                arguments("data.delta:-2.50", field("delta", number("-2.50"))),
                arguments("data.size:1e3", field("size", number("1E+3"))),
                arguments("data.phone:+4917612345678", field("phone", string("+4917612345678"))),
                arguments("data.code:007", field("code", string("007"))),
                arguments("data.count:\"3\"", field("count", string("3"))),
                arguments("data.is_group:true", field("is_group", bool(true))),
                arguments("data.from_me:false", field("from_me", bool(false))),
                arguments("data.error:null", field("error", jsonNull())),
                arguments("data.flag:\"true\"", field("flag", string("true"))),
                arguments("data.flag:True", field("flag", string("True"))),
                arguments("data.at:2026-02-03T10:00:00Z", field("at", time("2026-02-03T10:00:00Z"))),
                arguments("data.at:2026-02-03T10:00:00.123456789+02:00",
                        field("at", time("2026-02-03T08:00:00.123456789Z"))),
                arguments("data.day:2026-02-03", field("day", string("2026-02-03"))),
                arguments("data.day:2026-02-30T10:00:00Z", field("day", string("2026-02-30T10:00:00Z"))),
                arguments("data.note:\"\"", field("note", string(""))),
                arguments("data.url:http://x.test/a?b=c", field("url", string("http://x.test/a?b=c"))),
                arguments("data.path:C:\\temp", field("path", string("C:\\temp"))),
                // comparisons
                arguments("data.retry_count:>3", field("retry_count", Operator.GT, number("3"))),
                arguments("data.retry_count:>=3", field("retry_count", Operator.GE, number("3"))),
                arguments("data.retry_count:<0.5", field("retry_count", Operator.LT, number("0.5"))),
                arguments("data.retry_count:<=-1", field("retry_count", Operator.LE, number("-1"))),
                arguments("data.sent_at:>2026-02-03T10:00:00Z",
                        field("sent_at", Operator.GT, time("2026-02-03T10:00:00Z"))),
                // wildcards and quotes
                arguments("data.error:\"*not on WhatsApp*\"", field("error", wildcard("", "not on WhatsApp", ""))),
                arguments("data.error:\"not on WhatsApp\"", field("error", string("not on WhatsApp"))),
                arguments("data.x:*", field("x", wildcard("", ""))),
                arguments("data.x:a*b*c", field("x", wildcard("a", "b", "c"))),
                arguments("data.x:\"a\\*b\"", field("x", string("a*b"))),
                arguments("data.x:\"a\\**\"", field("x", wildcard("a*", ""))),
                arguments("data.x:\"say \\\"hi\\\" \\\\ ok\"", field("x", string("say \"hi\" \\ ok"))),
                arguments("data.x:\"(a, b)\"", field("x", string("(a, b)"))),
                arguments("data.x:\">3\"", field("x", string(">3"))),
                // paths
                arguments("data.messages.0.key:x", field("messages.0.key", string("x"))),
                arguments("data.x-y_z.Größe:1", field("x-y_z.Größe", number("1"))),
                arguments("data.\"@type\".x:1", FieldTerm.equal(FieldPath.of("@type", "x"), number("1"))),
                arguments("data.\"a b\".\"c.d\":x", FieldTerm.equal(FieldPath.of("a b", "c.d"), string("x"))),
                arguments("data.a.\"b\":x", FieldTerm.equal(FieldPath.of("a", "b"), string("x"))),
                arguments("has:data.error", has("error")),
                arguments("has:data.key.\"@id\"", has("key", "@id")),
                // payload text
                arguments("refund", text("refund")),
                arguments("\"not on WhatsApp\"", text("not on WhatsApp")),
                arguments("\"refund\"", text("refund")),
                arguments("\"a:b (c)\"", text("a:b (c)")),
                arguments("\"a*b\"", text("a*b")),
                arguments("msg-abc-123", text("msg-abc-123")),
                arguments("+49 151", and(text("+49"), text("151"))),
                arguments("a,b other*", and(text("a,b"), text("other*"))),
                arguments("data.json", text("data.json")),
                arguments("ORDER or and", and(text("ORDER"), text("or"), text("and"))),
                arguments("\"OR\"", text("OR")),
                arguments("!important", not(text("important"))),
                // negation
                arguments("-type:presence.update", not(type("presence.update"))),
                arguments("!has:data.error", not(has("error"))),
                arguments("NOT session:a", not(session("a"))),
                arguments("-\"not on WhatsApp\"", not(text("not on WhatsApp"))),
                arguments("-(a OR b)", not(or(text("a"), text("b")))),
                arguments("NOT(a)", not(text("a"))),
                arguments("--a", not(not(text("a")))),
                arguments("data.delta:-5", field("delta", number("-5"))),
                arguments("-data.delta:-5", not(field("delta", number("-5")))),
                // one of several values
                arguments("session:a,b", or(session("a"), session("b"))),
                arguments("type:message.sent,message.*",
                        or(type("message.sent"), TypeTerm.prefix("message."))),
                arguments("id:e1,\"e 2\"", or(id("e1"), id("e 2"))),
                arguments("has:data.a,data.b", or(has("a"), has("b"))),
                arguments("data.n:<1,>9,null", or(field("n", Operator.LT, number("1")),
                        field("n", Operator.GT, number("9")), field("n", jsonNull()))),
                arguments("-type:a,b", not(or(type("a"), type("b")))),
                // AND, OR, parentheses
                arguments("session:a type:b refund", and(session("a"), type("b"), text("refund"))),
                arguments("session:a\ttype:b\nrefund", and(session("a"), type("b"), text("refund"))),
                arguments("a AND b", and(text("a"), text("b"))),
                arguments("a OR b", or(text("a"), text("b"))),
                arguments("(a)", text("a")),
                arguments("( a  b )", and(text("a"), text("b"))),
                arguments("a (b c)", and(text("a"), text("b"), text("c"))),
                arguments("(a OR b) OR c", or(text("a"), text("b"), text("c"))),
                arguments("type:a,b OR c", or(type("a"), type("b"), text("c"))),
                arguments("(a OR b) c", and(or(text("a"), text("b")), text("c"))),
                arguments("x OR(a)", or(text("x"), text("a"))),
                arguments("since:-2h until:-1h", and(ago(true, Duration.ofHours(2)), ago(false, Duration.ofHours(1)))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("constructs")
    void eachConstructReadsAsItsTree(String text, FilterExpression expected) {
        assertThat(parse(text)).isEqualTo(expected);
    }

    /** Juxtaposition (AND) binds tighter than OR, negation tighter than both — as GitHub and Sentry search read it. */
    static Stream<Arguments> precedence() {
        FilterExpression a = text("a");
        FilterExpression b = text("b");
        FilterExpression c = text("c");
        return Stream.of(
                arguments("a b OR c", or(and(a, b), c)),
                arguments("a AND b OR c", or(and(a, b), c)),
                arguments("a OR b c", or(a, and(b, c))),
                arguments("a OR b AND c", or(a, and(b, c))),
                arguments("a (b OR c)", and(a, or(b, c))),
                arguments("-a b", and(not(a), b)),
                arguments("NOT a OR b", or(not(a), b)),
                arguments("-(a b) OR c", or(not(and(a, b)), c)),
                arguments("-type:x,y session:s", and(not(or(type("x"), type("y"))), session("s"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("precedence")
    void andBindsTighterThanOr(String text, FilterExpression expected) {
        assertThat(parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("relativeTimes")
    void relativeTimesCountBackFromTheGivenNowToTheMillisecond(Instant now, String text, FilterTerm expected) {
        assertThat(FilterText.parse(text, now)).isEqualTo(expected);
    }

    static Stream<Arguments> relativeTimes() {
        return Stream.of(
                arguments(NOW, "since:-2h",
                        new SinceTerm(Instant.parse("2026-02-03T10:00:00Z"), Optional.of(Duration.ofHours(2)))),
                arguments(NOW, "until:-1m30s",
                        new UntilTerm(Instant.parse("2026-02-03T11:58:30Z"), Optional.of(Duration.ofSeconds(90)))),
                arguments(Instant.parse("2026-02-03T12:00:00.123999Z"), "since:-1s",
                        new SinceTerm(Instant.parse("2026-02-03T11:59:59.123Z"), Optional.of(Duration.ofSeconds(1)))),
                arguments(Instant.parse("1970-01-01T02:00:00Z"), "since:-2h",
                        new SinceTerm(Instant.EPOCH, Optional.of(Duration.ofHours(2)))));
    }

    private static FilterTerm ago(boolean since, Duration duration) {
        Instant time = NOW.minus(duration);
        return since ? new SinceTerm(time, Optional.of(duration)) : new UntilTerm(time, Optional.of(duration));
    }
}
