package io.eventinspector.store;

import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * For a table layout without a search index (a gateway's own database): a case-insensitive substring scan of the
 * payload text. It reads every candidate row, and, unlike the indexes, it also matches keys and word fragments;
 * it is the fallback that keeps the {@code text} filter working everywhere.
 */
public final class ScanPayloadSearch implements PayloadSearch {
    private final Field<String> payloadText;

    /** {@code payloadText} is the decoded payload as text (any JSON text, or an expression producing it). */
    public ScanPayloadSearch(Field<String> payloadText) {
        this.payloadText = payloadText;
    }

    @Override
    public Condition matches(DSLContext dsl, SearchTerms terms) {
        Condition condition = noCondition();
        for (String part : terms.parts()) {
            String escaped = part.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_");
            condition = condition.and(lower(payloadText).like(val("%" + escaped + "%"), '!'));
        }
        return condition;
    }
}
