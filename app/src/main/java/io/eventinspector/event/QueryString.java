package io.eventinspector.event;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@link EventQuery} as the query string of {@code GET /api/events} (and of its export and stats): the one
 * writer (the filter bar's "same request" line) and the one reader (the HTTP API) of that form, side by side so
 * they cannot drift. Parameters: {@code session_id}, {@code event_type} (repeatable, each value may hold several
 * types separated by commas), {@code since} and {@code until} (RFC 3339), {@code q} (payload search),
 * {@code limit}, {@code offset} and {@code cursor}; unknown parameters are ignored. Written and read back, every
 * query is equal to itself ({@code QueryStringTest}).
 */
public final class QueryString {
    public static final String SESSION_ID = "session_id";
    public static final String EVENT_TYPE = "event_type";
    public static final String SINCE = "since";
    public static final String UNTIL = "until";
    public static final String TEXT = "q";
    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";
    public static final String CURSOR = "cursor";
    /** Every parameter this form has. */
    public static final Set<String> NAMES = Set.of(SESSION_ID, EVENT_TYPE, SINCE, UNTIL, TEXT, LIMIT, OFFSET, CURSOR);

    private QueryString() {
    }

    /**
     * The query string without its {@code ?}, empty for {@link EventQuery#all()}; only what differs from the
     * defaults is written. {@code :} and {@code ,} stay readable: both are allowed as they are in a query string.
     */
    public static String write(EventQuery query) {
        List<String> pairs = new ArrayList<>();
        query.sessionId().ifPresent(value -> pairs.add(pair(SESSION_ID, value)));
        if (!query.types().isEmpty()) {
            pairs.add(pair(EVENT_TYPE, String.join(",", query.types())));
        }
        query.since().ifPresent(value -> pairs.add(pair(SINCE, Timestamps.format(value))));
        query.until().ifPresent(value -> pairs.add(pair(UNTIL, Timestamps.format(value))));
        query.text().ifPresent(value -> pairs.add(pair(TEXT, value)));
        if (query.limit() != EventQuery.DEFAULT_LIMIT) {
            pairs.add(pair(LIMIT, String.valueOf(query.limit())));
        }
        if (query.offset() != 0) {
            pairs.add(pair(OFFSET, String.valueOf(query.offset())));
        }
        query.cursor().ifPresent(value -> pairs.add(pair(CURSOR, value.token())));
        return String.join("&", pairs);
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%3A", ":").replace("%2C", ",");
    }

    /**
     * The query the decoded {@code parameters} describe (a single-valued parameter given twice counts once, the
     * first time). Every bad value is a {@link ValidationException} whose message names the parameter as sent.
     */
    public static EventQuery read(Map<String, List<String>> parameters) {
        return EventQuery.builder()
                .sessionId(first(parameters, SESSION_ID))
                .types(types(parameters.getOrDefault(EVENT_TYPE, List.of())))
                .since(timestamp(parameters, SINCE))
                .until(timestamp(parameters, UNTIL))
                .text(searchText(parameters))
                .limit(integer(parameters, LIMIT, EventQuery.DEFAULT_LIMIT,
                        "limit must be between 1 and " + EventQuery.MAX_LIMIT))
                .offset(integer(parameters, OFFSET, 0, "offset must be 0 or more"))
                .cursor(cursor(parameters))
                .build();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** {@code q}: the query's {@code text}, checked here so the message names the parameter as sent. */
    private static String searchText(Map<String, List<String>> parameters) {
        String value = first(parameters, TEXT);
        try {
            EventQuery.builder().text(value);
        } catch (ValidationException e) {
            throw new ValidationException(TEXT, "invalid " + TEXT + ": " + e.getMessage());
        }
        return value;
    }

    private static List<String> types(List<String> values) {
        return values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(type -> !type.isEmpty())
                .toList();
    }

    private static Instant timestamp(Map<String, List<String>> parameters, String name) {
        String value = first(parameters, name);
        return value == null || value.isBlank() ? null : Timestamps.parse(name, value);
    }

    private static int integer(Map<String, List<String>> parameters, String name, int fallback, String rule) {
        String value = first(parameters, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, rule + ", got " + Validation.quote(value));
        }
    }

    private static Cursor cursor(Map<String, List<String>> parameters) {
        String value = first(parameters, CURSOR);
        return value == null || value.isBlank() ? null : Cursor.parse(CURSOR, value.trim());
    }
}
