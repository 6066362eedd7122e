package io.eventinspector.replay;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Delivers one event per request over a keep-alive HTTP/1.1 connection. The body is the event's API JSON, and the
 * signature (when a secret is set) covers exactly those bytes.
 *
 * <p>A receiver is not trusted to behave: of its response body at most {@value #RESPONSE_BODY_LIMIT} bytes are
 * read (enough for an error message, and small bodies are read whole so the connection is kept), a longer one is
 * cut off by closing the connection. The timeout bounds the whole try, connect, request, status and body; a
 * cancelled replay or an interrupted thread aborts the try at once. Errors never carry a URL's credentials.
 */
public final class WebhookSender {
    /** At most this many bytes of a response body are read; the rest is never read (the connection is closed). */
    public static final int RESPONSE_BODY_LIMIT = 4096;
    /** The error of a try that the replay's cancel (or an interrupt) stopped before it was answered. */
    static final String CANCELLED = "cancelled before the receiver answered";
    /** How much of a failed response's body goes into the error message. */
    private static final int ERROR_BODY_LIMIT = 200;

    private final HttpClient client;
    private final Optional<WebhookSigner> signer;
    private final String userAgent;
    private final Clock clock;

    public WebhookSender(HttpClient client, Optional<WebhookSigner> signer, String userAgent, Clock clock) {
        this.client = client;
        this.signer = signer;
        this.userAgent = userAgent;
        this.clock = clock;
    }

    /** A sender with its own HTTP/1.1 client; {@code connectTimeout} bounds the TCP connect. */
    public static WebhookSender create(ReplaySettings settings, Clock clock) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new WebhookSender(client, settings.secret()
                .map(secret -> new WebhookSigner(settings.signatureStyle(), secret)), settings.userAgent(), clock);
    }

    /** The request for {@code event}, signed with the current time. */
    public WebhookRequest prepare(Event event, URI url) {
        byte[] body = EventJson.toJson(event).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", userAgent);
        headers.put("X-Webhook-Replay", "true");
        headers.put("X-Event-Type", event.type());
        signer.ifPresent(s -> headers.putAll(s.headers(event.id(), clock.instant().getEpochSecond(), body)));
        return new WebhookRequest(url, headers, body);
    }

    /**
     * Sends once and reports what happened within {@code timeout}; never throws for a delivery problem. When
     * {@code control} is cancelled meanwhile the try is aborted and fails with {@link #CANCELLED}; an interrupt
     * does the same and leaves the thread's interrupt flag set.
     */
    public DeliveryAttempt send(String eventId, int attempt, WebhookRequest request, Duration timeout,
                                ReplayControl control) {
        Instant attemptedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long start = System.nanoTime();
        CappedResponse response = new CappedResponse(RESPONSE_BODY_LIMIT);
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(request.url())
                    .timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            exchange = client.sendAsync(builder.build(), response);
        } catch (IllegalArgumentException e) {
            // The JDK's message quotes the whole URL; the failure names the problem, the URL is redacted anyway.
            return failure(eventId, attempt, attemptedAt, start, "cannot send: " + e.getMessage());
        }
        Runnable abort = () -> {
            exchange.cancel(true);
            response.abort();
        };
        try (ReplayControl.Registration stop = control.whenCancelled(abort)) {
            HttpResponse<byte[]> answer = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return answered(eventId, attempt, attemptedAt, start, answer.statusCode(), answer.headers(),
                    Optional.of(answer.body()), "");
        } catch (TimeoutException e) {
            abort.run();
            String timedOut = "timed out after " + timeout.toMillis() + " ms";
            return unfinished(eventId, attempt, attemptedAt, start, response, timedOut,
                    "response body " + timedOut);
        } catch (CancellationException e) {
            return unfinished(eventId, attempt, attemptedAt, start, response, CANCELLED,
                    "response body not read: cancelled");
        } catch (InterruptedException e) {
            abort.run();
            Thread.currentThread().interrupt();
            return unfinished(eventId, attempt, attemptedAt, start, response, CANCELLED,
                    "response body not read: cancelled");
        } catch (ExecutionException e) {
            if (control.isCancelled()) {
                // The aborted exchange may fail with its own "Request cancelled" instead of a cancellation.
                return unfinished(eventId, attempt, attemptedAt, start, response, CANCELLED,
                        "response body not read: cancelled");
            }
            return failure(eventId, attempt, attemptedAt, start, describe(e.getCause(), request.url(), timeout));
        }
    }

    /** {@code body} is empty when the try ended while it was read; {@code unread} then says why. */
    private DeliveryAttempt answered(String eventId, int attempt, Instant attemptedAt, long start, int status,
                                     HttpHeaders headers, Optional<byte[]> body, String unread) {
        long latency = millisSince(start);
        Optional<String> error = status / 100 == 2
                ? Optional.empty()
                : Optional.of("HTTP " + status + body.map(WebhookSender::describeBody).orElse(" (" + unread + ")"));
        Optional<Duration> retryAfter = headers.firstValue("Retry-After")
                .flatMap(value -> retryAfter(value, clock.instant()));
        return new DeliveryAttempt(eventId, attempt, attemptedAt, OptionalInt.of(status), latency, error,
                retryAfter);
    }

    /**
     * A try that ended before its response was complete. Once a 2xx status arrived the event counts as delivered
     * (a receiver's 2xx accepts it; the body is never used); another status is the error, with why its body is
     * missing.
     */
    private DeliveryAttempt unfinished(String eventId, int attempt, Instant attemptedAt, long start,
                                       CappedResponse response, String why, String unread) {
        return response.info()
                .map(info -> answered(eventId, attempt, attemptedAt, start, info.statusCode(), info.headers(),
                        Optional.empty(), unread))
                .orElseGet(() -> failure(eventId, attempt, attemptedAt, start, why));
    }

    private static DeliveryAttempt failure(String eventId, int attempt, Instant at, long start, String error) {
        return new DeliveryAttempt(eventId, attempt, at, OptionalInt.empty(), millisSince(start),
                Optional.of(error), Optional.empty());
    }

    /** Retry-After as delta-seconds or an HTTP date; anything unreadable is ignored (backoff applies). */
    static Optional<Duration> retryAfter(String value, Instant now) {
        String text = value.trim();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static String describeBody(byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        if (body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > ERROR_BODY_LIMIT ? oneLine.substring(0, ERROR_BODY_LIMIT) + "…" : oneLine);
    }

    /** What went wrong, in words; exception messages may quote the URL, and every error is redacted anyway. */
    private static String describe(Throwable failure, URI url, Duration timeout) {
        if (failure instanceof HttpTimeoutException) {
            return "timed out after " + timeout.toMillis() + " ms";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
            return "cannot connect to " + url.getHost() + ":" + port(url) + ": unknown host";
        }
        if (failure instanceof ConnectException) {
            return "cannot connect to " + url.getHost() + ":" + port(url) + ": connection refused";
        }
        return "network error: " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    private static int port(URI url) {
        return url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
