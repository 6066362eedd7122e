package io.eventinspector.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/**
 * Writes a response body as JSON bytes straight from Jackson's UTF-8 generator. Javalin's {@code ctx.json} makes
 * a {@code String} first and then encodes it, which for a page of 100 events with non-Latin-1 text took most of
 * the listing's CPU time outside SQLite (docs/benchmarks.md, HTTP API).
 */
final class JsonBody {
    private final ObjectMapper mapper;

    JsonBody(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void send(Context ctx, Object body) {
        try {
            ctx.contentType(ContentType.APPLICATION_JSON).result(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the response as JSON", e);
        }
    }
}
