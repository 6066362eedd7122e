package io.eventinspector.replay;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where and how replayed events are delivered: the default target, the signing secret and style, how often and
 * how long to try, an optional pace, and the retry {@link Backoff} (short in tests, seconds in real use).
 * {@code appVersion} goes into the User-Agent; the front end reads it, as the core reads no configuration.
 */
public record ReplaySettings(
        Optional<URI> webhookUrl,
        Optional<String> secret,
        SignatureStyle signatureStyle,
        int maxAttempts,
        Duration timeout,
        OptionalDouble eventsPerSecond,
        Backoff backoff,
        String appVersion) {

    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    public static final Backoff DEFAULT_BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** How long to wait before a retry: from {@code base}, doubling per attempt, at most {@code cap} (RetryPolicy). */
    public record Backoff(Duration base, Duration cap) {
    }

    public ReplaySettings {
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(signatureStyle, "signatureStyle");
        Objects.requireNonNull(appVersion, "appVersion");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (eventsPerSecond.isPresent() && !(eventsPerSecond.getAsDouble() > 0)) {
            throw new IllegalArgumentException("eventsPerSecond must be positive, got " + eventsPerSecond);
        }
    }

    /** The defaults, delivering to {@code url} unsigned, with {@code dev} as the version. */
    public static ReplaySettings defaults(Optional<URI> url) {
        return new ReplaySettings(url, Optional.empty(), SignatureStyle.STANDARD, DEFAULT_MAX_ATTEMPTS,
                DEFAULT_TIMEOUT, OptionalDouble.empty(), DEFAULT_BACKOFF, "dev");
    }

    /** {@code event-inspector/<version>}. */
    public String userAgent() {
        return "event-inspector/" + appVersion;
    }

    public ReplaySettings withTarget(URI url) {
        return new ReplaySettings(Optional.of(url), secret, signatureStyle, maxAttempts, timeout, eventsPerSecond,
                backoff, appVersion);
    }

    public ReplaySettings withSigning(String newSecret, SignatureStyle style) {
        return new ReplaySettings(webhookUrl, Optional.of(newSecret), style, maxAttempts, timeout, eventsPerSecond,
                backoff, appVersion);
    }

    public ReplaySettings withAttempts(int attempts, Duration newTimeout) {
        return new ReplaySettings(webhookUrl, secret, signatureStyle, attempts, newTimeout, eventsPerSecond,
                backoff, appVersion);
    }

    public ReplaySettings withBackoff(Duration base, Duration cap) {
        return new ReplaySettings(webhookUrl, secret, signatureStyle, maxAttempts, timeout, eventsPerSecond,
                new Backoff(base, cap), appVersion);
    }

    public ReplaySettings withRate(double perSecond) {
        return new ReplaySettings(webhookUrl, secret, signatureStyle, maxAttempts, timeout,
                OptionalDouble.of(perSecond), backoff, appVersion);
    }
}
