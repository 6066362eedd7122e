package io.eventinspector.api;

import io.eventinspector.config.ConfigException;
import io.eventinspector.config.Env;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.QueryString;
import io.eventinspector.event.Validation;
import io.eventinspector.trace.AmbiguousMessageException;
import io.eventinspector.trace.MessageTrace;
import io.eventinspector.trace.MessageTraces;
import io.eventinspector.trace.TraceJson;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code GET /api/messages/{message_id}} (a message's trace; {@code session_id} names its session) and
 * {@code GET /api/messages/health} (the delivery health of the list's filters). Both take {@code stuck_after}
 * (a Go duration); without it the configured threshold applies.
 */
final class TraceRoutes {
    static final String STUCK_AFTER = "stuck_after";
    private static final Set<String> TRACE_PARAMETERS = Set.of(QueryString.SESSION_ID, STUCK_AFTER);

    private final MessageTraces traces;
    private final Supplier<Duration> configuredStuckAfter;
    private final JsonBody response;

    /** {@code configuredStuckAfter}: asked per request, so a preference saved in the desktop applies at once. */
    TraceRoutes(MessageTraces traces, Supplier<Duration> configuredStuckAfter, JsonBody response) {
        this.traces = traces;
        this.configuredStuckAfter = configuredStuckAfter;
        this.response = response;
    }

    void trace(Context ctx) {
        QueryParameters.requireOnly(ctx, TRACE_PARAMETERS);
        String messageId = Validation.messageId("message_id", ctx.pathParam("message_id"));
        Optional<String> sessionId = Optional.ofNullable(ctx.queryParam(QueryString.SESSION_ID))
                .filter(id -> !id.isEmpty())
                .map(id -> Validation.sessionId(QueryString.SESSION_ID, id));
        Duration stuckAfter = stuckAfter(ctx);
        MessageTrace trace;
        try {
            trace = traces.trace(messageId, sessionId, stuckAfter)
                    .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "message not found"));
        } catch (AmbiguousMessageException e) {
            throw new ApiException(ErrorCode.INVALID_QUERY, e.getMessage());
        }
        response.send(ctx, new Envelope.Success(TraceJson.trace(trace)));
    }

    void health(Context ctx) {
        EventQuery query = QueryParameters.read(ctx, STUCK_AFTER);
        response.send(ctx, new Envelope.Success(TraceJson.health(traces.health(query, stuckAfter(ctx),
                seen -> { }))));
    }

    private Duration stuckAfter(Context ctx) {
        String value = ctx.queryParam(STUCK_AFTER);
        if (value == null || value.isBlank()) {
            return configuredStuckAfter.get();
        }
        try {
            return Env.parseDuration(STUCK_AFTER, value);
        } catch (ConfigException e) {
            throw new ApiException(ErrorCode.INVALID_QUERY, e.getMessage());
        }
    }
}
