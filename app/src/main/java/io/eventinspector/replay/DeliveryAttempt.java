package io.eventinspector.replay;

import io.eventinspector.secrets.Redaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One try to deliver one event: when, the HTTP status if a response came, how long it took, and what went wrong
 * (a network error, a timeout, or a non-2xx status). {@code retryAfter} is the receiver's Retry-After, if any.
 * The error is redacted: it goes into the history and may quote a URL or the receiver's answer.
 */
public record DeliveryAttempt(
        String eventId,
        int attempt,
        Instant attemptedAt,
        OptionalInt httpStatus,
        long latencyMs,
        Optional<String> error,
        Optional<Duration> retryAfter) {

    public DeliveryAttempt {
        error = error.map(Redaction::text);
    }

    public boolean succeeded() {
        return error.isEmpty();
    }
}
