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
 * PostgreSQL: the expression {@code event_payload_words(data)} of the GIN index {@code idx_events_payload_words}
 * (migration V2), matched against one phrase query per part. The expression must stay exactly the indexed one.
 */
final class TsvectorPayloadSearch implements PayloadSearch {
    private final Field<String> data;

    TsvectorPayloadSearch(Field<String> data) {
        this.data = data;
    }

    @Override
    public Condition matches(DSLContext dsl, SearchTerms terms) {
        List<QueryPart> parts = new ArrayList<>();
        parts.add(data);
        StringBuilder query = new StringBuilder();
        for (String part : terms.parts()) {
            query.append(query.length() == 0 ? "" : " && ").append("phraseto_tsquery('simple', {")
                    .append(parts.size()).append("})");
            parts.add(val(SearchTerms.words(part)));
        }
        return condition("event_payload_words({0}) @@ (" + query + ")", parts.toArray(QueryPart[]::new));
    }
}
