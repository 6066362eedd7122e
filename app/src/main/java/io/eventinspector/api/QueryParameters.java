package io.eventinspector.api;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Timestamps;
import io.eventinspector.event.ValidationException;
import io.eventinspector.event.Validation;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The filters and paging of {@code GET /api/events} (and of export and stats) read from the query string.
 * Every bad value is a 400 {@code INVALID_QUERY} whose message names the parameter.
 */
final class QueryParameters {
    private QueryParameters() {
    }

    static EventQuery read(Context ctx) {
        requireWellFormed(ctx.queryString());
        try {
            return EventQuery.builder()
                    .sessionId(ctx.queryParam("session_id"))
                    .types(types(ctx.queryParams("event_type")))
                    .since(timestamp(ctx, "since"))
                    .until(timestamp(ctx, "until"))
                    .text(searchText(ctx))
                    .limit(integer(ctx, "limit", EventQuery.DEFAULT_LIMIT,
                            "limit must be between 1 and " + EventQuery.MAX_LIMIT))
                    .offset(integer(ctx, "offset", 0, "offset must be 0 or more"))
                    .cursor(cursor(ctx))
                    .build();
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

    /** {@code q}: the query's {@code text}, checked here so the message names the parameter as sent. */
    private static String searchText(Context ctx) {
        String value = ctx.queryParam("q");
        try {
            EventQuery.builder().text(value);
        } catch (ValidationException e) {
            throw new ValidationException("q", "invalid q: " + e.getMessage());
        }
        return value;
    }

    /** {@code event_type} may be repeated and each value may hold several types separated by commas. */
    private static List<String> types(List<String> values) {
        return values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(type -> !type.isEmpty())
                .toList();
    }

    private static java.time.Instant timestamp(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : Timestamps.parse(name, value);
    }

    private static int integer(Context ctx, String name, int fallback, String rule) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, rule + ", got " + Validation.quote(value));
        }
    }

    private static Cursor cursor(Context ctx) {
        String value = ctx.queryParam("cursor");
        return value == null || value.isBlank() ? null : Cursor.parse("cursor", value.trim());
    }
}
