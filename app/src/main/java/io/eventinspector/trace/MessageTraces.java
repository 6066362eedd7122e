package io.eventinspector.trace;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.ValidationException;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.MessageSummary;
import io.eventinspector.store.OrphanReceipts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Traces one message and measures the delivery health of a filter, over any store: through the message index
 * where the store keeps one, else by a bounded scan (a gateway's own database; the result says
 * {@code scanned}). Thread-safe.
 */
public final class MessageTraces {
    /** When an outgoing message counts as stuck without a delivery (WHATSAPP_TRACE_STUCK_AFTER's default). */
    public static final Duration DEFAULT_STUCK_AFTER = Duration.ofMinutes(5);
    /** How far before the newest event naming a message a trace without the message index looks. */
    public static final Duration SCAN_WINDOW = Duration.ofDays(7);
    /** The most events a health without the message index reads (newest first). */
    public static final int MAX_HEALTH_SCAN = 200_000;
    /** How often a health reports progress, in messages. */
    private static final int PROGRESS_EVERY = 1_000;

    private final EventStore store;

    public MessageTraces(EventStore store) {
        this.store = store;
    }

    /**
     * The trace of a message, empty when the store holds no event of it.
     *
     * @throws AmbiguousMessageException when no session is given and the id is in several
     */
    public Optional<MessageTrace> trace(String messageId, Optional<String> sessionId, Duration stuckAfter) {
        if (messageId == null || messageId.isBlank()) {
            throw new ValidationException("message_id", "message_id is required");
        }
        requirePositive(stuckAfter);
        boolean scanned = !store.hasMessageIndex();
        Map<String, List<Event>> bySession = scanned ? MessageScan.find(store, messageId, sessionId).bySession()
                : bySession(store.messageEvents(messageId, sessionId));
        if (bySession.size() > 1) {
            throw new AmbiguousMessageException(messageId, List.copyOf(bySession.keySet()));
        }
        return bySession.entrySet().stream().findFirst().map(session -> new TraceBuilder(
                new StoreSessionTimeline(store)).build(messageId, session.getKey(), session.getValue(), stuckAfter,
                scanned));
    }

    /** The delivery health of the messages matching the query's filters; {@code progress} gets messages seen. */
    public DeliveryHealth health(EventQuery query, Duration stuckAfter, LongConsumer progress) {
        requirePositive(stuckAfter);
        StoreSessionTimeline timeline = new StoreSessionTimeline(store);
        List<String> sessions = query.sessionId().map(List::of).orElseGet(store::allSessionIds);
        timeline.rememberNewest(sessions);
        List<Interval> disconnected = timeline.disconnectedWithin(sessions, query.since(), query.until());
        HealthFold fold = new HealthFold(stuckAfter, timeline, disconnected);
        boolean scanned = !store.hasMessageIndex();
        boolean truncated = false;
        if (scanned) {
            truncated = new HealthScan(store, query).run(fold, progress);
        } else {
            long[] seen = {0};
            Consumer<MessageSummary> messages = summary -> {
                fold.add(summary);
                report(++seen[0], progress);
            };
            Consumer<OrphanReceipts> orphans = orphan -> {
                fold.addOrphan(orphan);
                report(++seen[0], progress);
            };
            store.forEachMessageSummary(query, messages);
            store.forEachOrphan(query, orphans);
            progress.accept(seen[0]);
        }
        Instant rangeStart = query.since().orElse(Instant.EPOCH);
        Optional<Instant> rangeEnd = query.until().map(until -> until.plusMillis(1)); // until is inclusive
        return fold.result(disconnected.stream().filter(interval -> interval.overlaps(rangeStart, rangeEnd)).toList(),
                scanned, truncated);
    }

    /**
     * Passes the count on every so often, and stops a health whose caller gave up (the window's newer filter
     * interrupts it): PostgreSQL's server-side reads are not interrupted by the driver, so the fold checks.
     */
    private static void report(long seen, LongConsumer progress) {
        if (seen % PROGRESS_EVERY == 0) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("delivery health cancelled");
            }
            progress.accept(seen);
        }
    }

    private static Map<String, List<Event>> bySession(List<Event> events) {
        Map<String, List<Event>> bySession = new TreeMap<>();
        events.forEach(event -> bySession.computeIfAbsent(event.sessionId(), id -> new ArrayList<>()).add(event));
        return bySession;
    }

    private static void requirePositive(Duration stuckAfter) {
        if (stuckAfter.isNegative() || stuckAfter.isZero()) {
            throw new IllegalArgumentException("stuck-after must be positive, got " + stuckAfter);
        }
    }
}
