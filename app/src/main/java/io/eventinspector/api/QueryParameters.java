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
        requireWellFormed(ctx.queryString());
        requireKnown(ctx.queryParamMap().keySet(), Set.of(routeParameters));
        try {
            return QueryString.read(ctx.queryParamMap());
        } catch (ValidationException e) {
            throw new ApiException(ErrorCode.INVALID_QUERY, e.getMessage());
        }
    }

    /** A misspelt filter ({@code sesion_id=s1}) must not silently widen a list or an export to every event. */
    private static void requireKnown(Set<String> given, Set<String> routeParameters) {
        for (String name : given) {
            if (!QueryString.NAMES.contains(name) && !routeParameters.contains(name)) {
                List<String> known = new ArrayList<>(QueryString.NAMES);
                known.addAll(routeParameters);
                Collections.sort(known);
                throw new ApiException(ErrorCode.INVALID_QUERY, "unknown query parameter "
                        + Validation.quote(name) + " (expected " + String.join(", ", known) + ")");
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
