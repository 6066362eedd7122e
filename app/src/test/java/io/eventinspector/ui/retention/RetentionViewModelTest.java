package io.eventinspector.ui.retention;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.config.RetentionConfig;
import io.eventinspector.event.EventQuery;
import io.eventinspector.retention.CleanupMarks;
import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.retention.RetentionPreferences;
import io.eventinspector.retention.RetentionSettings;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.testing.GatewayFiles;
import io.eventinspector.testing.MutableClock;
import io.eventinspector.testing.TestDatabases;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import io.eventinspector.ui.fx.TaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionViewModelTest {
    private static final String NOW = "2026-11-26T01:00:00Z";

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(NOW);
    private final UiThread executor = new UiThread();
    private final Notifications notifications = new Notifications();
    private final SavedChoices preferences = new SavedChoices();
    private final Marks marks = new Marks();
    private final Questions questions = new Questions();
    private final AtomicInteger refreshed = new AtomicInteger();
    private final SimpleObjectProperty<Services> services = new SimpleObjectProperty<>();
    private AppConfig config;
    private RetentionScheduling scheduling;
    private RetentionViewModel viewModel;

    @AfterEach
    void close() {
        if (services.get() != null) {
            services.get().close();
        }
    }

    /** Opens a local store with two events older than 30 days and one newer, then builds the view model. */
    private void open(Map<String, String> env) {
        Database database = TestDatabases.sqlite(folder);
        database.events().append(List.of(
                event("evt_old1", "message.sent", "s1", "2026-09-01T10:00:00Z"),
                event("evt_old2", "message.sent", "s1", "2026-10-01T10:00:00Z"),
                event("evt_new", "message.sent", "s1", "2026-11-25T10:00:00Z")));
        open(env, database);
    }

    private void open(Map<String, String> env, Database database) {
        config = new AppConfig(new Env(env));
        services.set(new Services(config, database, clock));
        scheduling = new RetentionScheduling(executor, services,
                () -> config.retention(preferences, RetentionOverrides.NONE), notifications, marks, questions);
        viewModel = new RetentionViewModel(executor, services, config, preferences, scheduling, notifications,
                refreshed::incrementAndGet);
    }

    @Test
    void shows_the_settings_in_force_and_starts_the_daily_cleanup_for_a_local_store() {
        preferences.save(RetentionOverrides.retentionDays(7));

        open(Map.of());

        assertThat(viewModel.retentionDays().textProperty().get()).isEqualTo("7");
        assertThat(viewModel.cleanupTime().textProperty().get()).isEqualTo("02:00");
        assertThat(viewModel.cleanupInterval().textProperty().get()).isEqualTo("1h");
        assertThat(viewModel.retentionDays().isLocked()).isFalse();
        assertThat(services.get().cleanupScheduler().state().running()).isTrue();
        assertThat(services.get().cleanupScheduler().settings().retentionDays()).isEqualTo(7);
        assertThat(scheduling.statusProperty().get()).isEqualTo("retention 7 d, next cleanup 02:00 UTC");
        // The scheduler's first check (on its own thread) plans the run and reports it to the UI thread.
        executor.waitFor(() -> viewModel.nextRunProperty().get().equals("2026-11-26 02:00:00 UTC"));
        assertThat(viewModel.lastRunProperty().get()).isEqualTo("none since the app started");
    }

    @Test
    void invalid_values_are_refused_with_the_environment_variables_messages() {
        open(Map.of());

        viewModel.retentionDays().textProperty().set("-1");
        viewModel.cleanupTime().textProperty().set("2am");
        viewModel.cleanupInterval().textProperty().set("0s");

        assertThat(viewModel.retentionDays().errorProperty().get())
                .isEqualTo("invalid WHATSAPP_EVENTS_RETENTION_DAYS=-1: expected a whole number from 0 to 36500");
        assertThat(viewModel.cleanupTime().errorProperty().get())
                .isEqualTo("invalid WHATSAPP_EVENTS_CLEANUP_TIME=2am: expected a UTC time of day as HH:MM (24 h), "
                        + "such as 02:00");
        assertThat(viewModel.cleanupInterval().errorProperty().get())
                .isEqualTo("invalid WHATSAPP_EVENTS_CLEANUP_INTERVAL=0s: expected a duration greater than zero, "
                        + "such as 90s, 30m, 1h or 1h30m");
        assertThat(viewModel.validProperty().get()).isFalse();
        assertThat(viewModel.save()).isFalse();
        assertThat(preferences.load()).isEqualTo(RetentionOverrides.NONE);

        viewModel.retentionDays().textProperty().set("45");
        assertThat(viewModel.retentionDays().errorProperty().get()).isEmpty();
    }

    @Test
    void saving_stores_the_choices_and_the_running_scheduler_plans_with_them() {
        open(Map.of());

        viewModel.retentionDays().textProperty().set("10");
        viewModel.cleanupTime().textProperty().set("04:15");
        viewModel.cleanupInterval().textProperty().set("30m");

        assertThat(viewModel.save()).isTrue();
        RetentionSettings expected = new RetentionSettings(true, 10, LocalTime.of(4, 15), Duration.ofMinutes(30));
        assertThat(preferences.load().applyTo(RetentionSettings.DEFAULTS)).isEqualTo(expected);
        assertThat(services.get().cleanupScheduler().settings()).isEqualTo(expected);
        // Checks every 30 minutes from 01:00: the first at or after 04:15 is the one at 04:30.
        executor.waitFor(() -> scheduling.statusProperty().get().equals("retention 10 d, next cleanup 04:30 UTC"));
    }

    @Test
    void a_variable_that_is_set_locks_its_field_and_is_not_saved_as_a_choice() {
        preferences.save(RetentionOverrides.retentionDays(7));
        open(Map.of(RetentionConfig.RETENTION_DAYS, "14"));

        assertThat(viewModel.retentionDays().textProperty().get()).isEqualTo("14");
        assertThat(viewModel.retentionDays().isLocked()).isTrue();
        assertThat(viewModel.retentionDays().lockHintProperty().get())
                .isEqualTo("set by WHATSAPP_EVENTS_RETENTION_DAYS");
        assertThat(viewModel.cleanupTime().isLocked()).isFalse();

        viewModel.cleanupTime().textProperty().set("03:30");
        assertThat(viewModel.save()).isTrue();

        assertThat(preferences.load().retentionDays()).contains(7);
        assertThat(preferences.load().cleanupTime()).contains(LocalTime.of(3, 30));
        assertThat(services.get().cleanupScheduler().settings().retentionDays()).isEqualTo(14);
        assertThat(services.get().cleanupScheduler().settings().cleanupTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void run_cleanup_now_counts_first_and_deletes_only_after_the_user_confirms() {
        open(Map.of());

        viewModel.cleanupNow().requestCleanup();

        assertThat(viewModel.cleanupNow().phaseProperty().get()).isEqualTo(CleanupNowViewModel.Phase.CONFIRMING);
        assertThat(viewModel.cleanupNow().confirmationProperty().get())
                .isEqualTo("Delete 2 events older than 30 days (before 2026-10-27 01:00:00 UTC)?");
        assertThat(storedIds()).isEqualTo(3);

        viewModel.cleanupNow().confirmCleanup();

        assertThat(storedIds()).isEqualTo(1);
        assertThat(viewModel.cleanupNow().phaseProperty().get()).isEqualTo(CleanupNowViewModel.Phase.IDLE);
        assertThat(notifications.currentProperty().get().message()).startsWith("Deleted 2 events (duration: ");
        assertThat(refreshed).hasValue(1);
        executor.waitFor(() -> viewModel.lastRunProperty().get().startsWith("2026-11-26 01:00:00 UTC (manual): "
                + "deleted 2 events in "));
    }

    @Test
    void answering_no_deletes_nothing() {
        open(Map.of());
        viewModel.cleanupNow().requestCleanup();

        viewModel.cleanupNow().cancelCleanup();

        assertThat(viewModel.cleanupNow().phaseProperty().get()).isEqualTo(CleanupNowViewModel.Phase.IDLE);
        assertThat(viewModel.cleanupNow().confirmationProperty().get()).isEmpty();
        viewModel.cleanupNow().confirmCleanup();
        assertThat(storedIds()).isEqualTo(3);
    }

    @Test
    void nothing_older_than_the_retention_means_no_question() {
        preferences.save(RetentionOverrides.retentionDays(365));
        open(Map.of());

        viewModel.cleanupNow().requestCleanup();

        assertThat(viewModel.cleanupNow().phaseProperty().get()).isEqualTo(CleanupNowViewModel.Phase.IDLE);
        assertThat(notifications.currentProperty().get().message())
                .isEqualTo("Nothing to delete: no event is older than 365 days");
    }

    @Test
    void a_second_cleanup_cannot_start_while_one_is_counting_or_deleting() {
        open(Map.of());
        executor.queued.hold();

        viewModel.cleanupNow().requestCleanup();
        viewModel.cleanupNow().requestCleanup();
        assertThat(executor.queued.pending()).isEqualTo(1);
        assertThat(viewModel.cleanupNow().canRunProperty().get()).isFalse();
        executor.queued.runAll();
        assertThat(viewModel.cleanupNow().phaseProperty().get()).isEqualTo(CleanupNowViewModel.Phase.CONFIRMING);

        executor.queued.hold();
        viewModel.cleanupNow().confirmCleanup();
        viewModel.cleanupNow().requestCleanup();
        viewModel.cleanupNow().confirmCleanup();
        assertThat(viewModel.cleanupNow().phaseProperty().get()).isEqualTo(CleanupNowViewModel.Phase.RUNNING);
        assertThat(executor.queued.pending()).isEqualTo(1);

        executor.queued.runAll();
        assertThat(storedIds()).isEqualTo(1);
        assertThat(viewModel.cleanupNow().canRunProperty().get()).isTrue();
    }

    @Test
    void a_gateway_database_gets_no_daily_cleanup_and_no_run_now() throws Exception {
        Path file = GatewayFiles.create(folder.resolve("gateway.db"), new GatewayFiles.Row("20260901100000.1",
                "message.sent", "s1", "{\"body\":\"old\"}", "2026-09-01 10:00:00.1+00:00"));
        open(Map.of(), Database.open(StoreUrl.sqlite(file)));

        assertThat(scheduling.isScheduling()).isFalse();
        assertThat(services.get().cleanupScheduler().state().running()).isFalse();
        assertThat(scheduling.statusProperty().get()).isEqualTo("no daily cleanup on a gateway database");
        assertThat(viewModel.cleanupNow().canRunProperty().get()).isFalse();
        viewModel.cleanupNow().requestCleanup();
        assertThat(viewModel.cleanupNow().phaseProperty().get()).isEqualTo(CleanupNowViewModel.Phase.IDLE);
    }

    @Test
    void retention_zero_shows_retention_off() {
        preferences.save(RetentionOverrides.retentionDays(0));

        open(Map.of());

        assertThat(scheduling.statusProperty().get()).isEqualTo("retention off");
        viewModel.cleanupNow().requestCleanup();
        assertThat(notifications.currentProperty().get().message())
                .isEqualTo("Retention is 0 days (keep events forever): there is nothing to delete");
    }

    @Test
    void switching_the_store_starts_the_new_stores_cleanup() {
        open(Map.of());
        Services first = services.get();
        Services second = new Services(config, TestDatabases.sqlite(folder), clock);

        services.set(second);
        first.close();

        assertThat(second.cleanupScheduler().state().running()).isTrue();
        assertThat(scheduling.statusProperty().get()).isEqualTo("retention 30 d, next cleanup 02:00 UTC");
    }

    @Test
    void the_daily_cleanup_asks_before_deleting_history_stored_since_its_last_run_and_waits_for_the_answer() {
        clock.set("2026-11-26T03:00:00Z"); // past the cleanup time: the first check, on opening, is due at once

        open(Map.of());

        executor.waitFor(() -> questions.asked.size() == 1);
        CleanupQuestion.ImportedHistory asked = questions.asked.get(0);
        assertThat(asked).isEqualTo(new CleanupQuestion.ImportedHistory(2, Optional.empty(), 30,
                Instant.parse("2026-10-27T03:00:00Z")));
        assertThat(asked.message()).startsWith("2 events stored before any cleanup on this computer are older than "
                + "the 30-day retention (before 2026-10-27 03:00:00 UTC), most likely imported history.");
        // The scheduler's run is held: nothing is deleted while nobody has answered.
        assertThat(storedIds()).isEqualTo(3);
        assertThat(services.get().cleanupScheduler().state().lastRun()).isEmpty();

        questions.answers.get(0).accept(CleanupQuestion.Answer.DELETE);

        executor.waitFor(() -> viewModel.lastRunProperty().get().contains("(scheduled): deleted 2 events"));
        assertThat(storedIds()).isEqualTo(1);
        assertThat(marks.lastCleanup(store())).contains(Instant.parse("2026-11-26T03:00:00Z"));
    }

    @Test
    void keeping_imported_history_deletes_nothing_and_pauses_the_daily_cleanup_until_the_settings_are_saved() {
        clock.set("2026-11-26T03:00:00Z");
        open(Map.of());
        executor.waitFor(() -> questions.asked.size() == 1);

        questions.answers.get(0).accept(CleanupQuestion.Answer.KEEP);

        executor.waitFor(() -> scheduling.statusProperty().get()
                .equals("retention 30 d, daily cleanup paused to keep imported events"));
        assertThat(marks.paused(store())).isTrue();
        assertThat(viewModel.nextRunProperty().get()).startsWith("none: paused to keep imported events");
        assertThat(storedIds()).isEqualTo(3);
        // Later checks neither ask again nor delete.
        services.get().cleanupScheduler().check();
        assertThat(questions.asked).hasSize(1);
        assertThat(storedIds()).isEqualTo(3);
        assertThat(scheduling.outlook()).contains(new CleanupOutlook(30,
                services.get().cleanupScheduler().state().nextRun(), true));

        assertThat(viewModel.save()).isTrue();

        assertThat(marks.paused(store())).isFalse();
        assertThat(scheduling.pausedProperty().get()).isFalse();
    }

    @Test
    void a_cleanup_run_by_hand_deletes_what_was_kept_and_resumes_the_daily_cleanup() {
        clock.set("2026-11-26T03:00:00Z");
        open(Map.of());
        executor.waitFor(() -> questions.asked.size() == 1);
        questions.answers.get(0).accept(CleanupQuestion.Answer.KEEP);
        executor.waitFor(() -> scheduling.pausedProperty().get());

        viewModel.cleanupNow().requestCleanup();
        viewModel.cleanupNow().confirmCleanup();

        assertThat(storedIds()).isEqualTo(1);
        executor.waitFor(() -> !scheduling.pausedProperty().get());
        assertThat(marks.paused(store())).isFalse();
        assertThat(marks.lastCleanup(store())).contains(Instant.parse("2026-11-26T03:00:00Z"));
    }

    @Test
    void events_stored_before_the_last_cleanup_are_not_asked_about() {
        clock.set("2026-11-26T03:00:00Z");
        Database database = TestDatabases.sqlite(folder);
        database.events().append(List.of(event("evt_old", "message.sent", "s1", "2026-09-01T10:00:00Z")));
        marks.cleanedUp(ImportedHistoryGuard.storeName(database), Instant.now()); // after they were stored

        open(Map.of(), database);

        executor.waitFor(() -> viewModel.lastRunProperty().get().contains("(scheduled): deleted 1 events"));
        assertThat(questions.asked).isEmpty();
    }

    @Test
    void switching_the_store_withdraws_an_open_question_and_that_run_deletes_nothing() {
        clock.set("2026-11-26T03:00:00Z");
        open(Map.of());
        executor.waitFor(() -> questions.asked.size() == 1);
        Services first = services.get();

        services.set(new Services(config, TestDatabases.sqlite(folder.resolve("second")), clock));

        // The withdrawn check ends by planning the next run.
        executor.waitFor(() -> first.cleanupScheduler().state().nextRun().isPresent());
        assertThat(first.events().count(EventQuery.all())).isEqualTo(3);
        assertThat(first.cleanupScheduler().state().lastRun()).isEmpty();
        assertThat(marks.paused.isEmpty()).isTrue();
        first.close();
    }

    private String store() {
        return ImportedHistoryGuard.storeName(services.get().database());
    }

    private long storedIds() {
        return services.get().events().count(EventQuery.all());
    }

    /** Each store's cleanup marks, in memory. */
    private static final class Marks implements CleanupMarks {
        final Map<String, Instant> lastCleanups = new HashMap<>();
        final Set<String> paused = new HashSet<>();

        @Override
        public synchronized Optional<Instant> lastCleanup(String store) {
            return Optional.ofNullable(lastCleanups.get(store));
        }

        @Override
        public synchronized void cleanedUp(String store, Instant startedAt) {
            lastCleanups.put(store, startedAt);
        }

        @Override
        public synchronized boolean paused(String store) {
            return paused.contains(store);
        }

        @Override
        public synchronized void setPaused(String store, boolean pause) {
            if (pause) {
                paused.add(store);
            } else {
                paused.remove(store);
            }
        }
    }

    /** The user, played by the test: records each question and its answer callback. */
    private static final class Questions implements CleanupQuestion {
        final List<ImportedHistory> asked = new ArrayList<>();
        final List<Consumer<Answer>> answers = new ArrayList<>();

        @Override
        public void ask(ImportedHistory question, Consumer<Answer> answer) {
            asked.add(question);
            answers.add(answer);
        }
    }

    /** The user's saved choices, in memory. */
    private static final class SavedChoices implements RetentionPreferences {
        private RetentionOverrides saved = RetentionOverrides.NONE;

        @Override
        public RetentionOverrides load() {
            return saved;
        }

        @Override
        public void save(RetentionOverrides choices) {
            saved = choices;
        }
    }

    /**
     * Background work on the test thread (through {@link QueuedTaskExecutor}); what the scheduler's own thread hands
     * to the UI thread waits in a queue until the test, playing the UI thread, takes it.
     */
    private static final class UiThread implements TaskExecutor {
        final QueuedTaskExecutor queued = new QueuedTaskExecutor();
        private final Thread uiThread = Thread.currentThread();
        private final ConcurrentLinkedQueue<Runnable> handedOver = new ConcurrentLinkedQueue<>();

        @Override
        public <T> Handle submit(Callable<T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
            return queued.submit(work, onSuccess, onFailure);
        }

        @Override
        public Handle schedule(Duration delay, Runnable action) {
            return queued.schedule(delay, action);
        }

        @Override
        public void onUiThread(Runnable action) {
            if (Thread.currentThread() == uiThread) {
                action.run();
            } else {
                handedOver.add(action);
            }
        }

        /** Runs what was handed over until {@code condition} holds; fails after 10 s. */
        void waitFor(BooleanSupplier condition) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (true) {
                for (Runnable action = handedOver.poll(); action != null; action = handedOver.poll()) {
                    action.run();
                }
                if (condition.getAsBoolean()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("condition not met within 10 s");
                }
                Thread.yield();
            }
        }
    }
}
