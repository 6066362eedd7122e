package io.eventinspector.store;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.val;

import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * SQLite: the contentless FTS5 table {@code events_fts} keyed by the events rowid (migration V2). Every part is an
 * FTS5 phrase in double quotes, so user text is never read as FTS5 query syntax.
 *
 * <p>SQLite cannot know how many events a word matches, so this looks first (reading at most
 * {@value #COMMON} + 1 rowids from the index). A rare word drives the query: its few rows are fetched by the rowids
 * read. A common word must not (fetching and sorting 250k rows for one page of 100 costs ~200 ms): its rowids become a
 * lookup set and the newest-first time index drives, stopping as soon as the page is full. The unary {@code +}
 * is what keeps SQLite from driving the query by rowid.
 */
final class Fts5PayloadSearch implements PayloadSearch {
    /** Above this many matches a word counts as common. */
    static final int COMMON = 2_000;

    @Override
    public Condition matches(DSLContext dsl, SearchTerms terms) {
        String match = terms.parts().stream()
                .map(part -> "\"" + SearchTerms.words(part).replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(" AND "));
        Field<Long> rowid = field(name("events", "rowid"), Long.class);
        List<Long> rare = dsl.resultQuery("SELECT rowid FROM events_fts WHERE events_fts MATCH {0} LIMIT {1}",
                val(match), val(COMMON + 1)).fetch(0, Long.class);
        if (rare.size() <= COMMON) {
            // Literal rowids: SQLite then knows the set is small and fetches just those rows. Given the subquery
            // instead it may walk the whole time index to avoid a sort (55 ms on 1M events for a word nowhere).
            return rare.isEmpty() ? falseCondition() : rowid.in(rare);
        }
        return condition("+{0} IN (SELECT rowid FROM events_fts WHERE events_fts MATCH {1})", rowid, val(match));
    }
}
