package io.eventinspector.replay;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.replay.TestReceiver.Reply;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreKind;
import io.eventinspector.testing.TestDatabases;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay history on each database. Events are read from a separate SQLite store, as when a gateway's
 * read-only database is the source: the history must only ever be written to the database under test.
 */
abstract class ReplayHistoryContract {
    @TempDir
    Path folder;

    private Database source;
    protected Database database;
    private ReplayHistory history;
    private TestReceiver receiver;

    protected abstract Database open();

    @BeforeEach
    void setUp() throws Exception {
        source = TestDatabases.sqlite(folder);
        source.events().append(List.of(
                event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                event("e2", "message.sent", "s1", "2026-02-03T10:00:02Z"),
                event("e3", "message.sent", "s1", "2026-02-03T10:00:03Z")));
        database = open();
        history = new JooqReplayHistory(database);
        receiver = new TestReceiver();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        source.close();
        database.close();
    }

    private ReplayResult replay(ReplayRequest request, ReplayInitiator initiator) {
        ReplaySettings settings = ReplaySettings.defaults(Optional.of(receiver.url()))
                .withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
        ReplayService service = new ReplayService(source.events(), history, settings,
                WebhookSender.create(settings, Clock.systemUTC()), RetryPolicy.of(settings),
                (duration, wake) -> { }, Clock.systemUTC());
        return service.replay(request, initiator, ReplayControl.none());
    }

    @Test
    void everyAttemptIsRecordedWithWhoStartedItTheFiltersAndTheResult() {
        // e1: 503 then 200; e2: 400; e3: 200.
        receiver.answering(n -> switch (n) {
            case 1 -> new Reply(503, Map.of(), "busy");
            case 3 -> Reply.status(400);
            default -> Reply.OK;
        });
        Instant before = Instant.now().minusMillis(1);

        ReplayResult result = replay(ReplayRequest.of("s1", "message.sent", "2026-02-03T00:00:00Z",
                "2026-02-03T23:59:59.999Z", false, null), ReplayInitiator.apiKey("admin-key-7"));

        ReplayRecord recorded = history.find(result.replayId()).orElseThrow();
        assertThat(recorded.initiator()).isEqualTo(ReplayInitiator.apiKey("admin-key-7"));
        assertThat(recorded.filters().sessionId()).contains("s1");
        assertThat(recorded.filters().eventType()).contains("message.sent");
        assertThat(recorded.filters().since()).contains(Instant.parse("2026-02-03T00:00:00Z"));
        assertThat(recorded.filters().until()).contains(Instant.parse("2026-02-03T23:59:59.999Z"));
        assertThat(recorded.dryRun()).isFalse();
        assertThat(recorded.target()).contains(receiver.url().toString());
        assertThat(recorded.startedAt()).isAfter(before);
        assertThat(recorded.finishedAt()).hasValueSatisfying(end -> assertThat(end).isAfterOrEqualTo(recorded.startedAt()));
        assertThat(recorded.outcome().counts().matched()).isEqualTo(3);
        assertThat(recorded.outcome().counts().found()).isEqualTo(3);
        assertThat(recorded.outcome().counts().replayed()).isEqualTo(2);
        assertThat(recorded.outcome().counts().failed()).isEqualTo(1);
        assertThat(recorded.outcome().success()).isFalse();
        assertThat(recorded.outcome().message()).isEqualTo("Replayed 2 events successfully, 1 failed");

        List<DeliveryAttempt> attempts = history.attempts(result.replayId());
        assertThat(attempts).extracting(DeliveryAttempt::eventId, DeliveryAttempt::attempt,
                        a -> a.httpStatus().getAsInt(), a -> a.error().orElse(null))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("e1", 1, 503, "HTTP 503: busy"),
                        org.assertj.core.groups.Tuple.tuple("e1", 2, 200, null),
                        org.assertj.core.groups.Tuple.tuple("e2", 1, 400, "HTTP 400"),
                        org.assertj.core.groups.Tuple.tuple("e3", 1, 200, null));
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.attemptedAt()).isAfter(before);
            assertThat(a.latencyMs()).isNotNegative();
        });
        assertThat(((Number) source.dsl().fetchValue("SELECT count(*) FROM replays")).intValue()).isZero();
    }

    @Test
    void recentListsNewestFirstIncludingDryRuns() {
        ReplayResult first = replay(ReplayRequest.of("s1", null, null, null, true, null), ReplayInitiator.cli());
        ReplayResult second = replay(ReplayRequest.of(null, "message.sent", null, null, false, null),
                ReplayInitiator.ui());

        List<ReplayRecord> recent = history.recent(10);

        assertThat(recent).extracting(ReplayRecord::id).containsExactly(second.replayId(), first.replayId());
        assertThat(recent.get(1).dryRun()).isTrue();
        assertThat(recent.get(1).outcome().message()).isEqualTo("Dry run: would replay 3 events");
        assertThat(recent.get(1).initiator()).isEqualTo(ReplayInitiator.cli());
        assertThat(recent.get(0).initiator()).isEqualTo(ReplayInitiator.ui());
        assertThat(recent.get(0).filters().sessionId()).isEmpty();
        assertThat(history.attempts(first.replayId())).isEmpty();
        assertThat(history.recent(1)).hasSize(1);
        assertThat(history.find("rpl_unknown")).isEmpty();
    }

    @Test
    void credentialsInTheTargetAndInErrorsAreNeverWritten() {
        receiver.answering(n -> n == 1 ? new Reply(500, Map.of(), "retry with token=t0ps3cret") : Reply.OK);
        URI secretUrl = URI.create("http://support:pa55word@127.0.0.1:" + receiver.url().getPort()
                + "/hook?access_token=t0ps3cret");

        ReplayResult result = replay(ReplayRequest.of("s1", null, null, null, false, secretUrl.toString()),
                ReplayInitiator.cli());

        assertThat(result.eventsReplayed()).isEqualTo(3);
        assertThat(database.dsl().fetchValue("SELECT target_url FROM replays WHERE id = ?", result.replayId()))
                .isEqualTo("http://***@127.0.0.1:" + receiver.url().getPort() + "/hook?access_token=***");
        assertThat(database.dsl().fetch("SELECT error FROM replay_attempts WHERE error IS NOT NULL")
                .getValues(0, String.class)).containsExactly("HTTP 500: retry with token=***");
    }

    @Test
    void rowsWrittenInFullByAnOlderVersionAreShownRedacted() {
        String time = database.kind() == StoreKind.SQLITE ? "1770112800000" : "TIMESTAMPTZ '2026-02-03 10:00:00+00'";
        database.dsl().execute("INSERT INTO replays (id, started_at, initiator, dry_run, target_url, events_matched, "
                + "events_found, events_replayed, events_failed, events_not_attempted, success, cancelled, message, "
                + "duration_ms) VALUES ('rpl_old', " + time + ", 'cli', ?, 'https://u:pw@hooks.example/in?token=abc', 1, "
                + "1, 0, 1, 0, ?, ?, 'Replayed 0 events successfully, 1 failed', 5)", false, false, false);
        database.dsl().execute("INSERT INTO replay_attempts (replay_id, seq, event_id, attempt, attempted_at, "
                + "http_status, latency_ms, error) VALUES ('rpl_old', 1, 'e1', 1, " + time + ", NULL, 5, "
                + "'network error: https://u:pw@hooks.example/in?token=abc')");

        assertThat(history.find("rpl_old").orElseThrow().target()).contains("https://***@hooks.example/in?token=***");
        assertThat(history.recent(1).get(0).target()).contains("https://***@hooks.example/in?token=***");
        assertThat(history.attempts("rpl_old").get(0).error())
                .contains("network error: https://***@hooks.example/in?token=***");
    }
}
