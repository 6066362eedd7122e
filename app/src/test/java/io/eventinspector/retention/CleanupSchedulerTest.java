package io.eventinspector.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import io.eventinspector.testing.LogCapture;
import io.eventinspector.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CleanupSchedulerTest {
    private static final RetentionSettings DAILY_AT_TWO = RetentionSettings.DEFAULTS;

    private final FakeStore store = new FakeStore();
    private final MutableClock clock = new MutableClock("2026-03-10T01:59:59Z");
    private final EventCleanup cleanup = new EventCleanup(store, clock);
    private CleanupScheduler scheduler;
    private LogCapture logs;

    @BeforeEach
    void captureLogs() {
        logs = new LogCapture("io.eventinspector.retention");
    }

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
        logs.close();
    }

    @Test
    void nothingRunsBeforeTheCleanupTime() {
        scheduler = new CleanupScheduler(cleanup, DAILY_AT_TWO, clock);

        checkAt("2026-03-10T00:00:00Z", "2026-03-10T01:00:00Z", "2026-03-10T01:59:59.999Z");

        assertThat(store.deletions).isEmpty();
        assertThat(logs.messages()).isEmpty();
        assertThat(scheduler.state().nextRun()).contains(Instant.parse("2026-03-10T02:59:59.999Z"));
    }

    @Test
    void runsOnceAtTwoUtcDeletingOlderThanRetentionAndLogsTheSpecLines() {
        scheduler = new CleanupScheduler(cleanup, DAILY_AT_TWO, clock);
        store.deletedPerRun = 1234;

        checkAt("2026-03-10T02:00:00Z");

        assertThat(store.deletions).containsExactly(Instant.parse("2026-02-08T02:00:00Z"));
        assertThat(logs.messages()).hasSize(2);
        assertThat(logs.messages().get(0)).isEqualTo("🧹 Starting event cleanup (retention: 30 days)...");
        assertThat(logs.messages().get(1)).matches("✅ Event cleanup completed: deleted 1234 events \\(duration: \\d+ms\\)");
        CleanupRun last = scheduler.state().lastRun().orElseThrow();
        assertThat(last.outcome()).isEqualTo(CleanupRun.Outcome.SUCCEEDED);
        assertThat(last.trigger()).isEqualTo(CleanupRun.Trigger.SCHEDULED);
        assertThat(last.deleted()).isEqualTo(1234);
        assertThat(last.startedAt()).isEqualTo(Instant.parse("2026-03-10T02:00:00Z"));
        assertThat(last.error()).isEmpty();
        // Every hour's check up to tomorrow 02:00 UTC does nothing; that one is the next run.
        assertThat(scheduler.state().nextRun()).contains(Instant.parse("2026-03-11T02:00:00Z"));
    }

    @Test
    void laterChecksTheSameUtcDayDoNothingAndTheNextDayRunsAgain() {
        scheduler = new CleanupScheduler(cleanup, DAILY_AT_TWO, clock);

        checkAt("2026-03-10T02:30:00Z", "2026-03-10T03:30:00Z", "2026-03-10T23:59:59.999Z");
        assertThat(store.deletions).hasSize(1);

        checkAt("2026-03-11T00:00:00Z", "2026-03-11T01:59:00Z");
        assertThat(store.deletions).hasSize(1);

        checkAt("2026-03-11T02:00:00Z", "2026-03-11T03:00:00Z");
        assertThat(store.deletions).containsExactly(Instant.parse("2026-02-08T02:30:00Z"),
                Instant.parse("2026-02-09T02:00:00Z"));
    }

    @Test
    void aFailedRunIsRetriedAtTheNextCheckAndLoggedWithItsCause() {
        scheduler = new CleanupScheduler(cleanup, DAILY_AT_TWO, clock);
        store.failuresLeft.set(1);

        checkAt("2026-03-10T02:00:00Z");

        assertThat(store.deletions).hasSize(1);
        var warning = logs.events().stream().filter(event -> event.getLevel() == Level.WARN).findFirst().orElseThrow();
        assertThat(warning.getFormattedMessage()).startsWith("⚠️  Event cleanup failed: cannot delete old events in "
                + "test.db (SQLite): disk I/O error");
        assertThat(warning.getThrowableProxy().getClassName()).isEqualTo("io.eventinspector.store.StoreException");
        RetentionState state = scheduler.state();
        assertThat(state.lastRun().orElseThrow().outcome()).isEqualTo(CleanupRun.Outcome.FAILED);
        assertThat(state.lastRun().orElseThrow().error()).contains("cannot delete old events in test.db (SQLite): "
                + "disk I/O error");
        assertThat(state.nextRun()).contains(Instant.parse("2026-03-10T03:00:00Z"));

        checkAt("2026-03-10T03:00:00Z", "2026-03-10T04:00:00Z");

        assertThat(store.deletions).hasSize(2);
        assertThat(scheduler.state().lastRun().orElseThrow().succeeded()).isTrue();
    }

    @Test
    void retentionZeroNeverDeletes() {
        scheduler = new CleanupScheduler(cleanup, DAILY_AT_TWO.withRetentionDays(0), clock);

        checkAt("2026-03-10T02:00:00Z", "2026-03-10T12:00:00Z", "2026-03-11T02:00:00Z", "2026-03-12T23:00:00Z");

        assertThat(store.deletions).isEmpty();
        assertThat(scheduler.state().nextRun()).isEmpty();
        assertThat(cleanup.run(0, CleanupRun.Trigger.MANUAL, total -> { }).deleted()).isZero();
        assertThat(cleanup.countDeletable(0)).isZero();
        assertThat(store.deletions).isEmpty();
    }

    @Test
    void disabledPersistenceRunsNoCleanup() {
        scheduler = new CleanupScheduler(cleanup, DAILY_AT_TWO.withEnabled(false), clock);

        checkAt("2026-03-10T02:00:00Z");

        assertThat(store.deletions).isEmpty();
        assertThat(scheduler.state().enabled()).isFalse();
    }

    @Test
    void behavesTheSameOnAMachineInLosAngeles() {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        try {
            scheduler = new CleanupScheduler(cleanup, DAILY_AT_TWO, clock);
            // 01:59 UTC is 18:59 the day before in Los Angeles: local time is past 02:00, UTC is not.
            checkAt("2026-03-10T01:59:00Z");
            assertThat(store.deletions).isEmpty();

            checkAt("2026-03-10T02:00:00Z");
            assertThat(store.deletions).hasSize(1);

            // 10:00 UTC is 03:00 on a new local day in Los Angeles, but still the same UTC day.
            checkAt("2026-03-10T08:30:00Z", "2026-03-10T10:00:00Z", "2026-03-11T01:59:00Z");
            assertThat(store.deletions).hasSize(1);

            checkAt("2026-03-11T02:00:00Z");
            assertThat(store.deletions).containsExactly(Instant.parse("2026-02-08T02:00:00Z"),
                    Instant.parse("2026-02-09T02:00:00Z"));
            assertThat(scheduler.state().nextRun()).contains(Instant.parse("2026-03-12T02:00:00Z"));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void plansTheNextRunOnTheFirstCheckAfterTheCleanupTime() {
        scheduler = new CleanupScheduler(cleanup, DAILY_AT_TWO.withCleanupInterval(Duration.ofMinutes(45)), clock);

        checkAt("2026-03-10T02:10:00Z");

        // Checks at 02:55 + k·45 min; the first at or after 02:00 tomorrow is 02:10 (31 steps).
        assertThat(scheduler.state().nextRun()).contains(Instant.parse("2026-03-11T02:10:00Z"));
    }

    @Test
    void aScheduledCheckNeverRunsWhileAManualCleanupDeletesAndRetriesAfterwards() {
        scheduler = new CleanupScheduler(cleanup, DAILY_AT_TWO, clock);
        clock.set("2026-03-10T02:00:00Z");
        store.holdNextDeletion();
        CompletableFuture<CleanupRun> manual = CompletableFuture.supplyAsync(
                () -> cleanup.run(10, CleanupRun.Trigger.MANUAL, total -> { }));
        FakeStore.await(store.entered);

        scheduler.check();
        assertThatThrownBy(() -> cleanup.run(10, CleanupRun.Trigger.MANUAL, total -> { }))
                .isInstanceOf(CleanupBusyException.class);
        assertThat(scheduler.state().cleaning()).isTrue();

        store.release.countDown();
        assertThat(manual.join().trigger()).isEqualTo(CleanupRun.Trigger.MANUAL);
        assertThat(store.deletions).hasSize(1);
        assertThat(logs.messages()).contains("⏳ Event cleanup postponed: another cleanup is running; "
                + "checking again in 1h");

        checkAt("2026-03-10T03:00:00Z");
        assertThat(store.deletions).hasSize(2);
        assertThat(scheduler.state().lastRun().orElseThrow().trigger()).isEqualTo(CleanupRun.Trigger.SCHEDULED);
    }

    @Test
    void listenersGetAStateAfterEveryCheckAndCleanup() {
        scheduler = new CleanupScheduler(cleanup, DAILY_AT_TWO, clock);
        List<RetentionState> states = new ArrayList<>();
        scheduler.addListener(states::add);

        checkAt("2026-03-10T02:00:00Z");

        assertThat(states).extracting(RetentionState::cleaning).containsExactly(true, false, false);
        RetentionState last = states.get(2);
        assertThat(last.retentionDays()).isEqualTo(30);
        assertThat(last.cleanupTime()).isEqualTo(LocalTime.of(2, 0));
        assertThat(last.lastRun().map(CleanupRun::deleted)).isEqualTo(Optional.of(7L));
        assertThat(last.nextRun()).contains(Instant.parse("2026-03-11T02:00:00Z"));
    }

    @Test
    void startLogsTheStatusLinesAndChecksAtOnce() {
        clock.set("2026-03-10T05:00:00Z");
        scheduler = new CleanupScheduler(cleanup, DAILY_AT_TWO, clock);

        scheduler.start();

        assertThat(logs.messages()).startsWith("✅ Event persistence enabled",
                "✅ Event cleanup job started (retention: 30 days, interval: 1h, cleanup time: 02:00)");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (scheduler.state().lastRun().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(scheduler.state().lastRun()).isPresent();
        assertThat(scheduler.state().running()).isTrue();
        assertThat(store.deletions).containsExactly(Instant.parse("2026-02-08T05:00:00Z"));
    }

    private void checkAt(String... instants) {
        for (String instant : instants) {
            clock.set(instant);
            scheduler.check();
        }
    }
}
