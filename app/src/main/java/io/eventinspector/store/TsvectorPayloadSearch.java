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
 * <p>Before a pending payload's words are computed, {@code lower(data::text)} must contain every query word: the
 * words come from the payload's string and number leaves, which JSONB prints verbatim (only quotes, backslashes
 * and control characters are escaped, and none of those is part of a word), so this never drops a match. It
 * keeps a large backlog cheap to search, as the tsvector of a payload is the expensive part.
 */
final class TsvectorPayloadSearch implements PayloadSearch {
    private final Field<String> id;

    TsvectorPayloadSearch(Field<String> id) {
        this.id = id;
    }

    @Override
    public Condition matches(DSLContext dsl, SearchTerms terms) {
        List<QueryPart> parts = new ArrayList<>();
        parts.add(id);
        StringBuilder query = new StringBuilder();
        StringBuilder containsWords = new StringBuilder();
        for (String part : terms.parts()) {
            String words = SearchTerms.words(part);
            query.append(query.length() == 0 ? "" : " && ").append("phraseto_tsquery('simple', {")
                    .append(parts.size()).append("})");
            parts.add(val(words));
            for (String word : words.split(" ")) {
                containsWords.append(" AND strpos(lower(pe.data::text), lower({").append(parts.size())
                        .append("})) > 0");
                parts.add(val(word));
            }
        }
        return condition("{0} IN (SELECT s.event_id FROM events_search s WHERE s.words @@ (" + query + ")"
                + " UNION ALL SELECT p.event_id FROM events_search_pending p JOIN events pe ON pe.id = p.event_id"
                + " WHERE true" + containsWords + " AND event_payload_words(pe.data) @@ (" + query + "))",
                parts.toArray(QueryPart[]::new));
    }
}
