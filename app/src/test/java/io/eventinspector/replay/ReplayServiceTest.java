package io.eventinspector.replay;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.ValidationException;
import io.eventinspector.replay.ReplayResult.EventOutcome;
import io.eventinspector.replay.TestReceiver.Received;
import io.eventinspector.replay.TestReceiver.Reply;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.testing.TestDatabases;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayServiceTest {
    private static final String SECRET = "s3cret-key";

    @TempDir
    Path folder;

    private Database database;
    private EventStore store;
    private ReplayHistory history;
    private TestReceiver receiver;
    /** Every wait the service asked for; the recording sleeper returns at once. */
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Sleeper recordingSleeper = (duration, wake) -> waits.add(duration);

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.sqlite(folder);
        store = database.events();
        history = new JooqReplayHistory(database);
        receiver = new TestReceiver();
    }

    @AfterEach
    void close() {
        receiver.close();
        database.close();
    }

    private ReplaySettings settings() {
        return ReplaySettings.defaults(Optional.of(receiver.url()))
                .withSigning(SECRET, SignatureStyle.STANDARD)
                .withAttempts(3, Duration.ofSeconds(5))
                .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
    }

    private ReplayService service(ReplaySettings settings, Sleeper sleeper) {
        return new ReplayService(store, history, settings, WebhookSender.create(settings, Clock.systemUTC()),
                new RetryPolicy(settings.maxAttempts(), settings.backoff().base(), settings.backoff().cap(), () -> 0.5),
                sleeper, Clock.systemUTC());
    }

    private ReplayResult replay(ReplaySettings settings, String session, boolean dryRun) {
        return service(settings, recordingSleeper).replay(ReplayRequest.of(session, null, null, null, dryRun, null),
                ReplayInitiator.cli(), ReplayControl.none());
    }

    /** Five events of session s1 stored out of order, plus one of another session. */
    private List<Event> storeFiveEvents() {
        List<Event> events = List.of(
                event("e3", "message.delivered", "s1", "2026-02-03T10:00:03Z"),
                event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                event("e5", "message.read", "s1", "2026-02-03T10:00:05Z", "{\"n\":1.50,\"t\":\"é ✓\"}"),
                event("e2", "message.sent", "s1", "2026-02-03T10:00:02Z"),
                event("e4", "message.delivered", "s1", "2026-02-03T10:00:04Z"),
                event("other", "message.sent", "s2", "2026-02-03T10:00:00Z"));
        store.append(events);
        return events;
    }

    @Test
    void withoutAFilterNothingIsReplayed() {
        assertThatThrownBy(() -> ReplayRequest.of(null, " ", null, null, false, null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("at least one filter (session_id, event_type, since, or until) must be specified");
        assertThatThrownBy(() -> ReplayRequest.of("s1", "Bad Type", null, null, false, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("event_type");
        assertThatThrownBy(() -> ReplayRequest.of("s1", null, "2026-02-04T00:00:00Z", "2026-02-03T00:00:00Z",
                false, null)).isInstanceOf(ValidationException.class).hasMessageContaining("is after until");
        assertThatThrownBy(() -> new ReplayRequest(io.eventinspector.event.EventQuery.builder()
                .types(List.of("a", "b")).build(), false, Optional.empty()))
                .isInstanceOf(ValidationException.class).hasMessage("a replay takes one event_type, got 2: a, b");
        assertThatThrownBy(() -> ReplayRequest.of("s1", null, null, null, false, "ftp://x"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("webhook_url");
    }

    @Test
    void aDryRunSendsNothingAndShowsTheSelectionAndTheFirstRequest() throws Exception {
        storeFiveEvents();

        ReplayResult result = replay(settings(), "s1", true);

        assertThat(receiver.received()).isEmpty();
        assertThat(result.success()).isTrue();
        assertThat(result.dryRun()).isTrue();
        assertThat(result.eventsFound()).isEqualTo(5);
        assertThat(result.eventsReplayed()).isZero();
        assertThat(result.eventsFailed()).isZero();
        assertThat(result.message()).isEqualTo("Dry run: would replay 5 events");
        assertThat(result.selection().ids()).containsExactly("e1", "e2", "e3", "e4", "e5");
        assertThat(result.selection().firstTimestamp()).isEqualTo("2026-02-03T10:00:01Z");
        assertThat(result.selection().lastTimestamp()).isEqualTo("2026-02-03T10:00:05Z");
        WebhookRequest preview = result.preview();
        assertThat(preview.url()).isEqualTo(receiver.url());
        assertThat(preview.bodyText()).isEqualTo(EventJson.toJson(store.get("e1").orElseThrow()));
        // A shown signature could be replayed to the receiver as valid: the preview names it but masks it.
        assertThat(preview.headers()).containsEntry("webhook-id", "e1").containsKey("webhook-timestamp")
                .containsEntry("webhook-signature", "v1,***");
        String json = EventJson.mapper().writeValueAsString(result);
        assertThat(json).startsWith("{\"success\":true,\"events_found\":5,\"events_replayed\":0,"
                + "\"events_failed\":0,\"dry_run\":true,\"message\":\"Dry run: would replay 5 events\"")
                .contains("\"preview\":{\"url\":\"" + receiver.url() + "\"").doesNotContain("\"events\":");
        assertThat(history.find(result.replayId()).orElseThrow().dryRun()).isTrue();
    }

    @Test
    void aReplayDeliversEveryEventOnceOldestFirstWithVerifiableSignatures() throws Exception {
        storeFiveEvents();

        ReplayResult result = replay(settings(), "s1", false);

        assertThat(result.success()).isTrue();
        assertThat(result.message()).isEqualTo("Replayed 5 events successfully");
        assertThat(result.eventsReplayed()).isEqualTo(5);
        assertThat(result.events()).extracting(EventOutcome::status).containsOnly(EventOutcome.REPLAYED);
        List<Received> received = receiver.received();
        assertThat(received).extracting(r -> EventJson.mapper().readTree(r.body()).get("id").asText())
                .containsExactly("e1", "e2", "e3", "e4", "e5");
        for (Received request : received) {
            Event stored = store.get(request.header("webhook-id")).orElseThrow();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.bodyText()).isEqualTo(EventJson.toJson(stored));
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("User-Agent")).startsWith("event-inspector/");
            assertThat(request.header("X-Webhook-Replay")).isEqualTo("true");
            assertThat(request.header("X-Event-Type")).isEqualTo(stored.type());
            assertThat(Long.parseLong(request.header("webhook-timestamp")))
                    .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
            assertThat(SignatureVerifier.standard(SECRET, request.header("webhook-id"),
                    request.header("webhook-timestamp"), request.header("webhook-signature"), request.body()))
                    .isTrue();
            assertThat(SignatureVerifier.standard("another", request.header("webhook-id"),
                    request.header("webhook-timestamp"), request.header("webhook-signature"), request.body()))
                    .isFalse();
        }
        assertThat(received.get(4).bodyText()).contains("{\"n\":1.50,\"t\":\"é ✓\"}");
    }

    @Test
    void aWhsecSecretIsTheBase64DecodedKey() throws Exception {
        storeFiveEvents();
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

        replay(settings().withSigning(secret, SignatureStyle.STANDARD), "s1", false);

        assertThat(receiver.received()).hasSize(5).allSatisfy(request -> assertThat(SignatureVerifier.standard(
                secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.header("webhook-signature"), request.body())).isTrue());
    }

    @Test
    void whatspireSignsTheBodyWithHexHmacSha256() throws Exception {
        storeFiveEvents();

        replay(settings().withSigning(SECRET, SignatureStyle.WHATSPIRE), "s1", false);

        assertThat(receiver.received()).hasSize(5).allSatisfy(request -> {
            assertThat(request.header("X-Webhook-Timestamp")).matches("\\d{10}");
            assertThat(request.header("webhook-signature")).isNull();
            assertThat(SignatureVerifier.hex("HmacSHA256", SECRET, request.header("X-Webhook-Signature"),
                    request.body())).isTrue();
        });
    }

    @Test
    void wahaSignsTheBodyWithHexHmacSha512() throws Exception {
        storeFiveEvents();

        replay(settings().withSigning(SECRET, SignatureStyle.WAHA), "s1", false);

        assertThat(receiver.received()).hasSize(5).allSatisfy(request -> {
            assertThat(request.header("X-Webhook-Hmac-Algorithm")).isEqualTo("sha512");
            assertThat(SignatureVerifier.hex("HmacSHA512", SECRET, request.header("X-Webhook-Hmac"),
                    request.body())).isTrue();
        });
    }

    @Test
    void withoutASecretNothingIsSigned() {
        storeFiveEvents();

        replay(ReplaySettings.defaults(Optional.of(receiver.url())), "s1", false);

        assertThat(receiver.received()).hasSize(5).allSatisfy(request -> {
            assertThat(request.header("webhook-signature")).isNull();
            assertThat(request.header("X-Webhook-Signature")).isNull();
            assertThat(request.header("X-Webhook-Hmac")).isNull();
        });
    }

    @Test
    void twoServerErrorsThenSuccessIsThreeAttemptsAndCountsAsReplayed() {
        store.append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z")));
        receiver.answering(n -> n <= 2 ? new Reply(500, Map.of(), "boom") : Reply.OK);

        ReplayResult result = replay(settings(), "s1", false);

        assertThat(result.success()).isTrue();
        assertThat(result.eventsReplayed()).isEqualTo(1);
        assertThat(result.eventsFailed()).isZero();
        assertThat(result.events()).singleElement().satisfies(outcome -> {
            assertThat(outcome.attempts()).isEqualTo(3);
            assertThat(outcome.httpStatus()).isEqualTo(200);
            assertThat(outcome.error()).isNull();
        });
        assertThat(receiver.received()).hasSize(3);
        // Exponential backoff with the upper half jittered (random fixed at 0.5): 100 ms → 75, 200 ms → 150.
        assertThat(waits).containsExactly(Duration.ofMillis(75), Duration.ofMillis(150));
        assertThat(history.attempts(result.replayId())).extracting(a -> a.httpStatus().getAsInt())
                .containsExactly(500, 500, 200);
        assertThat(history.attempts(result.replayId()).get(0).error()).contains("HTTP 500: boom");
    }

    @Test
    void aClientErrorFailsAfterOneAttemptAndTheRestStillGoOut() {
        storeFiveEvents();
        receiver.answering(n -> n == 2 ? new Reply(400, Map.of(), "{\"error\":\"bad\"}") : Reply.OK);

        ReplayResult result = replay(settings(), "s1", false);

        assertThat(result.success()).isFalse();
        assertThat(result.eventsReplayed()).isEqualTo(4);
        assertThat(result.eventsFailed()).isEqualTo(1);
        assertThat(result.message()).isEqualTo("Replayed 4 events successfully, 1 failed");
        assertThat(result.events().get(1)).isEqualTo(new EventOutcome("e2", EventOutcome.FAILED, 1, 400,
                result.events().get(1).latencyMs(), "HTTP 400: {\"error\":\"bad\"}"));
        assertThat(receiver.received()).hasSize(5);
        assertThat(waits).isEmpty();
    }

    @Test
    void aRedirectIsNotFollowedAndFailsAtOnce() {
        store.append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z")));
        receiver.answering(n -> new Reply(302, Map.of("Location", "http://127.0.0.1:1/elsewhere"), ""));

        ReplayResult result = replay(settings(), "s1", false);

        assertThat(result.events()).singleElement().satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo(EventOutcome.FAILED);
            assertThat(outcome.attempts()).isEqualTo(1);
            assertThat(outcome.httpStatus()).isEqualTo(302);
        });
    }

    @Test
    void tooManyRequestsWithRetryAfterWaitsThatLong() {
        store.append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z")));
        receiver.answering(n -> n == 1 ? new Reply(429, Map.of("Retry-After", "1"), "") : Reply.OK);

        ReplayResult result = service(settings(), Sleeper.system()).replay(
                ReplayRequest.of("s1", null, null, null, false, null), ReplayInitiator.cli(), ReplayControl.none());

        assertThat(result.eventsReplayed()).isEqualTo(1);
        List<Received> received = receiver.received();
        assertThat(received).hasSize(2);
        long gapMillis = (received.get(1).arrivedNanos() - received.get(0).arrivedNanos()) / 1_000_000;
        assertThat(gapMillis).isGreaterThanOrEqualTo(950);
    }

    @Test
    void aReceiverThatNeverAnswersFailsAfterTheTimeout() {
        store.append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z")));
        receiver.answering(n -> Reply.HANG);

        ReplayResult result = replay(settings().withAttempts(2, Duration.ofMillis(300)), "s1", false);

        assertThat(result.success()).isFalse();
        assertThat(result.eventsFailed()).isEqualTo(1);
        EventOutcome outcome = result.events().get(0);
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(outcome.httpStatus()).isNull();
        assertThat(outcome.error()).isEqualTo("timed out after 300 ms (after 2 attempts)");
        assertThat(outcome.latencyMs()).isBetween(250L, 5_000L);
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void aRefusedConnectionFailsCleanlyAfterTheRetries() throws Exception {
        store.append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z")));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ReplaySettings settings = settings().withTarget(URI.create("http://127.0.0.1:" + closedPort + "/hook"));

        ReplayResult result = replay(settings, "s1", false);

        assertThat(result.success()).isFalse();
        assertThat(result.message()).isEqualTo("Replayed 0 events successfully, 1 failed");
        assertThat(result.events().get(0).attempts()).isEqualTo(3);
        assertThat(result.events().get(0).error())
                .isEqualTo("cannot connect to 127.0.0.1:" + closedPort + ": connection refused (after 3 attempts)");
        assertThat(history.attempts(result.replayId())).hasSize(3)
                .allSatisfy(attempt -> assertThat(attempt.httpStatus()).isEmpty());
    }

    @Test
    void anUnknownHostIsNotReportedAsARefusedConnection() {
        store.append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z")));
        ReplaySettings settings = settings().withTarget(URI.create("http://no-such-host.invalid:8080/hook"))
                .withAttempts(1, Duration.ofSeconds(5));

        ReplayResult result = replay(settings, "s1", false);

        assertThat(result.events().get(0).error()).isEqualTo("cannot connect to no-such-host.invalid:8080: unknown host");
    }

    @Test
    void cancellingMidwayStopsSendingAndReportsTheRestAsNotAttempted() {
        storeFiveEvents();
        List<ReplayProgress> progress = new ArrayList<>();
        ReplayControl[] control = new ReplayControl[1];
        control[0] = new ReplayControl(p -> {
            progress.add(p);
            if (p.done() == 2) {
                control[0].cancel();
            }
        });

        ReplayResult result = service(settings(), recordingSleeper).replay(
                ReplayRequest.of("s1", null, null, null, false, null), ReplayInitiator.ui(), control[0]);

        assertThat(receiver.received()).hasSize(2);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.success()).isFalse();
        assertThat(result.eventsReplayed()).isEqualTo(2);
        assertThat(result.eventsNotAttempted()).isEqualTo(3);
        assertThat(result.message()).isEqualTo("Replayed 2 events successfully, 3 not attempted (cancelled)");
        assertThat(result.events()).extracting(EventOutcome::status).containsExactly(EventOutcome.REPLAYED,
                EventOutcome.REPLAYED, EventOutcome.NOT_ATTEMPTED, EventOutcome.NOT_ATTEMPTED,
                EventOutcome.NOT_ATTEMPTED);
        assertThat(progress).containsExactly(new ReplayProgress(1, 0, 5), new ReplayProgress(2, 0, 5));
        assertThat(history.find(result.replayId()).orElseThrow().outcome().cancelled()).isTrue();
    }

    @Test
    void selectedEventsAreReplayedByIdOldestFirstAndUnknownIdsAreSkipped() throws Exception {
        storeFiveEvents();

        ReplayResult dryRun = service(settings(), recordingSleeper).replay(ReplayRequest.ofEvents(
                List.of("e4", "other", "e2", "gone", "e4"), true, Optional.empty()), ReplayInitiator.ui(),
                ReplayControl.none());
        ReplayResult result = service(settings(), recordingSleeper).replay(ReplayRequest.ofEvents(
                List.of("e4", "other", "e2", "gone"), false, Optional.empty()), ReplayInitiator.ui(),
                ReplayControl.none());

        assertThat(dryRun.selection().ids()).containsExactly("other", "e2", "e4");
        assertThat(dryRun.eventsMatched()).isEqualTo(3);
        assertThat(dryRun.truncated()).isFalse();
        assertThat(result.message()).isEqualTo("Replayed 3 events successfully");
        assertThat(receiver.received()).extracting(r -> EventJson.mapper().readTree(r.body()).get("id").asText())
                .containsExactly("other", "e2", "e4");
    }

    @Test
    void anIdRequestTakesNoFiltersAndAtMostTheSafetyLimit() {
        assertThatThrownBy(() -> ReplayRequest.ofEvents(List.of(), false, Optional.empty()))
                .isInstanceOf(ValidationException.class).hasMessage("no events to replay: select at least one");
        assertThatThrownBy(() -> new ReplayRequest(io.eventinspector.event.EventQuery.builder().sessionId("s1")
                .build(), false, Optional.empty(), List.of("e1")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("a replay takes either event ids or filters, not both");
        List<String> tooMany = IntStream.range(0, ReplayRequest.MAX_EVENTS + 1).mapToObj(i -> "e" + i).toList();
        assertThatThrownBy(() -> ReplayRequest.ofEvents(tooMany, false, Optional.empty()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("a replay takes at most 1000 event ids, got 1001");
    }

    @Test
    void eachEventsOutcomeIsReportedAsSoonAsItIsDecided() {
        storeFiveEvents();
        receiver.answering(n -> n == 2 ? Reply.status(404) : Reply.OK);
        List<String> seen = new ArrayList<>();
        ReplayControl[] control = new ReplayControl[1];
        control[0] = new ReplayControl(p -> { }, outcome -> {
            seen.add(outcome.id() + ":" + outcome.status() + ":" + outcome.httpStatus());
            if (seen.size() == 3) {
                control[0].cancel();
            }
        });

        service(settings(), recordingSleeper).replay(ReplayRequest.of("s1", null, null, null, false, null),
                ReplayInitiator.ui(), control[0]);

        assertThat(seen).containsExactly("e1:replayed:200", "e2:failed:404", "e3:replayed:200",
                "e4:not_attempted:null", "e5:not_attempted:null");
    }

    @Test
    void cancellingWakesAWaitBetweenTries() {
        store.append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                event("e2", "message.sent", "s1", "2026-02-03T10:00:02Z")));
        ReplayControl control = ReplayControl.none();
        var canceller = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        receiver.answering(n -> {
            // Cancel while the service waits out the receiver's 60 s Retry-After.
            canceller.schedule(control::cancel, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
            return new Reply(503, Map.of("Retry-After", "60"), "");
        });
        long start = System.nanoTime();

        ReplayResult result = service(settings(), Sleeper.system()).replay(
                ReplayRequest.of("s1", null, null, null, false, null), ReplayInitiator.cli(), control);

        canceller.shutdownNow();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(receiver.received()).hasSize(1);
        assertThat(result.events()).extracting(EventOutcome::status)
                .containsExactly(EventOutcome.FAILED, EventOutcome.NOT_ATTEMPTED);
        assertThat(result.events().get(0).error()).isEqualTo("HTTP 503 (cancelled before attempt 2)");
        assertThat(result.message()).isEqualTo("Replayed 0 events successfully, 1 failed, 1 not attempted (cancelled)");
    }

    @Test
    void aJsonBodyIsReadStrictly() throws Exception {
        var mapper = EventJson.mapper();
        ReplayRequest request = ReplayRequest.fromJson(mapper.readTree(
                "{\"session_id\":\"s1\",\"event_type\":\"message.sent\",\"since\":\"2026-02-03T00:00:00+01:00\","
                        + "\"dry_run\":true,\"webhook_url\":\"http://127.0.0.1:9/x\"}"));
        assertThat(request.sessionId()).contains("s1");
        assertThat(request.eventType()).contains("message.sent");
        assertThat(request.filters().since()).contains(java.time.Instant.parse("2026-02-02T23:00:00Z"));
        assertThat(request.dryRun()).isTrue();
        assertThat(request.webhookUrl()).contains(URI.create("http://127.0.0.1:9/x"));
        assertThatThrownBy(() -> ReplayRequest.fromJson(mapper.readTree("{\"dry_run\":true}")))
                .hasMessage("at least one filter (session_id, event_type, since, or until) must be specified");
        assertThatThrownBy(() -> ReplayRequest.fromJson(mapper.readTree("{\"sessionId\":\"s1\"}")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown field \"sessionId\"");
        assertThatThrownBy(() -> ReplayRequest.fromJson(mapper.readTree("{\"session_id\":\"s1\",\"dry_run\":\"yes\"}")))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("dry_run must be true or false");
        assertThatThrownBy(() -> ReplayRequest.fromJson(mapper.readTree("{\"session_id\":5}")))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("session_id must be a string");
    }

    @Test
    void progressCountsFailures() {
        storeFiveEvents();
        receiver.answering(n -> n == 1 ? Reply.status(404) : Reply.OK);
        List<ReplayProgress> progress = new CopyOnWriteArrayList<>();

        service(settings(), recordingSleeper).replay(ReplayRequest.of("s1", null, null, null, false, null),
                ReplayInitiator.cli(), new ReplayControl(progress::add));

        assertThat(progress).containsExactly(new ReplayProgress(1, 1, 5), new ReplayProgress(2, 1, 5),
                new ReplayProgress(3, 1, 5), new ReplayProgress(4, 1, 5), new ReplayProgress(5, 1, 5));
    }

    @Test
    void theNewestThousandAreReplayedAndTheResultSaysWhenMoreMatched() {
        long base = java.time.Instant.parse("2026-02-03T00:00:00Z").toEpochMilli();
        store.append(IntStream.range(0, 1005).mapToObj(i -> new Event(String.format("e%04d", i), "message.sent",
                "s1", "{}", java.time.Instant.ofEpochMilli(base + i * 1000L))).toList());

        ReplayResult result = replay(settings(), "s1", true);

        assertThat(result.eventsMatched()).isEqualTo(1005);
        assertThat(result.truncated()).isTrue();
        assertThat(result.eventsFound()).isEqualTo(1000);
        assertThat(result.selection().ids()).startsWith("e0005").endsWith("e1004");
    }

    @Test
    void aRateLimitPacesTheEvents() {
        storeFiveEvents();
        long before = System.nanoTime();

        service(settings().withRate(20), Sleeper.system()).replay(
                ReplayRequest.of("s1", null, null, null, false, null), ReplayInitiator.cli(), ReplayControl.none());

        List<Received> received = receiver.received();
        assertThat(received).hasSize(5);
        // 20 events/s: the fifth event is not sent before 200 ms after the replay began, however slow the machine.
        long fifthAfterMillis = (received.get(4).arrivedNanos() - before) / 1_000_000;
        assertThat(fifthAfterMillis).isGreaterThanOrEqualTo(200);
    }

    @Test
    void aRequestMayOverrideTheTarget() throws Exception {
        storeFiveEvents();
        try (TestReceiver other = new TestReceiver()) {
            ReplayResult result = service(settings(), recordingSleeper).replay(
                    ReplayRequest.of("s1", "message.sent", null, null, false, other.url().toString()),
                    ReplayInitiator.apiKey("key-1"), ReplayControl.none());

            assertThat(result.target()).isEqualTo(other.url().toString());
            assertThat(other.received()).hasSize(2);
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void aRealReplayWithoutATargetIsRefusedBeforeAnythingHappens() {
        storeFiveEvents();

        assertThatThrownBy(() -> replay(ReplaySettings.defaults(Optional.empty()), "s1", false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("WHATSAPP_WEBHOOK_URL");
        assertThat(history.recent(10)).isEmpty();
    }

    @Test
    void theResultSerialisesWithSnakeCaseNames() throws Exception {
        store.append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z")));

        String json = EventJson.mapper().writeValueAsString(replay(settings(), "s1", false));

        assertThat(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .startsWith("{\"success\":true,\"events_found\":1,\"events_replayed\":1,\"events_failed\":0,"
                        + "\"dry_run\":false,\"message\":\"Replayed 1 events successfully\",\"replay_id\":\"rpl_")
                .contains("\"events_matched\":1,\"truncated\":false,\"events_not_attempted\":0,\"cancelled\":false")
                .contains("\"events\":[{\"id\":\"e1\",\"status\":\"replayed\",\"attempts\":1,\"http_status\":200,")
                .doesNotContain("\"preview\"").doesNotContain("\"selection\"");
    }
}
