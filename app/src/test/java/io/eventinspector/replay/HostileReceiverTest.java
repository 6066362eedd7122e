package io.eventinspector.replay;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.replay.ReplayResult.EventOutcome;
import io.eventinspector.replay.TestReceiver.Reply;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import io.eventinspector.testing.TestDatabases;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receivers that answer too much, too slowly or not at all: a try reads a bounded part of any answer, ends within
 * its timeout whatever the receiver does, and ends at once when the replay is cancelled or its thread interrupted.
 */
class HostileReceiverTest {
    /** Far less than what the huge receiver offers; socket buffers on both sides hold a few MB at most. */
    private static final long CUT_OFF_BEFORE = 32L << 20;
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private Database database;
    private EventStore store;

    @BeforeEach
    void open() {
        database = TestDatabases.sqlite(folder);
        store = database.events();
        store.append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                event("e2", "message.sent", "s1", "2026-02-03T10:00:02Z")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private record Timed(ReplayResult result, Duration took) {
    }

    private Timed replay(URI url, Duration timeout, ReplayControl control) {
        ReplaySettings settings = ReplaySettings.defaults(Optional.of(url)).withAttempts(1, timeout);
        ReplayService service = new ReplayService(store, new JooqReplayHistory(database), settings,
                WebhookSender.create(settings, Clock.systemUTC()), RetryPolicy.of(settings), (duration, wake) -> { },
                Clock.systemUTC());
        long start = System.nanoTime();
        ReplayResult result = service.replay(ReplayRequest.of("s1", null, null, null, false, null),
                ReplayInitiator.cli(), control);
        return new Timed(result, Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void aHugeErrorBodyIsCutOffAfterItsFirstBytesAndTheStatusIsRecorded() throws Exception {
        try (HostileReceiver receiver = HostileReceiver.hugeBody(500, 256L << 20)) {
            Timed run = replay(receiver.url(), Duration.ofSeconds(20), ReplayControl.none());

            EventOutcome first = run.result().events().get(0);
            assertThat(first.status()).isEqualTo(EventOutcome.FAILED);
            assertThat(first.httpStatus()).isEqualTo(500);
            assertThat(first.error()).isEqualTo("HTTP 500: " + "x".repeat(200) + "…");
            assertThat(run.took()).isLessThan(PROMPTLY);
            assertThat(receiver.awaitClosedByClient(PROMPTLY)).isTrue();
            assertThat(receiver.bodyBytesSent()).isLessThan(CUT_OFF_BEFORE);
        }
    }

    @Test
    void anErrorBodyWithinTheLimitIsReadWholeSoTheConnectionIsKept() throws Exception {
        String body = "e".repeat(WebhookSender.RESPONSE_BODY_LIMIT);
        try (TestReceiver receiver = new TestReceiver().answering(n -> new Reply(500, Map.of(), body))) {
            Timed run = replay(receiver.url(), Duration.ofSeconds(5), ReplayControl.none());

            assertThat(run.result().events()).extracting(EventOutcome::httpStatus).containsExactly(500, 500);
            assertThat(receiver.received()).extracting(TestReceiver.Received::clientPort).hasSize(2)
                    .containsOnly(receiver.received().get(0).clientPort());
        }
    }

    @Test
    void anEndlessHeaderIsRefusedBeforeItFillsTheMemory() throws Exception {
        try (HostileReceiver receiver = HostileReceiver.endlessHeader(256L << 20)) {
            Timed run = replay(receiver.url(), Duration.ofSeconds(20), ReplayControl.none());

            EventOutcome first = run.result().events().get(0);
            assertThat(first.status()).isEqualTo(EventOutcome.FAILED);
            assertThat(first.httpStatus()).isNull();
            assertThat(first.error()).startsWith("network error: Header size too big");
            assertThat(run.took()).isLessThan(PROMPTLY);
            // The JDK (17) stops reading at its 384 KiB header limit but leaves the socket open: the receiver
            // blocks with full buffers instead of seeing a close, so only what it got to write is bounded.
            assertThat(receiver.bodyBytesSent()).isLessThan(CUT_OFF_BEFORE);
        }
    }

    @Test
    void aTricklingErrorBodyEndsTheTryAtTheTimeoutWithItsStatus() throws Exception {
        try (HostileReceiver receiver = HostileReceiver.tricklingBody(500, 1_000, Duration.ofMillis(50))) {
            Timed run = replay(receiver.url(), Duration.ofMillis(300), ReplayControl.none());

            EventOutcome first = run.result().events().get(0);
            assertThat(first.status()).isEqualTo(EventOutcome.FAILED);
            assertThat(first.httpStatus()).isEqualTo(500);
            assertThat(first.error()).isEqualTo("HTTP 500 (response body timed out after 300 ms)");
            assertThat(first.latencyMs()).isBetween(250L, 2_000L);
            assertThat(run.took()).isLessThan(PROMPTLY);
            assertThat(receiver.awaitClosedByClient(PROMPTLY)).isTrue();
        }
    }

    @Test
    void aTricklingBodyAfterA2xxStillCountsAsDeliveredWithinTheTimeout() throws Exception {
        try (HostileReceiver receiver = HostileReceiver.tricklingBody(200, 1_000, Duration.ofMillis(50))) {
            Timed run = replay(receiver.url(), Duration.ofMillis(300), ReplayControl.none());

            assertThat(run.result().events()).extracting(EventOutcome::status)
                    .containsExactly(EventOutcome.REPLAYED, EventOutcome.REPLAYED);
            assertThat(run.took()).isLessThan(PROMPTLY);
            assertThat(receiver.awaitClosedByClient(PROMPTLY)).isTrue();
        }
    }

    @Test
    void aTricklingStatusLineTimesOutWithoutAStatus() throws Exception {
        try (HostileReceiver receiver = HostileReceiver.tricklingHead(Duration.ofMillis(50))) {
            Timed run = replay(receiver.url(), Duration.ofMillis(300), ReplayControl.none());

            EventOutcome first = run.result().events().get(0);
            assertThat(first.httpStatus()).isNull();
            assertThat(first.error()).isEqualTo("timed out after 300 ms");
            assertThat(first.latencyMs()).isBetween(250L, 2_000L);
            assertThat(run.took()).isLessThan(PROMPTLY);
        }
    }

    @Test
    void cancellingAbortsATryThatIsWaitingForAnAnswer() throws Exception {
        ReplayControl control = ReplayControl.none();
        try (TestReceiver receiver = new TestReceiver().answering(n -> {
            control.cancel();
            return Reply.HANG;
        })) {
            Timed run = replay(receiver.url(), Duration.ofSeconds(30), control);

            assertThat(run.took()).isLessThan(PROMPTLY);
            assertThat(receiver.received()).hasSize(1);
            assertThat(run.result().cancelled()).isTrue();
            assertThat(run.result().events()).extracting(EventOutcome::status, EventOutcome::error)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(EventOutcome.FAILED,
                                    "cancelled before the receiver answered"),
                            org.assertj.core.groups.Tuple.tuple(EventOutcome.NOT_ATTEMPTED, null));
        }
    }

    @Test
    void interruptingTheReplayThreadAbortsATryAndKeepsTheInterrupt() throws Exception {
        AtomicReference<Thread> replaying = new AtomicReference<>();
        AtomicReference<Timed> run = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        try (TestReceiver receiver = new TestReceiver().answering(n -> {
            replaying.get().interrupt();
            return Reply.HANG;
        })) {
            Thread thread = new Thread(() -> {
                run.set(replay(receiver.url(), Duration.ofSeconds(30), ReplayControl.none()));
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }, "replay-under-test");
            replaying.set(thread);
            thread.start();
            thread.join(PROMPTLY.toMillis());

            assertThat(thread.isAlive()).as("replay still running").isFalse();
            assertThat(stillInterrupted).isTrue();
            assertThat(run.get().result().events()).extracting(EventOutcome::status, EventOutcome::error)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(EventOutcome.FAILED,
                                    "cancelled before the receiver answered (interrupted)"),
                            org.assertj.core.groups.Tuple.tuple(EventOutcome.NOT_ATTEMPTED, null));
        }
    }
}
