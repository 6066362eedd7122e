package io.eventinspector.ui.trace;

import io.eventinspector.event.EventQuery;
import io.eventinspector.trace.DeliveryHealth;
import io.eventinspector.trace.MessageTrace;
import io.eventinspector.trace.MessageTraces;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Where the Trace tab and the health window get their figures: the open store's {@link MessageTraces} in the
 * window, hand-built traces in the view-model tests. Both methods run on a background thread.
 */
public interface TraceSource {
    /** @see MessageTraces#trace(String, Optional, Duration) */
    Optional<MessageTrace> trace(String messageId, Optional<String> sessionId, Duration stuckAfter);

    /** @see MessageTraces#health(EventQuery, Duration, LongConsumer) */
    DeliveryHealth health(EventQuery query, Duration stuckAfter, LongConsumer progress);

    static TraceSource of(MessageTraces traces) {
        return new TraceSource() {
            @Override
            public Optional<MessageTrace> trace(String messageId, Optional<String> sessionId, Duration stuckAfter) {
                return traces.trace(messageId, sessionId, stuckAfter);
            }

            @Override
            public DeliveryHealth health(EventQuery query, Duration stuckAfter, LongConsumer progress) {
                return traces.health(query, stuckAfter, progress);
            }
        };
    }
}
