package io.eventinspector.trace;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.MessageIds;
import io.eventinspector.event.Page;
import io.eventinspector.store.EventStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds a message's events where the store keeps no message index (a gateway's own table), in two bounded steps:
 * the newest event whose payload names the id (a payload search newest first, one row at a time, so it stops at
 * the first hit, over the {@link #SEARCH_HORIZON} before the newest event: an unknown id must not read the whole
 * table), then the events naming it in the {@link #WINDOW} before that one. Receipts follow their message,
 * so the newest mention ends the message's story; a message older than the window shows as an orphan, and the
 * trace says it was scanned. The payload search may match more than the id (keys, fragments, a quoting message):
 * every hit is checked with {@link MessageIds#all}.
 */
final class MessageScan {
    static final Duration WINDOW = MessageTraces.SCAN_WINDOW;
    /** Hits read from the window at most (their payloads are parsed to confirm the id). */
    static final int MAX_SCANNED = 50_000;
    /** Hits that do not name the id after all, skipped while looking for the newest one that does. */
    private static final int MAX_FALSE_HITS = 100;
    private static final int PAGE = EventQuery.MAX_LIMIT;
    /** How far back from the newest event (of the session, if given) the message is looked for. */
    static final Duration SEARCH_HORIZON = Duration.ofDays(30);

    /** The events found, per session. */
    record Found(Map<String, List<Event>> bySession) {
    }

    private MessageScan() {
    }

    static Found find(EventStore store, String messageId, Optional<String> sessionId) {
        Optional<Event> newest = newestMention(store, messageId, sessionId);
        if (newest.isEmpty()) {
            return new Found(Map.of());
        }
        EventQuery window = mentions(messageId, sessionId)
                .since(newest.get().timestamp().minus(WINDOW))
                .until(newest.get().timestamp())
                .limit(PAGE)
                .build();
        Map<String, List<Event>> bySession = new TreeMap<>();
        int scanned = 0;
        Optional<Page> page = Optional.of(store.query(window));
        while (page.isPresent() && scanned < MAX_SCANNED) {
            for (Event event : page.get().events()) {
                if (names(event, messageId)) {
                    bySession.computeIfAbsent(event.sessionId(), id -> new ArrayList<>()).add(event);
                }
            }
            scanned += page.get().events().size();
            page = page.get().next().map(next -> store.query(window.withCursor(next)));
        }
        bySession.values().forEach(events -> {
            Collections.reverse(events);
            if (events.size() > EventStore.MAX_MESSAGE_EVENTS) {
                events.subList(EventStore.MAX_MESSAGE_EVENTS, events.size()).clear();
            }
        });
        return new Found(bySession);
    }

    private static Optional<Event> newestMention(EventStore store, String messageId, Optional<String> sessionId) {
        Optional<Event> newestEvent = store.query(EventQuery.builder().sessionId(sessionId.orElse(null)).limit(1)
                .build()).events().stream().filter(event -> !event.timestampUnreadable()).findFirst();
        if (newestEvent.isEmpty()) {
            return Optional.empty();
        }
        EventQuery first = mentions(messageId, sessionId).since(newestEvent.get().timestamp().minus(SEARCH_HORIZON))
                .limit(1).build();
        Page page = store.query(first);
        for (int hits = 0; hits <= MAX_FALSE_HITS && !page.events().isEmpty(); hits++) {
            Event hit = page.events().get(0);
            if (names(hit, messageId) && !hit.timestampUnreadable()) {
                return Optional.of(hit);
            }
            if (page.next().isEmpty()) {
                break;
            }
            page = store.query(first.withCursor(page.next().get()));
        }
        return Optional.empty();
    }

    private static EventQuery.Builder mentions(String messageId, Optional<String> sessionId) {
        return EventQuery.builder().sessionId(sessionId.orElse(null)).text(messageId);
    }

    private static boolean names(Event event, String messageId) {
        return MessageIds.all(event.dataJson()).contains(messageId);
    }
}
