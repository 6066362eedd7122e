package io.eventinspector.trace;

import io.eventinspector.event.DeliveryStatus;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.MessageIds;
import io.eventinspector.event.Page;
import io.eventinspector.store.EventStore;
import io.eventinspector.store.MessageSummary;
import io.eventinspector.store.OrphanReceipts;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * Delivery health where the store keeps no message index (a gateway's own table): the summaries the index would
 * give, built from a bounded scan of the range's events and fed to the same {@link HealthFold}. The scan reaches
 * {@link #MARGIN} beyond each end of the range, so receipts that came after its end still count for its messages
 * and messages sent just before it are not taken for orphans; it reads at most {@link #MAX_SCANNED} events, newest
 * first, and reports when that cut the range short.
 */
final class HealthScan {
    static final int MAX_SCANNED = MessageTraces.MAX_HEALTH_SCAN;
    static final Duration MARGIN = Duration.ofDays(1);
    private static final List<String> MESSAGE_TYPES = List.of("message.sent", "message.received");
    private static final String REACTION = "message.reaction";

    private record Key(String sessionId, String messageId) {
    }

    /** What the scan saw of one message. */
    private static final class Seen {
        Event message;
        Instant deliveredAt;
        Instant readAt;
        Instant playedAt;
        Instant failedAt;
        long receipts;
        Instant firstReceiptAt;
        DeliveryStatus highest;

        /** Events come newest first: each earlier one replaces what a later one set. */
        void add(Event event, Optional<DeliveryStatus> status) {
            Instant at = event.timestamp();
            if (status.filter(value -> value == DeliveryStatus.SENT || value == DeliveryStatus.RECEIVED).isPresent()) {
                message = event;
                return;
            }
            receipts++;
            firstReceiptAt = at;
            if (status.isEmpty()) {
                return;
            }
            DeliveryStatus value = status.get();
            highest = highest == null || value.rank() > highest.rank() ? value : highest;
            deliveredAt = TracedEvent.DELIVERED.contains(value) ? at : deliveredAt;
            readAt = TracedEvent.READ.contains(value) ? at : readAt;
            playedAt = value == DeliveryStatus.PLAYED ? at : playedAt;
            failedAt = value == DeliveryStatus.FAILED ? at : failedAt;
        }
    }

    private final EventStore store;
    private final EventQuery query;
    private final int maxScanned;

    HealthScan(EventStore store, EventQuery query) {
        this(store, query, MAX_SCANNED);
    }

    /** {@code maxScanned}: the bound, smaller in tests. */
    HealthScan(EventStore store, EventQuery query, int maxScanned) {
        this.store = store;
        this.query = query;
        this.maxScanned = maxScanned;
    }

    /** Scans and folds; returns whether the scan stopped at its bound inside the range (older messages uncounted). */
    boolean run(HealthFold fold, LongConsumer progress) {
        EventQuery scan = EventQuery.builder()
                .sessionId(query.sessionId().orElse(null))
                .since(query.since().map(since -> since.minus(MARGIN)).orElse(null))
                .until(query.until().map(until -> until.plus(MARGIN)).orElse(null))
                .limit(Math.min(EventQuery.MAX_LIMIT, maxScanned))
                .build();
        Map<Key, Seen> seen = new HashMap<>();
        long scanned = 0;
        Instant oldest = null;
        Optional<Page> page = Optional.of(store.query(scan));
        while (page.isPresent() && scanned < maxScanned) {
            for (Event event : page.get().events()) {
                Optional<DeliveryStatus> status = DeliveryStatus.ofType(event.type());
                if (!event.timestampUnreadable() && (status.isPresent() || event.type().equals(REACTION))) {
                    for (String messageId : MessageIds.all(event.dataJson())) {
                        seen.computeIfAbsent(new Key(event.sessionId(), messageId), key -> new Seen()).add(event, status);
                    }
                }
                oldest = event.timestampUnreadable() ? oldest : event.timestamp();
            }
            scanned += page.get().events().size();
            progress.accept(seen.size());
            page = page.get().next().map(next -> store.query(scan.withCursor(next)));
        }
        // Where the bound cut the scan: receipts within a margin after it may belong to messages before it.
        Instant cut = page.isPresent() ? oldest : null;
        Instant orphansFrom = cut == null ? Instant.MIN : cut.plus(MARGIN);
        Predicate<Event> chosen = chosenMessageEvents();
        seen.forEach((key, message) -> {
            if (message.message != null) {
                if (inRange(message.message.timestamp()) && chosen.test(message.message)) {
                    fold.add(summary(key, message));
                }
            } else if (inRange(message.firstReceiptAt) && !message.firstReceiptAt.isBefore(orphansFrom)) {
                fold.addOrphan(new OrphanReceipts(key.sessionId(), key.messageId(), message.receipts,
                        message.firstReceiptAt, message.highest == null ? REACTION
                                : message.highest.type().orElseThrow()));
            }
        });
        return cut != null && query.since().map(cut::isAfter).orElse(true);
    }

    /**
     * The message events the query's type and text filters select. The text filter is the store's (a payload
     * search), so the store is asked once for the ids of the range's message events it matches.
     */
    private Predicate<Event> chosenMessageEvents() {
        List<String> types = query.types().isEmpty() ? MESSAGE_TYPES
                : query.types().stream().filter(MESSAGE_TYPES::contains).toList();
        if (query.text().isEmpty() || types.isEmpty()) {
            return event -> types.contains(event.type());
        }
        Set<String> matching = new HashSet<>();
        store.forEach(query.toBuilder().types(types).cursor(null).build(), event -> matching.add(event.id()));
        return event -> matching.contains(event.id());
    }

    private boolean inRange(Instant at) {
        return query.since().map(since -> !at.isBefore(since)).orElse(true)
                && query.until().map(until -> !at.isAfter(until)).orElse(true);
    }

    private static MessageSummary summary(Key key, Seen seen) {
        return new MessageSummary(key.sessionId(), key.messageId(), seen.message.id(), seen.message.type(),
                seen.message.timestamp(), Optional.ofNullable(seen.deliveredAt), Optional.ofNullable(seen.readAt),
                Optional.ofNullable(seen.playedAt), Optional.ofNullable(seen.failedAt));
    }
}
