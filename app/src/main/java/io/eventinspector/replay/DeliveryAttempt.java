package io.eventinspector.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One try to deliver one event: when, the HTTP status if a response came, how long it took, and what went wrong
 * (a network error, a timeout, or a non-2xx status). {@code retryAfter} is the receiver's Retry-After, if any.
 */
public record DeliveryAttempt(
        String eventId,
        int attempt,
        Instant attemptedAt,
        OptionalInt httpStatus,
        long latencyMs,
        Optional<String> error,
        Optional<Duration> retryAfter) {

    public boolean succeeded() {
        return error.isEmpty();
    }
}
