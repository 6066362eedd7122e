package io.eventinspector.trace;

import io.eventinspector.event.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A message with something wrong (stuck, failed, disconnected, orphan); {@code sentAt} is empty for an orphan. */
public record HealthProblem(String messageId, String sessionId, DeliveryStatus status, Optional<Instant> sentAt,
                            List<AnomalyKind> anomalies) {
    public HealthProblem {
        anomalies = List.copyOf(anomalies);
    }
}
