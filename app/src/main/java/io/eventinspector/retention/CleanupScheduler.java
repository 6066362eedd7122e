package io.eventinspector.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily cleanup. It checks once at start and then every cleanup interval; a check runs a cleanup when
 * retention is more than 0 days, the current UTC time of day is at or after the cleanup time, and no scheduled
 * cleanup has succeeded yet on the current UTC day — so a failed run is retried at the next check, not the next
 * day. All times are UTC from the injected clock; the machine's time zone never matters. When persistence is
 * disabled no cleanup runs (as in the gateway the spec comes from). A due run first asks the {@link CleanupGate}
 * and waits for its answer.
 */
public final class CleanupScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CleanupScheduler.class);

    private final EventCleanup cleanup;
    private final Clock clock;
    private final List<Consumer<RetentionState>> listeners = new CopyOnWriteArrayList<>();
    private final CleanupListener cleanupListener = new CleanupListener() {
        @Override
        public void cleanupStarted(CleanupRun.Trigger trigger, int retentionDays) {
            publish();
        }

        @Override
        public void cleanupFinished(CleanupRun run) {
            publish();
        }
    };

    /** Held by a check for as long as its cleanup runs; kept apart from the monitor so state() never waits. */
    private final Object checkLock = new Object();
    private volatile RetentionSettings settings;
    private volatile CleanupGate gate = CleanupGate.OPEN;
    private volatile ScheduledExecutorService executor;
    private ScheduledFuture<?> checks;
    private LocalDate lastSuccessDay;
    private Instant nextCheck;
    private volatile Optional<Instant> nextRun = Optional.empty();

    public CleanupScheduler(EventCleanup cleanup, RetentionSettings settings, Clock clock) {
        this.cleanup = cleanup;
        this.settings = settings;
        this.clock = clock;
        cleanup.addListener(cleanupListener);
    }

    /** Logs the persistence and job status lines, checks once now and then every interval on a daemon thread. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        logStatus(settings);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        schedule();
    }

    /** Who is asked before each scheduled run deletes; set before {@link #start()} to cover the first check. */
    public void setGate(CleanupGate newGate) {
        gate = newGate;
    }

    /** Applies new settings (from the desktop's settings view) and, when started, reschedules the checks. */
    public synchronized void reconfigure(RetentionSettings newSettings) {
        settings = newSettings;
        if (executor != null) {
            logStatus(newSettings);
            checks.cancel(false);
            schedule();
        } else {
            publish();
        }
    }

    /**
     * One check: runs a cleanup if one is due (see the class comment) and plans the next. Called by the schedule;
     * tests call it directly with a clock they control. Never throws: a failure is logged and retried next check.
     */
    public void check() {
        synchronized (checkLock) {
            RetentionSettings current = settings;
            Instant now = clock.instant();
            nextCheck = now.plus(current.cleanupInterval());
            if (isDue(current, now) && gate.mayDelete(cleanup.cutoff(current.retentionDays()))) {
                runCleanup(current, now);
            }
            nextRun = planNextRun(current, clock.instant());
        }
        publish();
    }

    public RetentionSettings settings() {
        return settings;
    }

    /** The current state; listeners get a new one after every check and every cleanup start and end. */
    public RetentionState state() {
        RetentionSettings current = settings;
        return new RetentionState(current.enabled(), current.retentionDays(), current.cleanupTime(),
                current.cleanupInterval(), isStarted(), cleanup.isRunning(), nextRun, cleanup.lastRun());
    }

    public void addListener(Consumer<RetentionState> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<RetentionState> listener) {
        listeners.remove(listener);
    }

    /** Stops checking; a cleanup in progress is not interrupted mid-batch (its daemon thread ends with it). */
    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdown();
            executor = null;
            checks = null;
        }
        cleanup.removeListener(cleanupListener);
        nextRun = Optional.empty();
    }

    private boolean isStarted() {
        return executor != null;
    }

    private void schedule() {
        long intervalMillis = settings.cleanupInterval().toMillis();
        checks = executor.scheduleWithFixedDelay(this::checkOnSchedule, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** An exception escaping a periodic task would silently end every later check. */
    private void checkOnSchedule() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.warn("⚠️  Event cleanup check failed: {}", e.getMessage(), e);
        }
    }

    private boolean isDue(RetentionSettings current, Instant now) {
        return current.enabled() && current.deletes()
                && !LocalTime.ofInstant(now, ZoneOffset.UTC).isBefore(current.cleanupTime())
                && !LocalDate.ofInstant(now, ZoneOffset.UTC).equals(lastSuccessDay);
    }

    private void runCleanup(RetentionSettings current, Instant now) {
        try {
            cleanup.run(current.retentionDays(), CleanupRun.Trigger.SCHEDULED, deleted -> { });
            lastSuccessDay = LocalDate.ofInstant(now, ZoneOffset.UTC);
        } catch (CleanupBusyException e) {
            LOG.info("⏳ Event cleanup postponed: another cleanup is running; checking again in {}",
                    GoDurations.format(current.cleanupInterval()));
        } catch (RuntimeException e) {
            // EventCleanup has logged the failure with its cause; the next check retries it.
            LOG.debug("scheduled cleanup failed; retrying at the next check", e);
        }
    }

    /** The first check at or after the next moment a cleanup may run; empty when none will. */
    private Optional<Instant> planNextRun(RetentionSettings current, Instant now) {
        if (!current.enabled() || !current.deletes() || nextCheck == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant todayAtCleanupTime = today.atTime(current.cleanupTime()).toInstant(ZoneOffset.UTC);
        Instant earliest = today.equals(lastSuccessDay) ? todayAtCleanupTime.plus(Duration.ofDays(1))
                : todayAtCleanupTime;
        if (!earliest.isAfter(nextCheck)) {
            return Optional.of(nextCheck);
        }
        long interval = current.cleanupInterval().toMillis();
        long wait = Duration.between(nextCheck, earliest).toMillis();
        long steps = (wait + interval - 1) / interval;
        return Optional.of(nextCheck.plusMillis(steps * interval));
    }

    private void publish() {
        if (listeners.isEmpty()) {
            return;
        }
        RetentionState state = state();
        listeners.forEach(listener -> listener.accept(state));
    }

    private static void logStatus(RetentionSettings settings) {
        if (!settings.enabled()) {
            LOG.warn("⚠️  Event persistence disabled: live events are not stored and no cleanup runs; "
                    + "stored events can still be browsed, exported and replayed");
            return;
        }
        LOG.info("✅ Event persistence enabled");
        if (settings.deletes()) {
            LOG.info("✅ Event cleanup job started (retention: {} days, interval: {}, cleanup time: {})",
                    settings.retentionDays(), GoDurations.format(settings.cleanupInterval()),
                    settings.cleanupTime());
        } else {
            LOG.info("ℹ️  Event cleanup disabled (retention: 0 days): events are kept forever");
        }
    }
}
