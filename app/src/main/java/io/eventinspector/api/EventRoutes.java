package io.eventinspector.api;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Page;
import io.eventinspector.store.AppendResult;
import io.eventinspector.store.EventStore;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** The handlers of {@code /api/events}: list, get by id and ingest. */
final class EventRoutes {
    private static final Set<String> INGEST_TYPES = Set.of(RequestBody.JSON, RequestBody.NDJSON,
            RequestBody.NDJSON_REGISTERED);

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
        String body = RequestBody.read(ctx, INGEST_TYPES, RequestBody.JSON
                + " (an event or an array of events) or " + RequestBody.NDJSON);
        boolean ndjson = !RequestBody.mediaType(ctx).equals(RequestBody.JSON);
        List<Event> events = ndjson ? ingestBody.parseNdjson(body) : ingestBody.parseJson(body);
        AppendResult result = store.append(events);
        response.send(ctx, new Envelope.Success(new Ingested(result.inserted(), result.duplicates())));
    }

}
