package io.eventinspector.trace;

import io.eventinspector.event.EventQuery;
import io.eventinspector.store.EventStore;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Traces one message and measures the delivery health of a filter, over any store. Thread-safe. */
public final class MessageTraces {
    /** When an outgoing message counts as stuck without a delivery (WHATSAPP_TRACE_STUCK_AFTER's default). */
    public static final Duration DEFAULT_STUCK_AFTER = Duration.ofMinutes(5);

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
        throw new UnsupportedOperationException("trace: not built yet " + store.info());
    }

    /** The delivery health of the messages matching the query's filters; {@code progress} gets messages seen. */
    public DeliveryHealth health(EventQuery query, Duration stuckAfter, LongConsumer progress) {
        throw new UnsupportedOperationException("health: not built yet");
    }
}
