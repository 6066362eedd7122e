package io.eventinspector.store;

import static org.jooq.impl.DSL.val;

import java.util.List;
import org.jooq.DSLContext;

/** The distinct session ids of the events, read without reading the events: the suggestions and health's list. */
final class SessionIdScan {
    private SessionIdScan() {
    }

    /**
     * Up to {@code wanted} session ids starting with {@code prefix}, sorted. A loose index scan in one statement:
     * each step seeks the next distinct id in the session index, so the cost is one index probe per id however
     * many events a session has.
     */
    static List<String> distinct(DSLContext dsl, String prefix, int wanted) {
        return dsl.resultQuery("WITH RECURSIVE next_id(id) AS ("
                        + " SELECT min(session_id) FROM events WHERE session_id >= {0}"
                        + " UNION ALL SELECT (SELECT min(session_id) FROM events WHERE session_id > next_id.id)"
                        + " FROM next_id WHERE next_id.id IS NOT NULL AND substr(next_id.id, 1, {1}) = {0})"
                        + " SELECT id FROM next_id WHERE id IS NOT NULL LIMIT {2}",
                        val(prefix), val(prefix.length()), val(wanted + 1))
                .fetch(0, String.class).stream()
                .filter(id -> id.startsWith(prefix))
                .limit(wanted)
                .toList();
    }
}
