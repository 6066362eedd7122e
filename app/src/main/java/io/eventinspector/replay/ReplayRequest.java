package io.eventinspector.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Timestamps;
import io.eventinspector.event.ValidationException;
import io.eventinspector.event.Validation;
import io.eventinspector.secrets.Redaction;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * What to replay: the spec's filters (validated exactly as a query's), whether it is a dry run, and optionally a
 * webhook URL that overrides the configured target. At least one filter is required so a stray request can never
 * replay the whole store. Instead of filters, a request may name the events by id (the desktop's selected rows);
 * the two are exclusive, so what is replayed never depends on how they would combine.
 */
public record ReplayRequest(EventQuery filters, boolean dryRun, Optional<URI> webhookUrl, List<String> eventIds) {
    /** The spec's safety limit: at most this many (the newest) matching events are replayed. */
    public static final int MAX_EVENTS = EventQuery.MAX_LIMIT;
    static final String NO_FILTER = "at least one filter (session_id, event_type, since, or until) must be specified";

    public ReplayRequest {
        eventIds = List.copyOf(new LinkedHashSet<>(eventIds));
        if (eventIds.size() > MAX_EVENTS) {
            throw new ValidationException("event_ids", "a replay takes at most " + MAX_EVENTS + " event ids, got "
                    + eventIds.size());
        }
        if (!eventIds.isEmpty() && filters.hasFilter()) {
            throw new ValidationException("event_ids", "a replay takes either event ids or filters, not both");
        }
        if (eventIds.isEmpty() && !filters.hasFilter()) {
            throw new ValidationException("filters", NO_FILTER);
        }
        if (filters.types().size() > 1) {
            throw new ValidationException("event_type", "a replay takes one event_type, got "
                    + filters.types().size() + ": " + String.join(", ", filters.types()));
        }
        filters = filters.toBuilder().text(null).cursor(null).offset(0).limit(MAX_EVENTS).build();
    }

    /** A replay of filtered events (the spec's request). */
    public ReplayRequest(EventQuery filters, boolean dryRun, Optional<URI> webhookUrl) {
        this(filters, dryRun, webhookUrl, List.of());
    }

    /** A replay of exactly these events (duplicates ignored), in time order whatever order they are given in. */
    public static ReplayRequest ofEvents(List<String> ids, boolean dryRun, Optional<URI> webhookUrl) {
        if (ids.isEmpty()) {
            throw new ValidationException("event_ids", "no events to replay: select at least one");
        }
        return new ReplayRequest(EventQuery.all(), dryRun, webhookUrl, ids);
    }

    /**
     * Builds a request from the spec's request fields as text (HTTP body, CLI flags, UI form); blank means absent.
     * Every problem is a {@link ValidationException} naming the field.
     */
    public static ReplayRequest of(String sessionId, String eventType, String since, String until, boolean dryRun,
                                   String webhookUrl) {
        EventQuery filters = EventQuery.builder()
                .sessionId(blankToNull(sessionId))
                .type(blankToNull(eventType))
                .since(blankToNull(since) == null ? null : Timestamps.parse("since", since))
                .until(blankToNull(until) == null ? null : Timestamps.parse("until", until))
                .build();
        return new ReplayRequest(filters, dryRun, Optional.ofNullable(blankToNull(webhookUrl))
                .map(url -> webhookUrl("webhook_url", url)));
    }

    /**
     * Builds a request from the spec's JSON body ({@code session_id, event_type, since, until, dry_run} and
     * optionally {@code webhook_url}). A field of the wrong JSON type or an unknown field (a typo such as
     * {@code sessionId} would otherwise silently widen the selection) is a {@link ValidationException}.
     */
    public static ReplayRequest fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ValidationException("body", "the request body must be a JSON object");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!java.util.Set.of("session_id", "event_type", "since", "until", "dry_run", "webhook_url")
                    .contains(name)) {
                throw new ValidationException(name, "unknown field " + Validation.quote(name) + " (expected "
                        + "session_id, event_type, since, until, dry_run, webhook_url)");
            }
        });
        JsonNode dryRun = body.get("dry_run");
        if (dryRun != null && !dryRun.isNull() && !dryRun.isBoolean()) {
            throw new ValidationException("dry_run", "dry_run must be true or false, got " + dryRun);
        }
        return of(text(body, "session_id"), text(body, "event_type"), text(body, "since"), text(body, "until"),
                dryRun != null && dryRun.asBoolean(), text(body, "webhook_url"));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ValidationException(field, field + " must be a string, got " + value);
        }
        return value.textValue();
    }

    /** An absolute http or https URL, or a {@link ValidationException} naming {@code field}. */
    public static URI webhookUrl(String field, String text) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with the expected form
        }
        // Redacted before quoting: quoting shortens, and a cut before the '@' would hide user info from it.
        throw new ValidationException(field, "invalid " + field + " " + Validation.quote(Redaction.url(text))
                + ": expected an absolute http:// or https:// URL");
    }

    public Optional<String> sessionId() {
        return filters.sessionId();
    }

    public Optional<String> eventType() {
        return filters.types().stream().findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
