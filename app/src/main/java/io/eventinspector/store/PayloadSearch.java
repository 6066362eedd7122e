package io.eventinspector.store;

import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * How the {@code text} filter becomes SQL for one table layout: an FTS5 index on SQLite, a GIN word index on
 * PostgreSQL, or a plain scan where no index exists (a gateway's own database). The rest of a query (filters,
 * cursor, ordering) is the same for all of them.
 */
public interface PayloadSearch {
    /**
     * A condition true for the events whose payload holds every term. {@code dsl} lets a strategy look at its
     * index first (to pick the cheaper plan for a rare or a common word); it runs in the query's transaction.
     */
    Condition matches(DSLContext dsl, SearchTerms terms);
}
