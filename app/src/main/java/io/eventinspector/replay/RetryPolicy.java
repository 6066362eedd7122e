package io.eventinspector.replay;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The Standard Webhooks retry rules: a 2xx is delivered; a network error, a timeout, 429 and any 5xx are worth
 * another try after an exponential backoff with jitter (or the receiver's Retry-After); any other status (3xx,
 * 4xx) will not change by retrying and fails at once.
 */
public final class RetryPolicy {
    /** A Retry-After longer than this is not honoured in full, so one receiver cannot stall a replay for hours. */
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);

    private final int maxAttempts;
    private final Duration base;
    private final Duration cap;
    private final DoubleSupplier random;

    /** {@code random} yields values in [0, 1) and decides the jitter. */
    public RetryPolicy(int maxAttempts, Duration base, Duration cap, DoubleSupplier random) {
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    public static RetryPolicy of(ReplaySettings settings) {
        return new RetryPolicy(settings.maxAttempts(), settings.backoff().base(), settings.backoff().cap(),
                Math::random);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** True when the attempt failed in a way another try may fix and attempts remain. */
    public boolean shouldRetry(DeliveryAttempt attempt) {
        return !attempt.succeeded() && attempt.attempt() < maxAttempts && isTransient(attempt);
    }

    static boolean isTransient(DeliveryAttempt attempt) {
        if (attempt.httpStatus().isEmpty()) {
            return true;
        }
        int status = attempt.httpStatus().getAsInt();
        return status == 429 || status >= 500;
    }

    /**
     * How long to wait before the next try: the receiver's Retry-After when given (at most five minutes),
     * else {@code base * 2^(attempt-1)} capped, of which the upper half is randomised so that many replays
     * failing together do not retry in lock-step.
     */
    public Duration delayAfter(DeliveryAttempt attempt) {
        if (attempt.retryAfter().isPresent()) {
            Duration asked = attempt.retryAfter().get();
            return asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked;
        }
        long exponential = base.toMillis() << Math.min(attempt.attempt() - 1, 20);
        long capped = Math.min(exponential, cap.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(capped - half + (long) (random.getAsDouble() * half));
    }
}
