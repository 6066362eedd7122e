package io.eventinspector.replay;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.eventinspector.event.EventJson;
import io.eventinspector.replay.ReplayResult.EventOutcome;
import io.eventinspector.replay.TestReceiver.Reply;
import io.eventinspector.store.Database;
import io.eventinspector.testing.LogCapture;
import io.eventinspector.testing.TestDatabases;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * A webhook URL may carry credentials ({@code user:pw@}, {@code ?token=}) and the preview a valid signature:
 * the delivery uses them, nothing that is shown, logged or stored does.
 */
class ReplayRedactionTest {
    private static final String TOKEN = "t0ps3cret";
    private static final String PASSWORD = "pa55word";
    private static final String SECRET = "signing-secret";

    @TempDir
    Path folder;

    private Database database;
    private ReplayHistory history;
    private TestReceiver receiver;
    private URI secretUrl;
    private String shownUrl;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.sqlite(folder);
        database.events().append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                event("e2", "message.sent", "s1", "2026-02-03T10:00:02Z")));
        history = new JooqReplayHistory(database);
        receiver = new TestReceiver();
        int port = receiver.url().getPort();
        secretUrl = URI.create("http://support:" + PASSWORD + "@127.0.0.1:" + port + "/hook?token=" + TOKEN + "&x=1");
        shownUrl = "http://***@127.0.0.1:" + port + "/hook?token=***&x=1";
    }

    @AfterEach
    void close() {
        receiver.close();
        database.close();
    }

    private ReplayResult replay(ReplaySettings settings, boolean dryRun) {
        ReplayService service = new ReplayService(database.events(), history, settings,
                WebhookSender.create(settings, Clock.systemUTC()), RetryPolicy.of(settings), (duration, wake) -> { },
                Clock.systemUTC());
        return service.replay(ReplayRequest.of("s1", null, null, null, dryRun, null), ReplayInitiator.cli(),
                ReplayControl.none());
    }

    private ReplaySettings settings(SignatureStyle style) {
        return ReplaySettings.defaults(Optional.of(secretUrl)).withSigning(SECRET, style)
                .withAttempts(1, Duration.ofSeconds(5));
    }

    @Test
    void theDeliveryUsesTheFullUrlWhileResultErrorsHistoryAndLogShowItRedacted() throws Exception {
        // The receiver echoes the token in its error, as a misconfigured one may.
        receiver.answering(n -> n == 1 ? new Reply(403, Map.of(), "bad token=" + TOKEN) : Reply.OK);
        Logger replayLogger = (Logger) LoggerFactory.getLogger("io.eventinspector.replay");
        Level level = replayLogger.getLevel();
        replayLogger.setLevel(Level.DEBUG);
        ReplayResult result;
        try (LogCapture logs = new LogCapture("io.eventinspector.replay")) {
            result = replay(settings(SignatureStyle.STANDARD), false);

            assertThat(logs.messages()).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .doesNotContain(TOKEN).doesNotContain(PASSWORD));
        } finally {
            replayLogger.setLevel(level);
        }

        assertThat(receiver.received()).extracting(r -> r.uri().getRawQuery())
                .containsExactly("token=" + TOKEN + "&x=1", "token=" + TOKEN + "&x=1");
        assertThat(result.target()).isEqualTo(shownUrl);
        assertThat(result.events()).extracting(EventOutcome::error)
                .containsExactly("HTTP 403: bad token=***", null);
        ReplayRecord recorded = history.find(result.replayId()).orElseThrow();
        assertThat(recorded.target()).contains(shownUrl);
        assertThat(history.attempts(result.replayId()).get(0).error()).contains("HTTP 403: bad token=***");
        String shown = EventJson.mapper().writeValueAsString(result)
                + ReplayHistoryJson.withAttempts(recorded, history.attempts(result.replayId()));
        assertThat(shown).doesNotContain(TOKEN).doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @EnumSource(SignatureStyle.class)
    void aDryRunPreviewShowsNoCredentialsAndNoSignatureThatCouldBeReplayed(SignatureStyle style) throws Exception {
        ReplayResult result = replay(settings(style), true);

        WebhookRequest preview = result.preview();
        assertThat(preview.urlText()).isEqualTo(shownUrl);
        Map<String, String> real = WebhookSender.create(settings(style), Clock.systemUTC())
                .prepare(database.events().get("e1").orElseThrow(), secretUrl).headers();
        assertThat(preview.headers().keySet()).containsExactlyElementsOf(real.keySet());
        real.forEach((name, value) -> {
            String lower = name.toLowerCase();
            String shown = preview.headers().get(name);
            if (lower.contains("signature") || lower.equals("x-webhook-hmac")) {
                assertThat(shown).as(name).isEqualTo(style == SignatureStyle.STANDARD ? "v1,***" : "***");
            } else if (lower.contains("timestamp")) {
                assertThat(shown).as(name).matches("\\d+");
            } else {
                assertThat(shown).as(name).isEqualTo(value);
            }
        });
        assertThat(EventJson.mapper().writeValueAsString(result)).doesNotContain(TOKEN).doesNotContain(PASSWORD);
        assertThat(receiver.received()).isEmpty();
    }
}
