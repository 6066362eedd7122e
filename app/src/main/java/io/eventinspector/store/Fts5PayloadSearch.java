package io.eventinspector.store;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.val;

import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * SQLite: the contentless FTS5 table {@code events_fts} keyed by the events rowid (migration V2). Every part is an
 * FTS5 phrase in double quotes, so user text is never read as FTS5 query syntax.
 *
 * <p>SQLite cannot know how many events a word matches, so this looks first (reading at most
 * {@value #COMMON} + 1 rowids from the index). A rare word drives the query: its few rows are fetched by rowid. A
 * common word must not (fetching and sorting 250k rows for one page of 100 costs ~200 ms): its rowids become a
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
        Number probed = (Number) dsl.fetchValue("SELECT count(*) FROM (SELECT rowid FROM events_fts"
                + " WHERE events_fts MATCH {0} LIMIT {1})", val(match), val(COMMON + 1));
        String rowid = probed.intValue() > COMMON ? "+{0}" : "{0}";
        return condition(rowid + " IN (SELECT rowid FROM events_fts WHERE events_fts MATCH {1})",
                field(name("events", "rowid")), val(match));
    }
}
