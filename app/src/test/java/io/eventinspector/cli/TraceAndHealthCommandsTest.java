package io.eventinspector.cli;

import static io.eventinspector.trace.TraceScenario.A;
import static io.eventinspector.trace.TraceScenario.AMBIGUOUS;
import static io.eventinspector.trace.TraceScenario.S;
import static io.eventinspector.trace.TraceScenario.X;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.CliRun;
import io.eventinspector.testing.CliRun.Result;
import io.eventinspector.trace.TraceScenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trace} and {@code health}: the issue's JSON shapes, the tables, and exit codes 0, 1 and 2. */
class TraceAndHealthCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private String db;

    @BeforeEach
    void storeTheScenario() {
        Path file = folder.resolve("events.db");
        try (Database database = Database.open(StoreUrl.sqlite(file))) {
            database.events().append(TraceScenario.events());
        }
        db = file.toString();
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", db));
        return CliRun.once(all.toArray(String[]::new));
    }

    @Test
    void traceAsJsonHasTheIssuesShape() throws Exception {
        Result result = run("trace", A, "--format", "json", "--stuck-after", "5m");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode trace = JSON.readTree(result.out());
        assertThat(fieldNames(trace)).containsExactly("message_id", "session_id", "chat_id", "direction", "status",
                "time_to_delivered_ms", "time_to_read_ms", "events", "anomalies", "participants", "disconnected",
                "scanned");
        assertThat(trace.get("message_id").asText()).isEqualTo(A);
        assertThat(trace.get("session_id").asText()).isEqualTo("s1");
        assertThat(trace.get("chat_id").asText()).isEqualTo(TraceScenario.PEER);
        assertThat(trace.get("direction").asText()).isEqualTo("outgoing");
        assertThat(trace.get("status").asText()).isEqualTo("read");
        assertThat(trace.get("time_to_delivered_ms").asLong()).isEqualTo(1_200);
        assertThat(trace.get("time_to_read_ms").asLong()).isEqualTo(TraceScenario.A_READ_MS);
        assertThat(trace.get("scanned").asBoolean()).isFalse();
        JsonNode delivered = trace.get("events").get(1);
        assertThat(fieldNames(delivered)).containsExactly("id", "type", "timestamp", "status", "from",
                "since_message_ms");
        assertThat(delivered.get("id").asText()).isEqualTo("e-ab2");
        assertThat(delivered.get("type").asText()).isEqualTo("message.delivered");
        assertThat(delivered.get("timestamp").asText()).isEqualTo("2026-02-03T10:00:01.200Z");
        assertThat(delivered.get("status").asText()).isEqualTo("delivered");
        assertThat(delivered.get("from").asText()).isEqualTo(TraceScenario.PEER);
        assertThat(delivered.get("since_message_ms").asLong()).isEqualTo(1_200);
        assertThat(trace.get("anomalies")).isEmpty();
        assertThat(trace.get("disconnected").get(0).get("from").asText()).isEqualTo("2026-02-03T10:08:10Z");
    }

    @Test
    void anOrphansJsonHasNullsWhereTheMessageIsMissing() throws Exception {
        JsonNode trace = JSON.readTree(run("trace", X, "--format", "json").out());

        assertThat(trace.get("direction").isNull()).isTrue();
        assertThat(trace.get("time_to_delivered_ms").isNull()).isTrue();
        assertThat(trace.get("events").get(0).get("since_message_ms").isNull()).isTrue();
        assertThat(trace.get("anomalies").get(0).get("kind").asText()).isEqualTo("orphan");
        assertThat(fieldNames(trace.get("anomalies").get(0))).containsExactly("kind", "message");
    }

    @Test
    void traceAsATableShowsTheTimelineWithDelays() {
        Result result = run("trace", A);

        assertThat(result.exit()).isZero();
        assertThat(result.outLines()).contains(
                "message    " + A,
                "status     read (delivered +1.2 s, read +10 h 57 m)",
                String.format("%-24s  %-12s  %-18s  %-9s  %-34s  %s", "2026-02-03T10:00:01.200Z", "+1.2 s",
                        "message.delivered", "delivered", TraceScenario.PEER, "e-ab2"),
                "session disconnected",
                "  2026-02-03T10:08:10Z -> 2026-02-03T10:20:00Z");
    }

    @Test
    void theThresholdComesFromTheFlag() throws Exception {
        JsonNode stuck = JSON.readTree(run("trace", S, "--stuck-after", "5m", "--format", "json").out());
        JsonNode waiting = JSON.readTree(run("trace", S, "--stuck-after", "12h", "--format", "json").out());

        assertThat(stuck.get("anomalies").get(0).get("kind").asText()).isEqualTo("stuck");
        assertThat(waiting.get("anomalies")).isEmpty();
    }

    @Test
    void anUnknownMessageExitsOne() {
        Result result = run("trace", "3EB0NOTSTORED", "--session-id", "s1");

        assertThat(result.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.err()).isEqualTo("error: message not found: 3EB0NOTSTORED in session s1"
                + System.lineSeparator());
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anIdInTwoSessionsWithoutOneNamedIsBadInput() {
        Result ambiguous = run("trace", AMBIGUOUS);
        Result named = run("trace", AMBIGUOUS, "--session-id", "s2", "--format", "json");

        assertThat(ambiguous.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(ambiguous.err()).isEqualTo("error: message " + AMBIGUOUS + " is in 2 sessions (s1, s2): name one "
                + "with the session id" + System.lineSeparator());
        assertThat(named.exit()).isZero();
    }

    @Test
    void aMessageIdLongerThanAnyTheIndexKeepsIsBadInput() {
        Result result = run("trace", "X".repeat(256));

        assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("error: MESSAGE_ID is 256 characters long, at most 255 allowed");
    }

    @Test
    void badDurationsAndFormatsAreBadInputNamingTheOption() {
        Result duration = run("trace", A, "--stuck-after", "5 minutes");
        Result zero = run("health", "--stuck-after", "0s");
        Result format = run("health", "--format", "xml");
        Result since = run("health", "--since", "yesterday");

        assertThat(duration.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(duration.err()).isEqualTo("error: invalid --stuck-after=5 minutes: expected a duration such as "
                + "90s, 30m, 1h or 1h30m" + System.lineSeparator());
        assertThat(zero.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).startsWith("error: invalid --stuck-after=0s: expected a duration greater than zero");
        assertThat(format.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("--format").contains("xml");
        assertThat(since.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(since.err()).startsWith("error: invalid since timestamp format: \"yesterday\"");
    }

    @Test
    void healthAsJsonHasTheIssuesShape() throws Exception {
        Result result = run("health", "--format", "json", "--stuck-after", "5m");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode health = JSON.readTree(result.out());
        assertThat(fieldNames(health)).containsExactly("outgoing", "incoming", "delivered", "read", "failed",
                "stuck", "pending", "orphan_receipts", "rates", "time_to_delivered_ms", "time_to_read_ms",
                "delivered_within", "disconnected", "problems", "problem_count", "scanned", "truncated");
        assertThat(health.get("outgoing").asLong()).isEqualTo(11);
        assertThat(health.get("stuck").asLong()).isEqualTo(2);
        assertThat(health.get("rates").get("delivered").asDouble()).isEqualTo(0.6364);
        assertThat(fieldNames(health.get("time_to_delivered_ms"))).containsExactly("p50", "p95", "max");
        assertThat(health.get("time_to_delivered_ms").get("p50").asLong()).isEqualTo(1_200);
        assertThat(fieldNames(health.get("disconnected").get(0))).containsExactly("session_id", "from", "until");
        JsonNode failed = health.get("problems").get(0);
        assertThat(fieldNames(failed)).containsExactly("message_id", "session_id", "status", "sent_at", "anomalies");
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("sent_at").asText()).isEqualTo("2026-02-03T10:02:00Z");
        assertThat(failed.get("anomalies").get(0).asText()).isEqualTo("failed");
        assertThat(health.get("problems").get(4).get("sent_at").isNull()).isTrue();
        assertThat(health.get("delivered_within").get(9).get("up_to_ms").isNull()).isTrue();
    }

    @Test
    void healthAsATableFollowsTheFilters() {
        Result result = run("health", "--session-id", "s1", "--stuck-after", "5m");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.outLines()).contains(
                "outgoing           10",
                "incoming           1",
                "delivered          7   70.0 %",
                "stuck              2   20.0 %",
                "time to delivered  p50 +1.2 s   p95 +13 m   max +13 m",
                "problems, worst first (5)");
        assertThat(result.out()).contains("  s1                    2026-02-03T10:08:10Z -> 2026-02-03T10:20:00Z");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
