package io.eventinspector.ui.replay;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.event.EventQuery;
import io.eventinspector.replay.DeliveryAttempt;
import io.eventinspector.replay.ReplayRecord;
import io.eventinspector.store.Database;
import io.eventinspector.testing.TestDatabases;
import io.eventinspector.ui.fx.Notifications;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayHistoryViewModelTest {
    @TempDir
    Path folder;

    private Database database;
    private final SimpleObjectProperty<Services> services = new SimpleObjectProperty<>();
    private final Notifications notifications = new Notifications();
    private WebhookReceiver receiver;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabases.sqlite(folder);
        database.events().append(List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                event("e2", "message.read", "s1", "2026-02-03T10:00:02Z")));
        services.set(new Services(new AppConfig(new Env(Map.of())), database, Clock.systemUTC()));
        receiver = new WebhookReceiver().answering(number -> number == 2 ? 400 : 200);
    }

    @AfterEach
    void close() {
        receiver.close();
        database.close();
    }

    /** A dry run and a real replay of {@code source}, through the dialog's view model. */
    private void replay(ReplaySource source) {
        ReplayViewModel replay = new ReplayViewModel(new QueuedTaskExecutor(), services, notifications,
                ReplayViewModel.SERVICES, source);
        replay.targetUrlProperty().set(receiver.url());
        replay.dryRun();
        replay.requestReplay();
        replay.confirmReplay();
    }

    @Test
    void lists_past_replays_newest_first_and_the_attempts_of_the_selected_one() {
        replay(ReplaySource.filter(EventQuery.builder().sessionId("s1").build()));
        ReplayHistoryViewModel history = new ReplayHistoryViewModel(new QueuedTaskExecutor(), services,
                notifications);

        history.refresh();

        assertThat(history.replays()).extracting(ReplayRecord::dryRun, ReplayRecord::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(false, "Replayed 1 events successfully, 1 failed"),
                org.assertj.core.groups.Tuple.tuple(true, "Dry run: would replay 2 events"));
        assertThat(ReplayHistoryViewModel.filters(history.replays().get(0))).isEqualTo("session_id=s1");
        assertThat(history.attempts()).isEmpty();

        history.selectedProperty().set(history.replays().get(0));

        assertThat(history.attempts()).extracting(DeliveryAttempt::eventId, DeliveryAttempt::attempt,
                attempt -> attempt.httpStatus().getAsInt()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("e1", 1, 200), org.assertj.core.groups.Tuple.tuple("e2", 1, 400));

        history.selectedProperty().set(history.replays().get(1));
        assertThat(history.attempts()).as("a dry run sends nothing").isEmpty();
    }

    @Test
    void a_refresh_keeps_the_selection_and_shows_new_replays() {
        replay(ReplaySource.events(List.of("e2")));
        ReplayHistoryViewModel history = new ReplayHistoryViewModel(new QueuedTaskExecutor(), services,
                notifications);
        history.refresh();
        ReplayRecord real = history.replays().get(0);
        history.selectedProperty().set(real);

        replay(ReplaySource.events(List.of("e1")));
        history.refresh();

        assertThat(history.replays()).hasSize(4);
        assertThat(history.selectedProperty().get().id()).isEqualTo(real.id());
        assertThat(ReplayHistoryViewModel.filters(real)).isEqualTo("selected events");
        assertThat(history.attempts()).extracting(DeliveryAttempt::eventId).containsExactly("e2");
    }

    @Test
    void an_unreadable_history_is_a_notification_with_a_retry() {
        ReplayHistoryViewModel history = new ReplayHistoryViewModel(new QueuedTaskExecutor(), services,
                notifications);
        database.close();

        history.refresh();

        assertThat(notifications.currentProperty().get().message()).startsWith("Reading the replay history failed: ");
        assertThat(notifications.currentProperty().get().retry()).isPresent();
    }
}
