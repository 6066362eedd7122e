package io.eventinspector.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.ValidationException;
import io.eventinspector.replay.ReplayControl;
import io.eventinspector.replay.ReplayInitiator;
import io.eventinspector.replay.ReplayRequest;
import io.eventinspector.replay.ReplayResult;
import io.eventinspector.replay.ReplayService;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * {@code POST /api/events/replay}: the spec's body ({@code session_id}, {@code event_type}, {@code since},
 * {@code until}, {@code dry_run}, plus an optional {@code webhook_url}) to the replay service, its result as
 * {@code data}. A missing {@code dry_run} means false, as in the gateway.
 */
final class ReplayRoute {
    private final Supplier<ReplayService> replay;
    private final JsonBody response;

    /** The service is looked up per request, so a bad replay setting fails replays only, not the server. */
    ReplayRoute(Supplier<ReplayService> replay, JsonBody response) {
        this.replay = replay;
        this.response = response;
    }

    void replay(Context ctx) {
        JsonNode body = parse(ctx.body());
        ReplayRequest request;
        try {
            request = ReplayRequest.of(text(body, "session_id"), text(body, "event_type"), text(body, "since"),
                    text(body, "until"), dryRun(body), text(body, "webhook_url"));
        } catch (ValidationException e) {
            throw new ApiException(ErrorCode.INVALID_INPUT, e.getMessage());
        }
        Authenticator.Caller caller = ctx.attribute(Authenticator.CALLER);
        ReplayInitiator initiator = ReplayInitiator.apiKey(caller == null ? "-" : caller.fingerprint());
        ReplayResult result;
        try {
            result = replay.get().replay(request, initiator, ReplayControl.none());
        } catch (ValidationException e) {
            throw new ApiException(ErrorCode.INVALID_INPUT, e.getMessage());
        }
        response.send(ctx, new Envelope.Success(result));
    }

    private static JsonNode parse(String text) {
        JsonNode body;
        try {
            body = EventJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.INVALID_JSON, "request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(ErrorCode.INVALID_INPUT, "request body must be a JSON object such as "
                    + "{\"session_id\":\"session123\",\"dry_run\":true}");
        }
        return body;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ApiException(ErrorCode.INVALID_INPUT, field + " must be a string, got " + value);
        }
        return value.textValue();
    }

    private static boolean dryRun(JsonNode body) {
        JsonNode value = body.get("dry_run");
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new ApiException(ErrorCode.INVALID_INPUT, "dry_run must be true or false, got " + value);
        }
        return value.booleanValue();
    }
}
