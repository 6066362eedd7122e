package io.eventinspector.api;

import io.eventinspector.event.EventQuery;
import io.eventinspector.event.QueryString;
import io.eventinspector.event.Validation;
import io.eventinspector.event.ValidationException;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The filters and paging of {@code GET /api/events} (and of export and stats) read from the query string by
 * {@link QueryString}, the format's one reader and writer. Every bad value is a 400 {@code INVALID_QUERY} whose
 * message names the parameter.
 */
final class QueryParameters {
    private QueryParameters() {
    }

    /** {@code routeParameters}: what the route reads itself ({@code format}, {@code bucket}). */
    static EventQuery read(Context ctx, String... routeParameters) {
        Set<String> known = new HashSet<>(QueryString.NAMES);
        known.addAll(List.of(routeParameters));
        requireOnly(ctx, known);
        try {
            return QueryString.read(ctx.queryParamMap());
        } catch (ValidationException e) {
            throw new ApiException(ErrorCode.INVALID_QUERY, e.getMessage());
        }
    }

    /**
     * Refuses a query string with a parameter not in {@code known} (a route that takes no filters, or others):
     * a misspelt filter ({@code sesion_id=s1}) must not silently widen a list or an export to every event.
     */
    static void requireOnly(Context ctx, Set<String> known) {
        requireWellFormed(ctx.queryString());
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                List<String> expected = new ArrayList<>(known);
                Collections.sort(expected);
                throw new ApiException(ErrorCode.INVALID_QUERY, "unknown query parameter "
                        + Validation.quote(name) + " (expected " + String.join(", ", expected) + ")");
            }
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
