package io.eventinspector.event;

import static io.eventinspector.event.FilterTextFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mistake the filter language refuses: the column it names and the whole message. */
class FilterTextErrorTest {
    private static final String KEYS =
            "keys are session, type, id, since, until, has and data.<field>; quote text that has a ':'";
    private static final String FIELD_NAME = "quote a name of other characters, e.g. data.\"@type\"";

    static Stream<Arguments> errors() {
        return Stream.of(
                // keys
                arguments("sesion:sales", 1, "unknown key 'sesion' — did you mean 'session'?"),
                arguments("tpye:message.sent", 1, "unknown key 'tpye' — did you mean 'type'?"),
                arguments("Session:sales", 1, "unknown key 'Session' — did you mean 'session'?"),
                arguments("session_id:sales", 1, "unknown key 'session_id' — did you mean 'session'?"),
                arguments("a untill:-1h", 3, "unknown key 'untill' — did you mean 'until'?"),
                arguments("dta.status:failed", 1, "unknown key 'dta.status' — did you mean 'data.status'?"),
                arguments("Data.status:failed", 1, "unknown key 'Data.status' — did you mean 'data.status'?"),
                arguments("status:failed", 1, "unknown key 'status' — " + KEYS),
                arguments("http://x.test", 1, "unknown key 'http' — " + KEYS),
                arguments(":-)", 1, "expected a key before ':' — quote text that has a ':'"),
                // values
                arguments("type:", 6, "expected a value after 'type:'"),
                arguments("type: message.sent", 6, "expected a value after 'type:'"),
                arguments("(type:)", 7, "expected a value after 'type:'"),
                arguments("session:a,", 11, "expected a value after ','"),
                arguments("session:a,,b", 11, "expected a value after ','"),
                arguments("session:\"\"", 9, "expected a value after 'session:'"),
                arguments("data.x:(a)", 8, "expected a value after 'data.x:'"),
                arguments("since:", 7, "expected a value after 'since:'"),
                arguments("session:sales*", 9,
                        "'session:' takes exact values, no '*' wildcards — a literal * goes in quotes as \\*"),
                arguments("id:evt_*", 4,
                        "'id:' takes exact values, no '*' wildcards — a literal * goes in quotes as \\*"),
                arguments("session:" + "s".repeat(256), 9, "session is 256 characters long, at most 255 are allowed"),
                arguments("id:" + "e".repeat(256), 4, "id is 256 characters long, at most 255 are allowed"),
                arguments("type:Message.Sent", 6,
                        "invalid type 'Message.Sent' — only lowercase letters, digits and _ . - are allowed"),
                arguments("type:\"a b\"", 6,
                        "invalid type '\"a b\"' — only lowercase letters, digits and _ . - are allowed"),
                arguments("type:*.sent", 6, "a type wildcard '*' goes at the end — e.g. type:message.*"),
                arguments("type:*", 6, "expected the start of a type before '*' — e.g. type:message.*"),
                arguments("type:" + "t".repeat(51), 6, "type is 51 characters long, at most 50 are allowed"),
                // comparisons
                arguments("data.retry_count:>x", 18,
                        "'>' needs a number or an RFC 3339 time — e.g. data.retry_count:>3"),
                arguments("data.n:>=", 8, "'>=' needs a number or an RFC 3339 time — e.g. data.n:>=3"),
                arguments("data.n:< 3", 8, "'<' needs a number or an RFC 3339 time — e.g. data.n:<3"),
                arguments("data.n:<=\"3\"", 8, "'<=' needs a number or an RFC 3339 time — e.g. data.n:<=3"),
                arguments("data.n:>3*", 8, "'>' needs a number or an RFC 3339 time — e.g. data.n:>3"),
                arguments("data.n:>true", 8, "'>' needs a number or an RFC 3339 time — e.g. data.n:>3"),
                arguments("data.d:>2026-02-03", 8, "'>' needs a number or an RFC 3339 time — e.g. data.d:>3"),
                arguments("data.n:1,>x", 10, "'>' needs a number or an RFC 3339 time — e.g. data.n:>3"),
                // times
                arguments("since:-2x", 7,
                        "bad duration '-2x' — use d, h, m, s and ms, largest first, e.g. -2h or -1h30m"),
                arguments("since:-30m1h", 7,
                        "bad duration '-30m1h' — use d, h, m, s and ms, largest first, e.g. -2h or -1h30m"),
                arguments("until:-1.5h", 7,
                        "bad duration '-1.5h' — use d, h, m, s and ms, largest first, e.g. -2h or -1h30m"),
                arguments("since:-0s", 7,
                        "bad duration '-0s' — use d, h, m, s and ms, largest first, e.g. -2h or -1h30m"),
                arguments("since:-", 7,
                        "bad duration '-' — use d, h, m, s and ms, largest first, e.g. -2h or -1h30m"),
                arguments("since:-9999999999999999h", 7,
                        "bad duration '-9999999999999999h' — use d, h, m, s and ms, largest first, e.g. -2h or -1h30m"),
                arguments("since:2026-02-30T10:00:00Z", 7, "bad time '2026-02-30T10:00:00Z' for 'since:' — use RFC 3339"
                        + " with an offset, e.g. 2026-02-03T10:00:00Z, or a duration before now, e.g. -2h"),
                arguments("until:2026-02-03T10:00:00", 7, "bad time '2026-02-03T10:00:00' for 'until:' — use RFC 3339"
                        + " with an offset, e.g. 2026-02-03T10:00:00Z, or a duration before now, e.g. -2h"),
                arguments("since:2h", 7, "bad time '2h' for 'since:' — use RFC 3339"
                        + " with an offset, e.g. 2026-02-03T10:00:00Z, or a duration before now, e.g. -2h"),
                arguments("since:1969-12-31T23:59:59Z", 7, "time '1969-12-31T23:59:59Z' is out of range — allowed are"
                        + " times from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z"),
                arguments("since:-500000d", 7, "time '-500000d' is out of range — allowed are"
                        + " times from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z"),
                arguments("since:-1h,-2h", 10, "'since:' takes one time"),
                arguments("since:-1h until:-2h", 1,
                        "since (2026-02-03T11:00:00Z) is after until (2026-02-03T10:00:00Z)"),
                arguments("x (until:-2h since:-1h)", 14,
                        "since (2026-02-03T11:00:00Z) is after until (2026-02-03T10:00:00Z)"),
                // field paths
                arguments("data.key$x:1", 9, "unexpected '$' in a field name — " + FIELD_NAME),
                arguments("data..x:1", 6, "expected a field name after '.' — " + FIELD_NAME),
                arguments("data.:1", 6, "expected a field name after '.' — " + FIELD_NAME),
                arguments("data:x", 5, "expected a field path after 'data' — e.g. data.status:failed"),
                arguments("data.\"\":1", 6, "empty field name"),
                arguments("data.\"a b\" x", 11, "expected ':' after the field path — e.g. data.status:failed"),
                arguments("data.\"a b", 6, "unclosed quote"),
                arguments("has:session", 5, "'has:' needs a field path — e.g. has:data.error"),
                arguments("has:database", 5, "'has:' needs a field path — e.g. has:data.error"),
                arguments("has:\"data.x\"", 5, "'has:' needs a field path — e.g. has:data.error"),
                arguments("has:data", 9, "expected a field path after 'data' — e.g. data.status:failed"),
                arguments("has:data.a$b", 11, "unexpected '$' in a field name — " + FIELD_NAME),
                // quotes
                arguments("data.error:\"not on", 12, "unclosed quote"),
                arguments("refund \"not on WhatsApp", 8, "unclosed quote"),
                arguments("\"ends with \\\"", 1, "unclosed quote"),
                arguments("\"say \\n\"", 6, "unknown escape '\\n' — in quotes \\\" \\\\ and \\* are the escapes"),
                arguments("\"\"", 1, "empty phrase — put words between the quotes, or remove them"),
                arguments("foo\"bar\"", 4, "unexpected '\"' — separate terms with a space"),
                arguments("data.x:\"a\"b", 11, "unexpected 'b' — separate terms with a space"),
                // structure
                arguments("(a OR b))", 9, "unbalanced ')'"),
                arguments(")", 1, "unbalanced ')'"),
                arguments("(a OR b", 1, "unclosed '('"),
                arguments("a ((b)", 3, "unclosed '('"),
                arguments("()", 2, "expected a term after '('"),
                arguments("(a)(b)", 4, "unexpected '(' — separate terms with a space"),
                arguments("a(b)", 2, "unexpected '(' — separate terms with a space"),
                arguments("- type:x", 2, "expected a term right after '-' — e.g. -type:presence.update"),
                arguments("a !", 4, "expected a term right after '!' — e.g. !type:presence.update"),
                arguments("(a -)", 5, "expected a term after '-'"),
                arguments("NOT", 4, "expected a term after 'NOT'"),
                arguments("a OR", 5, "expected a term after 'OR'"),
                arguments("OR a", 1, "expected a term before 'OR'"),
                arguments("AND a", 1, "expected a term before 'AND'"),
                arguments("a OR OR b", 6, "expected a term after 'OR'"),
                arguments("a AND", 6, "expected a term after 'AND'"),
                arguments("a AND OR b", 7, "expected a term after 'AND'"),
                arguments("(OR a)", 2, "expected a term after '('"),
                // payload text
                arguments("&", 1, "search text '&' has no letters or digits to search for"),
                arguments("session:a & =", 11, "search text '&' has no letters or digits to search for"),
                arguments("refund OR \"!?\"", 11, "search text '!?' has no letters or digits to search for"),
                // columns count characters as people do, and messages show text safely
                arguments("🙂 sesion:x", 3, "unknown key 'sesion' — did you mean 'session'?"),
                arguments("se\u001bsion:x", 1, "unknown key 'se\\u001bsion' — did you mean 'session'?"),
                arguments("k".repeat(50) + ":x", 1, "unknown key '" + "k".repeat(40) + "…' — " + KEYS),
                // limits
                arguments("(".repeat(33) + "a" + ")".repeat(33), 33, "more than 32 nested parentheses"),
                arguments("a".repeat(FilterText.MAX_LENGTH + 1), FilterText.MAX_LENGTH + 1,
                        "filter is 10001 characters long, at most 10000 are allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void eachMistakeNamesItsColumnAndWhatWasExpected(String text, int column, String message) {
        FilterSyntaxException e = catchThrowableOfType(FilterSyntaxException.class, () -> parse(text));

        assertThat(e).as("refused: %s", text).isNotNull();
        assertThat(e.column()).as("column in %s", text).isEqualTo(column);
        String[] parts = message.split(" — ", 2);
        assertThat(e.error().problem()).isEqualTo(parts[0]);
        assertThat(e.error().hint()).isEqualTo(Optional.ofNullable(parts.length > 1 ? parts[1] : null));
        assertThat(e.getMessage()).isEqualTo(parts[0] + " at column " + column
                + (parts.length > 1 ? " — " + parts[1] : ""));
    }

    @Test
    void theMessageReadsAsTheIssueShowsIt() {
        assertThat(catchThrowableOfType(FilterSyntaxException.class, () -> parse("sesion:sales")))
                .hasMessage("unknown key 'sesion' at column 1 — did you mean 'session'?");
        assertThat(catchThrowableOfType(FilterSyntaxException.class, () -> parse("data.error:\"not on")))
                .hasMessage("unclosed quote at column 12");
    }

    @Test
    void aSyntaxErrorIsBadInputOfTheFieldFilterAsEveryFrontEndRefusesIt() {
        FilterSyntaxException e = catchThrowableOfType(FilterSyntaxException.class, () -> parse("type:"));

        assertThat(e).isInstanceOf(ValidationException.class);
        assertThat(e.field()).isEqualTo("filter");
    }

    @Test
    void theDeepestNestingAllowedIsRead() {
        String text = "(".repeat(FilterText.MAX_DEPTH) + "a" + ")".repeat(FilterText.MAX_DEPTH);

        assertThat(parse(text)).isEqualTo(new FilterTerm.TextTerm("a"));
    }
}
