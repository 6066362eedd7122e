package io.eventinspector.ui.replay;

import static io.eventinspector.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.replay.ReplayResult.EventOutcome;
import io.eventinspector.replay.SignatureStyle;
import io.eventinspector.ui.fx.QueuedTaskExecutor;
import io.eventinspector.ui.replay.ReplayViewModel.State;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class ReplayViewModelTest extends ReplayViewModelTestBase {
    private static final ReplaySource SESSION_S1 = ReplaySource.filter(EventQuery.builder().sessionId("s1").build());

    @Override
    List<Event> storedEvents() {
        return List.of(
                event("e3", "message.delivered", "s1", "2026-02-03T10:00:03Z"),
                event("e1", "message.sent", "s1", "2026-02-03T10:00:01Z"),
                event("e5", "message.read", "s1", "2026-02-03T10:00:05Z"),
                event("e2", "message.sent", "s1", "2026-02-03T10:00:02Z"),
                event("e4", "message.delivered", "s1", "2026-02-03T10:00:04Z"),
                event("other", "message.sent", "s2", "2026-02-03T10:00:00Z"));
    }

    private ReplayViewModel viewModel(ReplaySource source) {
        ReplayViewModel replay = new ReplayViewModel(new QueuedTaskExecutor(), services, notifications,
                ReplayViewModel.SERVICES, source);
        replay.targetUrlProperty().set(receiver.url());
        return replay;
    }

    @Test
    void a_real_replay_needs_a_dry_run_and_a_confirmation_first() {
        ReplayViewModel replay = viewModel(SESSION_S1);
        replay.secretProperty().set("s3cret");

        replay.requestReplay();
        replay.confirmReplay();
        assertThat(replay.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(replay.canReplayProperty().get()).isFalse();

        replay.dryRun();
        assertThat(receiver.ids()).isEmpty();
        assertThat(replay.stateProperty().get()).isEqualTo(State.DRY_RUN_DONE);
        assertThat(replay.messageProperty().get()).isEqualTo("Dry run: would replay 5 events");
        assertThat(replay.dryRunSummaryProperty().get())
                .isEqualTo("5 events · 2026-02-03T10:00:01Z → 2026-02-03T10:00:05Z");
        assertThat(replay.truncationWarningProperty().get()).isEmpty();
        assertThat(replay.previewProperty().get()).startsWith("POST " + receiver.url() + "\n"
                + "Content-Type: application/json\n").contains("\nwebhook-signature: v1,")
                .endsWith("\n\n" + io.eventinspector.event.EventJson.toJson(database.events().get("e1").orElseThrow()));
        assertThat(replay.replayLabelProperty().get()).isEqualTo("Replay 5 events");

        replay.requestReplay();
        assertThat(replay.stateProperty().get()).isEqualTo(State.CONFIRMING);
        assertThat(replay.confirmation()).isEqualTo("Send 5 events to " + receiver.url()
                + " now? They are delivered for real.");
        replay.declineReplay();
        assertThat(replay.stateProperty().get()).isEqualTo(State.DRY_RUN_DONE);
        assertThat(receiver.ids()).isEmpty();

        replay.requestReplay();
        replay.confirmReplay();

        assertThat(replay.stateProperty().get()).isEqualTo(State.FINISHED);
        assertThat(receiver.ids()).containsExactly("e1", "e2", "e3", "e4", "e5");
        assertThat(replay.messageProperty().get()).isEqualTo("Replayed 5 events successfully");
        assertThat(replay.outcomes()).extracting(EventOutcome::id, EventOutcome::status, EventOutcome::httpStatus)
                .containsExactly(List.of("e1", "e2", "e3", "e4", "e5").stream()
                        .map(id -> org.assertj.core.groups.Tuple.tuple(id, EventOutcome.REPLAYED, 200))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(replay.progressProperty().get()).isEqualTo(1.0);
        assertThat(replay.progressTextProperty().get()).isEqualTo("5 of 5 sent · 0 failed");
        assertThat(replay.canReplayProperty().get()).as("a finished replay needs a new dry run").isFalse();
        assertThat(services.get().replayHistory().recent(10)).extracting(record -> record.dryRun())
                .containsExactly(false, true);
    }

    @Test
    void changing_the_target_the_signing_or_the_source_drops_the_dry_run() {
        ReplayViewModel replay = viewModel(SESSION_S1);
        List<Runnable> edits = List.of(
                () -> replay.targetUrlProperty().set(receiver.url() + "/other"),
                () -> replay.secretProperty().set("another"),
                () -> replay.signatureStyleProperty().set(SignatureStyle.WAHA),
                () -> replay.sourceProperty().set(ReplaySource.filter(EventQuery.builder().sessionId("s2").build())));

        for (Runnable edit : edits) {
            replay.dryRun();
            assertThat(replay.canReplayProperty().get()).isTrue();

            edit.run();

            assertThat(replay.stateProperty().get()).isEqualTo(State.IDLE);
            assertThat(replay.dryRunProperty().get()).isNull();
            assertThat(replay.canReplayProperty().get()).isFalse();
            replay.requestReplay();
            assertThat(replay.stateProperty().get()).isEqualTo(State.IDLE);
        }
        assertThat(receiver.ids()).isEmpty();
    }

    @Test
    void cancel_stops_further_deliveries_and_reports_the_rest_as_not_attempted() {
        ReplayViewModel replay = viewModel(SESSION_S1);
        replay.outcomes().addListener((ListChangeListener<EventOutcome>) change -> {
            if (replay.outcomes().size() == 2) {
                replay.cancel();
            }
        });
        replay.dryRun();
        replay.requestReplay();

        replay.confirmReplay();

        assertThat(receiver.ids()).containsExactly("e1", "e2");
        assertThat(replay.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(replay.messageProperty().get())
                .isEqualTo("Replayed 2 events successfully, 3 not attempted (cancelled)");
        assertThat(replay.outcomes()).extracting(EventOutcome::status).containsExactly(EventOutcome.REPLAYED,
                EventOutcome.REPLAYED, EventOutcome.NOT_ATTEMPTED, EventOutcome.NOT_ATTEMPTED,
                EventOutcome.NOT_ATTEMPTED);
    }

    @Test
    void selected_rows_replay_exactly_those_events_oldest_first() {
        ReplayViewModel replay = viewModel(ReplaySource.events(List.of("e4", "other", "e2")));

        replay.dryRun();
        replay.requestReplay();
        replay.confirmReplay();

        assertThat(receiver.ids()).containsExactly("other", "e2", "e4");
        assertThat(replay.messageProperty().get()).isEqualTo("Replayed 3 events successfully");
    }

    @Test
    void a_failed_delivery_shows_in_its_row_and_the_message() {
        receiver.answering(number -> number == 2 ? 404 : 200);
        ReplayViewModel replay = viewModel(SESSION_S1);

        replay.dryRun();
        replay.requestReplay();
        replay.confirmReplay();

        assertThat(replay.stateProperty().get()).isEqualTo(State.FINISHED);
        assertThat(replay.messageProperty().get()).isEqualTo("Replayed 4 events successfully, 1 failed");
        assertThat(replay.outcomes().get(1)).extracting(EventOutcome::id, EventOutcome::status,
                EventOutcome::attempts, EventOutcome::httpStatus).containsExactly("e2", EventOutcome.FAILED, 1, 404);
        assertThat(replay.progressTextProperty().get()).isEqualTo("5 of 5 sent · 1 failed");
    }

    @Test
    void the_url_the_secret_and_the_filter_are_validated_with_messages() {
        ReplayViewModel replay = viewModel(SESSION_S1);

        replay.targetUrlProperty().set(" ");
        assertThat(replay.validationProperty().get()).isEqualTo("Enter the webhook URL to replay to");
        assertThat(replay.canDryRunProperty().get()).isFalse();
        replay.targetUrlProperty().set("ftp://example.com/hook");
        assertThat(replay.validationProperty().get()).isEqualTo(
                "invalid webhook_url \"ftp://example.com/hook\": expected an absolute http:// or https:// URL");
        replay.targetUrlProperty().set(receiver.url());
        assertThat(replay.validationProperty().get()).isEmpty();

        replay.secretProperty().set("whsec_not base64!");
        assertThat(replay.validationProperty().get())
                .isEqualTo("invalid secret: a whsec_ secret must be base64 after the prefix");
        replay.signatureStyleProperty().set(SignatureStyle.WAHA);
        assertThat(replay.validationProperty().get()).as("only Standard Webhooks decodes whsec_").isEmpty();

        replay.sourceProperty().set(ReplaySource.filter(EventQuery.all()));
        assertThat(replay.validationProperty().get())
                .isEqualTo("at least one filter (session_id, event_type, since, or until) must be specified");
        replay.sourceProperty().set(ReplaySource.filter(EventQuery.builder().sessionId("s1").text("hello").build()));
        assertThat(replay.validationProperty().get()).startsWith("a replay cannot use the payload search");
        replay.sourceProperty().set(ReplaySource.filter(EventQuery.builder()
                .types(List.of("message.sent", "message.read")).build()));
        assertThat(replay.validationProperty().get())
                .isEqualTo("a replay takes one event_type, got 2: message.sent, message.read");
        replay.sourceProperty().set(ReplaySource.events(List.of()));
        assertThat(replay.validationProperty().get()).isEqualTo("no events to replay: select at least one");

        replay.dryRun();
        assertThat(replay.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(replay.dryRunProperty().get()).isNull();
    }

    @Test
    void the_target_and_signing_default_to_the_configuration() {
        services.set(new Services(new AppConfig(new Env(Map.of("WHATSAPP_WEBHOOK_URL", "https://consumer.example/hook",
                "WHATSAPP_WEBHOOK_SIGNATURE", "waha", "WHATSAPP_WEBHOOK_SECRET", "k"))), database, Clock.systemUTC()));

        ReplayViewModel replay = new ReplayViewModel(new QueuedTaskExecutor(), services, notifications,
                ReplayViewModel.SERVICES, SESSION_S1);

        assertThat(replay.targetUrlProperty().get()).isEqualTo("https://consumer.example/hook");
        assertThat(replay.signatureStyleProperty().get()).isEqualTo(SignatureStyle.WAHA);
        assertThat(replay.secretProperty().get()).isEqualTo("k");
    }

    @Test
    void a_dry_run_on_a_lost_store_is_a_message_and_a_notification_with_a_retry() {
        ReplayViewModel replay = viewModel(SESSION_S1);
        database.close();

        replay.dryRun();

        assertThat(replay.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(replay.messageProperty().get()).startsWith("Dry run failed: ");
        assertThat(notifications.currentProperty().get().message()).startsWith("Replay dry run failed: ");
        assertThat(notifications.currentProperty().get().retry()).isPresent();
    }
}
