package io.eventinspector.store;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.val;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;

/**
 * PostgreSQL: the words table {@code events_search} (GIN index, migration V4) holds {@code event_payload_words}
 * of every indexed event; events not yet moved there by {@link SearchIndexer} are listed in
 * {@code events_search_pending} and matched by computing the same function over their payload, so a search is
 * exact however far the indexer is behind. Both halves use one phrase query per part.
 *
 * <p>As on SQLite ({@link Fts5PayloadSearch}) the index is probed first. A rare word drives the query: its ids
 * are joined to the events. A common word must not (joining 25k ids per 200k events to sort them for one page
 * took 0.5 s): the caller's order and filters drive through the time or type index and each row is checked with
 * a primary-key lookup in the words table, stopping when the page is full (17 ms for the page).
 *
 * <p>Before a pending payload's words are computed, {@code lower(data::text)} must contain every query word: the
 * words come from the payload's string and number leaves, which JSONB prints verbatim (only quotes, backslashes
 * and control characters are escaped, and none of those is part of a word), so this never drops a match. It
 * keeps a large backlog cheaper to search, as the tsvector of a payload is the expensive part.
 */
final class TsvectorPayloadSearch implements PayloadSearch {
    /** Above this many indexed matches a word counts as common. */
    static final int COMMON = 2_000;

    private final Field<String> id;
    private final Field<String> data;

    TsvectorPayloadSearch(Field<String> id, Field<String> data) {
        this.id = id;
        this.data = data;
    }

    @Override
    public Condition matches(DSLContext dsl, SearchTerms terms) {
        List<QueryPart> parts = new ArrayList<>(List.of(id, data));
        StringBuilder query = new StringBuilder();
        StringBuilder pendingWords = new StringBuilder();
        for (String part : terms.parts()) {
            String words = SearchTerms.words(part);
            query.append(query.length() == 0 ? "" : " && ").append("phraseto_tsquery('simple', {")
                    .append(parts.size()).append("})");
            parts.add(val(words));
            for (String word : words.split(" ")) {
                pendingWords.append("strpos(lower(PAYLOAD::text), lower({").append(parts.size()).append("})) > 0 AND ");
                parts.add(val(word));
            }
        }
        QueryPart[] bound = parts.toArray(QueryPart[]::new);
        String pendingMatch = pendingWords + "event_payload_words(PAYLOAD) @@ (" + query + ")";
        long indexed = dsl.resultQuery("SELECT count(*) FROM (SELECT 1 FROM events_search"
                + " WHERE words @@ (" + query + ") LIMIT " + (COMMON + 1) + ") probe", bound).fetchSingle(0, Long.class);
        if (indexed <= COMMON) {
            return condition("{0} IN (SELECT s.event_id FROM events_search s WHERE s.words @@ (" + query + ")"
                    + " UNION ALL SELECT p.event_id FROM events_search_pending p JOIN events pe ON pe.id = p.event_id"
                    + " WHERE " + pendingMatch.replace("PAYLOAD", "pe.data") + ")", bound);
        }
        // A scalar subquery, not EXISTS: PostgreSQL may turn an EXISTS into a hash of every match (25k tsvectors
        // read, 0.5 s), while a scalar subquery runs once per row the page actually visits.
        return condition("((SELECT s.words FROM events_search s WHERE s.event_id = {0}) @@ (" + query + ")"
                + " OR EXISTS (SELECT 1 FROM events_search_pending p WHERE p.event_id = {0}) AND "
                + pendingMatch.replace("PAYLOAD", "{1}") + ")", bound);
    }
}
