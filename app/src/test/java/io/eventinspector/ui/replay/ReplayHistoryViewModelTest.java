package io.eventinspector.ui.replay;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.replay.DeliveryAttempt;
import io.eventinspector.replay.ReplayRecord;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayHistoryViewModelTest extends ReplayViewModelTestBase {
    @Override
    List<Event> storedEvents() {
        return List.of(event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                event("e2", "message.read", "s1", "2026-02-03T10:00:02Z"));
    }

    /** This receiver answers the second request it gets with 400. */
    @Override
    WebhookReceiver newReceiver() throws IOException {
        return new WebhookReceiver().answering(number -> number == 2 ? 400 : 200);
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

        assertThat(history.replays()).extracting(ReplayRecord::dryRun, replay -> replay.outcome().message()).containsExactly(
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
