package io.eventinspector.cli;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.EventJson;
import io.eventinspector.replay.LoopbackReceivers;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.CliRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
    @TempDir
    Path folder;

    private Path db;
    private final CliRun cli = new CliRun();

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
        return cli.run(args);
    }

    @Test
    void replayPrintsTheResultJsonAndExitsZeroWhenEverythingWasDelivered() throws Exception {
        try (var receiver = LoopbackReceivers.start(n -> false)) {
            int exit = run("replay", "--db", db.toString(), "--session-id", "s1", "--webhook-url",
                    receiver.url().toString());

            assertThat(exit).as(cli.err()).isZero();
            JsonNode result = EventJson.mapper().readTree(cli.out());
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
            assertThat(EventJson.mapper().readTree(cli.out()).get("message").asText())
                    .isEqualTo("Replayed 0 events successfully, 1 failed");
        }
    }

    @Test
    void aDryRunNeedsNoTargetAndSendsNothing() throws Exception {
        int exit = run("replay", "--db", db.toString(), "--since", "2026-02-03T00:00:00Z", "--dry-run");

        assertThat(exit).as(cli.err()).isZero();
        JsonNode result = EventJson.mapper().readTree(cli.out());
        assertThat(result.get("message").asText()).isEqualTo("Dry run: would replay 2 events");
        assertThat(result.get("selection").get("ids").toString()).isEqualTo("[\"e1\",\"e2\"]");
    }

    @Test
    void withoutAFilterItIsOneLineAndExitTwo() {
        int exit = run("replay", "--db", db.toString(), "--dry-run");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).isEqualTo(
                "error: at least one filter (session_id, event_type, since, or until) must be specified");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aBadWebhookUrlNamesTheFlag() {
        int exit = run("replay", "--db", db.toString(), "--session-id", "s1", "--webhook-url", "nope");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--webhook-url").contains("\"nope\"");
    }

    @Test
    void replaysListsPastReplaysAndShowsOneWithItsAttempts() throws Exception {
        try (var receiver = LoopbackReceivers.start(n -> false)) {
            run("replay", "--db", db.toString(), "--session-id", "s1", "--webhook-url", receiver.url().toString());
        }
        String replayId = EventJson.mapper().readTree(cli.out()).get("replay_id").asText();

        CliRun.Result list = CliRun.once("replays", "--db", db.toString());
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains(replayId).contains("cli").contains("Replayed 2 events successfully");

        CliRun.Result one = CliRun.once("replays", "--db", db.toString(), "--id", replayId);
        assertThat(one.exit()).isZero();
        JsonNode detail = EventJson.mapper().readTree(one.out());
        assertThat(detail.get("initiator").asText()).isEqualTo("cli");
        assertThat(detail.get("filters").get("session_id").asText()).isEqualTo("s1");
        assertThat(detail.get("attempts")).hasSize(2);
        assertThat(detail.get("attempts").get(0).get("event_id").asText()).isEqualTo("e1");
        assertThat(detail.get("attempts").get(0).get("http_status").asInt()).isEqualTo(200);

        assertThat(run("replays", "--db", db.toString(), "--id", "rpl_missing")).isEqualTo(ExitCodes.PARTIAL);
        assertThat(cli.err()).contains("replay not found: rpl_missing");
    }

    @Test
    void theWebhookTokenNeverShowsInReplayOrReplaysOutput() throws Exception {
        try (var receiver = LoopbackReceivers.start(n -> false)) {
            run("replay", "--db", db.toString(), "--session-id", "s1", "--webhook-url",
                    receiver.url() + "?token=hunter2");
        }
        String replayId = EventJson.mapper().readTree(cli.out()).get("replay_id").asText();

        CliRun.Result list = CliRun.once("replays", "--db", db.toString());
        CliRun.Result one = CliRun.once("replays", "--db", db.toString(), "--id", replayId);

        assertThat(cli.out()).contains("token=***");
        assertThat(List.of(cli.out(), cli.err(), list.out(), list.err(), one.out(), one.err()))
                .noneMatch(text -> text.contains("hunter2"));
        assertThat(list.out()).contains("token=***");
    }
}
