package io.eventinspector.api;

import io.eventinspector.event.EventQuery;
import io.eventinspector.event.QueryString;
import io.eventinspector.event.ValidationException;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The filters and paging of {@code GET /api/events} (and of export and stats) read from the query string by
 * {@link QueryString}, the format's one reader and writer. Every bad value is a 400 {@code INVALID_QUERY} whose
 * message names the parameter.
 */
final class QueryParameters {
    private QueryParameters() {
    }

    static EventQuery read(Context ctx) {
        requireWellFormed(ctx.queryString());
        try {
            return QueryString.read(ctx.queryParamMap());
        } catch (ValidationException e) {
            throw new ApiException(ErrorCode.INVALID_QUERY, e.getMessage());
        }
    }

    /** Javalin drops a parameter it cannot decode ({@code q=%zz}): the filter would vanish without a word. */
    private static void requireWellFormed(String queryString) {
        if (queryString == null) {
            return;
        }
        try {
            URLDecoder.decode(queryString, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.INVALID_QUERY, "the query string has a malformed %-escape: write "
                    + "% as %25");
        }
    }
}
