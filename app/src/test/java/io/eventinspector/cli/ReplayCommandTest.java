package io.eventinspector.cli;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.EventJson;
import io.eventinspector.replay.LoopbackReceivers;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReplayCommandTest {
    @TempDir
    Path folder;

    private Path db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void storeEvents() {
        db = folder.resolve("events.db");
        try (Database database = Database.open(StoreUrl.sqlite(db))) {
            database.events().append(List.of(
                    event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                    event("e2", "message.delivered", "s1", "2026-02-03T10:00:02Z")));
        }
    }

    private int run(String... args) {
        CommandLine commandLine = Cli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void replayPrintsTheResultJsonAndExitsZeroWhenEverythingWasDelivered() throws Exception {
        try (var receiver = LoopbackReceivers.start(n -> false)) {
            int exit = run("replay", "--db", db.toString(), "--session-id", "s1", "--webhook-url",
                    receiver.url().toString());

            assertThat(exit).as(err.toString()).isZero();
            JsonNode result = EventJson.mapper().readTree(out.toString());
            assertThat(result.get("message").asText()).isEqualTo("Replayed 2 events successfully");
            assertThat(result.get("events_failed").asInt()).isZero();
            assertThat(receiver.requests()).isEqualTo(2);
        }
    }

    @Test
    void replayExitsOneWhenSomeEventsFailed() throws Exception {
        try (var receiver = LoopbackReceivers.start(n -> true)) {
            int exit = run("replay", "--db", db.toString(), "--type", "message.delivered", "--webhook-url",
                    receiver.url().toString());

            assertThat(exit).isEqualTo(ExitCodes.PARTIAL);
            assertThat(EventJson.mapper().readTree(out.toString()).get("message").asText())
                    .isEqualTo("Replayed 0 events successfully, 1 failed");
        }
    }

    @Test
    void aDryRunNeedsNoTargetAndSendsNothing() throws Exception {
        int exit = run("replay", "--db", db.toString(), "--since", "2026-02-03T00:00:00Z", "--dry-run");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode result = EventJson.mapper().readTree(out.toString());
        assertThat(result.get("message").asText()).isEqualTo("Dry run: would replay 2 events");
        assertThat(result.get("selection").get("ids").toString()).isEqualTo("[\"e1\",\"e2\"]");
    }

    @Test
    void withoutAFilterItIsOneLineAndExitTwo() {
        int exit = run("replay", "--db", db.toString(), "--dry-run");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip()).isEqualTo(
                "error: at least one filter (session_id, event_type, since, or until) must be specified");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadWebhookUrlNamesTheFlag() {
        int exit = run("replay", "--db", db.toString(), "--session-id", "s1", "--webhook-url", "nope");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--webhook-url").contains("\"nope\"");
    }

    @Test
    void replaysListsPastReplaysAndShowsOneWithItsAttempts() throws Exception {
        try (var receiver = LoopbackReceivers.start(n -> false)) {
            run("replay", "--db", db.toString(), "--session-id", "s1", "--webhook-url", receiver.url().toString());
        }
        String replayId = EventJson.mapper().readTree(out.toString()).get("replay_id").asText();
        out.getBuffer().setLength(0);

        assertThat(run("replays", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains(replayId).contains("cli").contains("Replayed 2 events successfully");

        out.getBuffer().setLength(0);
        assertThat(run("replays", "--db", db.toString(), "--id", replayId)).isZero();
        JsonNode detail = EventJson.mapper().readTree(out.toString());
        assertThat(detail.get("initiator").asText()).isEqualTo("cli");
        assertThat(detail.get("filters").get("session_id").asText()).isEqualTo("s1");
        assertThat(detail.get("attempts")).hasSize(2);
        assertThat(detail.get("attempts").get(0).get("event_id").asText()).isEqualTo("e1");
        assertThat(detail.get("attempts").get(0).get("http_status").asInt()).isEqualTo(200);

        assertThat(run("replays", "--db", db.toString(), "--id", "rpl_missing")).isEqualTo(ExitCodes.PARTIAL);
        assertThat(err.toString()).contains("replay not found: rpl_missing");
    }
}
