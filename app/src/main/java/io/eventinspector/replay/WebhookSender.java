package io.eventinspector.replay;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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

/**
 * Delivers one event per request over a keep-alive HTTP/1.1 connection. The body is the event's API JSON, and the
 * signature (when a secret is set) covers exactly those bytes. A response's body is drained and ignored.
 */
public final class WebhookSender {
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

    /** Sends once and reports what happened; never throws for a delivery problem. */
    public DeliveryAttempt send(String eventId, int attempt, WebhookRequest request, Duration timeout)
            throws InterruptedException {
        Instant attemptedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.url())
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            long latency = millisSince(start);
            int status = response.statusCode();
            Optional<String> error = status / 100 == 2
                    ? Optional.empty()
                    : Optional.of("HTTP " + status + describeBody(response.body()));
            Optional<Duration> retryAfter = response.headers().firstValue("Retry-After")
                    .flatMap(value -> retryAfter(value, clock.instant()));
            return new DeliveryAttempt(eventId, attempt, attemptedAt, OptionalInt.of(status), latency, error,
                    retryAfter);
        } catch (HttpTimeoutException e) {
            return failure(eventId, attempt, attemptedAt, start, "timed out after " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return failure(eventId, attempt, attemptedAt, start, "cannot connect to " + request.url().getHost()
                    + ":" + port(request.url()) + ": connection refused");
        } catch (IOException e) {
            return failure(eventId, attempt, attemptedAt, start, "network error: " + describe(e));
        }
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

    private static String describeBody(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > ERROR_BODY_LIMIT ? oneLine.substring(0, ERROR_BODY_LIMIT) + "…" : oneLine);
    }

    private static String describe(IOException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static int port(URI url) {
        return url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
