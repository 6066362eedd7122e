package io.eventinspector.ui.trace;

import io.eventinspector.event.EventQuery;
import io.eventinspector.trace.DeliveryHealth;
import io.eventinspector.trace.MessageTrace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Hand-built traces and health for the view-model tests, recording what was asked. */
final class FakeTraceSource implements TraceSource {
    /** One request: a trace of {@code messageId} in {@code sessionId}, or health of {@code query}. */
    record Asked(String messageId, Optional<String> sessionId, EventQuery query, Duration stuckAfter) {
    }

    private final Map<String, MessageTrace> traces = new HashMap<>();
    final List<Asked> asked = new ArrayList<>();
    DeliveryHealth health = HealthFixtures.healthy();
    RuntimeException failure;
    /** Runs inside {@link #health} with its progress callback: reports progress like a long run. */
    Consumer<LongConsumer> whileMeasuring = progress -> { };

    FakeTraceSource add(MessageTrace trace) {
        traces.put(trace.sessionId() + "/" + trace.messageId(), trace);
        return this;
    }

    @Override
    public Optional<MessageTrace> trace(String messageId, Optional<String> sessionId, Duration stuckAfter) {
        asked.add(new Asked(messageId, sessionId, null, stuckAfter));
        if (failure != null) {
            throw failure;
        }
        return Optional.ofNullable(traces.get(sessionId.orElseThrow() + "/" + messageId));
    }

    @Override
    public DeliveryHealth health(EventQuery query, Duration stuckAfter, LongConsumer progress) {
        asked.add(new Asked(null, Optional.empty(), query, stuckAfter));
        if (failure != null) {
            throw failure;
        }
        whileMeasuring.accept(progress);
        return health;
    }

    List<String> tracedIds() {
        return asked.stream().filter(ask -> ask.messageId() != null).map(Asked::messageId).toList();
    }

    List<EventQuery> healthQueries() {
        return asked.stream().filter(ask -> ask.query() != null).map(Asked::query).toList();
    }
}
