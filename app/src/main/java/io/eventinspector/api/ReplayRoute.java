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
import io.eventinspector.secrets.Redaction;
import io.javalin.http.Context;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code POST /api/events/replay}: the spec's body read by {@link ReplayRequest#fromJson} (an unknown field such
 * as {@code sessionId} is refused, never ignored: it would widen the selection or drop {@code dry_run}), its
 * result as {@code data}. A missing {@code dry_run} means false, as in the gateway.
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
        JsonNode body = parse(RequestBody.read(ctx, Set.of(RequestBody.JSON), RequestBody.JSON
                + " such as {\"session_id\":\"session123\",\"dry_run\":true}"));
        ReplayRequest request;
        try {
            request = ReplayRequest.fromJson(body);
        } catch (ValidationException e) {
            throw new ApiException(ErrorCode.INVALID_INPUT, Redaction.text(e.getMessage()));
        }
        Authenticator.Caller caller = ctx.attribute(Authenticator.CALLER);
        ReplayInitiator initiator = ReplayInitiator.apiKey(caller == null ? "-" : caller.fingerprint());
        ReplayResult result;
        try {
            result = replay.get().replay(request, initiator, ReplayControl.none());
        } catch (ValidationException e) {
            throw new ApiException(ErrorCode.INVALID_INPUT, Redaction.text(e.getMessage()));
        }
        response.send(ctx, new Envelope.Success(result));
    }

    private static JsonNode parse(String text) {
        JsonNode body;
        try {
            body = EventJson.readDocument(text);
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.INVALID_JSON, "request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!body.isObject()) {
            throw new ApiException(ErrorCode.INVALID_INPUT, "request body must be a JSON object such as "
                    + "{\"session_id\":\"session123\",\"dry_run\":true}");
        }
        return body;
    }
}
