package io.eventinspector.replay;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventIds;
import io.eventinspector.event.Timestamps;
import io.eventinspector.event.ValidationException;
import io.eventinspector.replay.ReplayResult.EventOutcome;
import io.eventinspector.secrets.Redaction;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.StoreException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays stored events to a webhook for real: the newest {@value ReplayRequest#MAX_EVENTS} matching events are
 * delivered one at a time, oldest first (so a receiver sees {@code message.sent} before
 * {@code message.delivered}), each retried per {@link RetryPolicy}, and the result counts what the receiver
 * actually accepted. Every replay, dry runs included, is recorded in the {@link ReplayHistory}.
 */
public final class ReplayService {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayService.class);

    private final EventStore events;
    private final ReplayHistory history;
    private final ReplaySettings settings;
    private final WebhookSender sender;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;
    private final EventIds ids;

    public ReplayService(EventStore events, ReplayHistory history, ReplaySettings settings, WebhookSender sender,
                         RetryPolicy retry, Sleeper sleeper, Clock clock) {
        this.events = events;
        this.history = history;
        this.settings = settings;
        this.sender = sender;
        this.retry = retry;
        this.sleeper = sleeper;
        this.clock = clock;
        this.ids = new EventIds(clock);
    }

    /** The production wiring: a real HTTP client, jittered backoff and real waits. */
    public static ReplayService create(EventStore events, ReplayHistory history, ReplaySettings settings,
                                       Clock clock) {
        return new ReplayService(events, history, settings, WebhookSender.create(settings, clock),
                RetryPolicy.of(settings), Sleeper.system(), clock);
    }

    public ReplaySettings settings() {
        return settings;
    }

    public ReplayHistory history() {
        return history;
    }

    /**
     * Runs a replay on the calling thread and returns when every selected event was delivered, failed, or (after
     * {@link ReplayControl#cancel()}) skipped. Bad input is a {@link ValidationException}; a store that cannot be
     * read or recorded to before sending is a {@link StoreException}; delivery problems are in the result.
     */
    public ReplayResult replay(ReplayRequest request, ReplayInitiator initiator, ReplayControl control) {
        Optional<URI> target = request.webhookUrl().or(settings::webhookUrl);
        if (!request.dryRun() && target.isEmpty()) {
            throw new ValidationException("webhook_url", "no webhook target: set WHATSAPP_WEBHOOK_URL or give "
                    + "webhook_url in the request");
        }
        long startNanos = System.nanoTime();
        String replayId = "rpl_" + ids.next().substring("evt_".length());
        ReplayRecord record = ReplayRecord.started(replayId, now(), initiator, request, target.map(URI::toString));
        List<Event> selected = select(request);
        long matched = request.eventIds().isEmpty() ? events.count(request.filters()) : selected.size();
        history.started(record);
        LOG.debug("replay {} by {}: {} of {} matching events to {}{}", replayId, initiator, selected.size(), matched,
                target.map(url -> Redaction.url(url.toString())).orElse("(no target)"),
                request.dryRun() ? " (dry run)" : "");
        Run run = request.dryRun()
                ? new Run(List.of(), List.of(), false)
                : deliver(selected, target.orElseThrow(), control);
        int replayed = count(run.outcomes, EventOutcome.REPLAYED);
        int failed = count(run.outcomes, EventOutcome.FAILED);
        int notAttempted = count(run.outcomes, EventOutcome.NOT_ATTEMPTED);
        boolean success = failed == 0 && notAttempted == 0;
        ReplayResult result = new ReplayResult(new ReplayResult.Summary(success, selected.size(), replayed, failed,
                request.dryRun(), ReplayResult.message(request.dryRun(), selected.size(), replayed, failed,
                notAttempted)), new ReplayResult.Run(replayId, matched, matched > selected.size(), notAttempted,
                run.cancelled, millisSince(startNanos)),
                target.map(URI::toString).orElse(null),
                request.dryRun() ? selection(selected) : null,
                request.dryRun() && !selected.isEmpty() ? target.map(url -> sender.prepare(selected.get(0), url))
                        .orElse(null) : null,
                request.dryRun() ? null : run.outcomes);
        try {
            history.finished(record.finished(now(), result), run.attempts);
        } catch (StoreException e) {
            // The deliveries happened; losing their result because the history is unwritable would be worse.
            LOG.error("replay {} finished but could not be recorded in the history", replayId, e);
        }
        return result;
    }

    /** The events to deliver, oldest first; named ids that are not (or no longer) stored are skipped. */
    private List<Event> select(ReplayRequest request) {
        if (!request.eventIds().isEmpty()) {
            return request.eventIds().stream().map(events::get).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Event::timestamp).thenComparing(Event::id))
                    .toList();
        }
        List<Event> newestFirst = new ArrayList<>(events.query(request.filters()).events());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private record Run(List<EventOutcome> outcomes, List<DeliveryAttempt> attempts, boolean cancelled) {
    }

    private Run deliver(List<Event> selected, URI target, ReplayControl control) {
        List<EventOutcome> outcomes = new ArrayList<>(selected.size());
        List<DeliveryAttempt> attempts = new ArrayList<>();
        boolean interrupted = false;
        int failed = 0;
        long paceStart = System.nanoTime();
        for (int i = 0; i < selected.size(); i++) {
            Event event = selected.get(i);
            try {
                pace(i, paceStart, control);
                if (control.isCancelled()) {
                    decided(outcomes, EventOutcome.notAttempted(event.id()), control);
                    continue;
                }
                decided(outcomes, deliverOne(event, target, control, attempts), control);
            } catch (InterruptedException e) {
                // An interrupted caller means stop: like a cancel, with the interrupt restored at the end.
                interrupted = true;
                control.cancel();
                DeliveryAttempt last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
                decided(outcomes, last == null || !last.eventId().equals(event.id())
                        ? EventOutcome.notAttempted(event.id())
                        : last.succeeded() ? outcome(event, last, EventOutcome.REPLAYED, null)
                        : outcome(event, last, EventOutcome.FAILED, last.error().orElseThrow() + " (interrupted)"),
                        control);
                continue;
            }
            if (outcomes.get(i).status().equals(EventOutcome.FAILED)) {
                failed++;
            }
            control.report(new ReplayProgress(i + 1, failed, selected.size()));
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new Run(outcomes, attempts, control.isCancelled());
    }

    private static void decided(List<EventOutcome> outcomes, EventOutcome outcome, ReplayControl control) {
        outcomes.add(outcome);
        control.report(outcome);
    }

    /** Holds event {@code index} until its slot under the configured rate (events per second), if any. */
    private void pace(int index, long startNanos, ReplayControl control) throws InterruptedException {
        if (settings.eventsPerSecond().isEmpty() || index == 0) {
            return;
        }
        long slot = startNanos + (long) (index * 1_000_000_000d / settings.eventsPerSecond().getAsDouble());
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait), control.cancellation());
        }
    }

    private EventOutcome deliverOne(Event event, URI target, ReplayControl control, List<DeliveryAttempt> log)
            throws InterruptedException {
        DeliveryAttempt last;
        int attempt = 0;
        while (true) {
            attempt++;
            last = sender.send(event.id(), attempt, sender.prepare(event, target), settings.timeout(), control);
            log.add(last);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted during attempt " + attempt + " of " + event.id());
            }
            if (last.succeeded()) {
                return outcome(event, last, EventOutcome.REPLAYED, null);
            }
            if (control.isCancelled()) {
                String error = last.error().orElseThrow();
                return outcome(event, last, EventOutcome.FAILED, error.equals(WebhookSender.CANCELLED) ? error
                        : error + " (cancelled before attempt " + (attempt + 1) + ")");
            }
            if (!retry.shouldRetry(last)) {
                break;
            }
            sleeper.sleep(retry.delayAfter(last), control.cancellation());
            if (control.isCancelled()) {
                return outcome(event, last, EventOutcome.FAILED,
                        last.error().orElseThrow() + " (cancelled before attempt " + (attempt + 1) + ")");
            }
        }
        String error = last.error().orElseThrow();
        return outcome(event, last, EventOutcome.FAILED,
                attempt > 1 ? error + " (after " + attempt + " attempts)" : error);
    }

    private static EventOutcome outcome(Event event, DeliveryAttempt last, String status, String error) {
        return new EventOutcome(event.id(), status, last.attempt(),
                last.httpStatus().isPresent() ? last.httpStatus().getAsInt() : null, last.latencyMs(), error);
    }

    private static ReplayResult.Selection selection(List<Event> selected) {
        return new ReplayResult.Selection(selected.size(),
                selected.isEmpty() ? null : Timestamps.format(selected.get(0).timestamp()),
                selected.isEmpty() ? null : Timestamps.format(selected.get(selected.size() - 1).timestamp()),
                selected.stream().map(Event::id).toList());
    }

    private static int count(List<EventOutcome> outcomes, String status) {
        return (int) outcomes.stream().filter(outcome -> outcome.status().equals(status)).count();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
