package io.eventinspector.api;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Page;
import io.eventinspector.store.AppendResult;
import io.eventinspector.store.EventStore;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** The handlers of {@code /api/events}: list, get by id and ingest. */
final class EventRoutes {
    /** The largest ingest body: 10 MiB, about 20,000 typical events. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    static final String NDJSON = "application/x-ndjson";

    private final EventStore store;
    private final IngestBody ingestBody;
    private final BooleanSupplier persistenceEnabled;
    private final JsonBody response;

    EventRoutes(EventStore store, EventJson json, BooleanSupplier persistenceEnabled, JsonBody response) {
        this.store = store;
        this.response = response;
        this.ingestBody = new IngestBody(json);
        this.persistenceEnabled = persistenceEnabled;
    }

    /** The listing's {@code data}: {@code next_cursor} is null on the last page. */
    record EventList(List<Event> events, long total, int limit, int offset, String nextCursor) {
    }

    /** The ingest's {@code data}: events newly stored, and events whose id was already stored. */
    record Ingested(long accepted, long duplicates) {
    }

    void list(Context ctx) {
        EventQuery query = QueryParameters.read(ctx);
        Page page = store.query(query);
        long total = store.count(query);
        response.send(ctx, new Envelope.Success(new EventList(page.events(), total, query.limit(), query.offset(),
                page.next().map(Cursor::token).orElse(null))));
    }

    void get(Context ctx) {
        Event event = store.get(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "event not found"));
        response.send(ctx, new Envelope.Success(event));
    }

    void ingest(Context ctx) {
        if (!persistenceEnabled.getAsBoolean()) {
            throw new ApiException(ErrorCode.PERSISTENCE_DISABLED,
                    "event persistence is disabled (WHATSAPP_EVENTS_ENABLED=false): nothing can be stored");
        }
        String mediaType = mediaType(ctx);
        boolean ndjson = NDJSON.equals(mediaType);
        if (!ndjson && !"application/json".equals(mediaType)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                    + (mediaType.isEmpty() ? "is missing" : mediaType + " is not supported")
                    + ": send application/json (an event or an array of events) or " + NDJSON);
        }
        String body = boundedBody(ctx);
        List<Event> events = ndjson ? ingestBody.parseNdjson(body) : ingestBody.parseJson(body);
        AppendResult result = store.append(events);
        response.send(ctx, new Envelope.Success(new Ingested(result.inserted(), result.duplicates())));
    }

    static String mediaType(Context ctx) {
        String header = ctx.header("Content-Type");
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** Reads the body, refusing it as soon as it is known to exceed the limit, whether announced or streamed. */
    static String boundedBody(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.INVALID_INPUT, "cannot read the request body: " + e.getMessage());
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "request body exceeds " + MAX_BODY_BYTES
                + " bytes (10 MiB): send the events in smaller batches");
    }
}
