package io.eventinspector.api;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an {@link ApiServer} protects itself: the extra host names it answers to (behind a proxy or by a DNS name)
 * and the limits that keep slow or hostile clients from holding its threads and database connections.
 *
 * @param allowedHosts       names accepted in {@code Host} besides the address the server listens on
 * @param idleTimeout        a connection on which nothing moves (no request byte read, no response byte taken by
 *                           the client) for this long is closed: a stalled export reader or body sender lets go
 * @param minRequestBytesPerSecond a request body arriving slower than this on average is refused (408)
 * @param maxConcurrentExports streamed exports running at once; each holds a database connection while the client
 *                           reads, so more are refused (429) to leave the pool to lists, ingests and {@code /ready}
 */
public record ApiOptions(Set<String> allowedHosts, Duration idleTimeout, long minRequestBytesPerSecond,
                         int maxConcurrentExports) {
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** 16 KiB/s: the largest body (10 MiB) within about 11 minutes; a trickle is cut within seconds. */
    public static final long MIN_REQUEST_BYTES_PER_SECOND = 16 * 1024;
    /** Half the smallest pool (SQLite's 4 connections). */
    public static final int MAX_CONCURRENT_EXPORTS = 2;

    public ApiOptions {
        allowedHosts = allowedHosts.stream().map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty()).collect(Collectors.toUnmodifiableSet());
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive, got " + idleTimeout);
        }
        if (maxConcurrentExports < 1) {
            throw new IllegalArgumentException("at least one export must be allowed, got " + maxConcurrentExports);
        }
    }

    public static ApiOptions defaults() {
        return new ApiOptions(Set.of(), IDLE_TIMEOUT, MIN_REQUEST_BYTES_PER_SECOND, MAX_CONCURRENT_EXPORTS);
    }

    public ApiOptions withAllowedHosts(Collection<String> hosts) {
        return new ApiOptions(Set.copyOf(hosts), idleTimeout, minRequestBytesPerSecond, maxConcurrentExports);
    }

    public ApiOptions withIdleTimeout(Duration timeout) {
        return new ApiOptions(allowedHosts, timeout, minRequestBytesPerSecond, maxConcurrentExports);
    }

    public ApiOptions withMaxConcurrentExports(int exports) {
        return new ApiOptions(allowedHosts, idleTimeout, minRequestBytesPerSecond, exports);
    }
}
