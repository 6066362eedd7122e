package io.eventinspector.store;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.val;

import java.util.stream.Collectors;
import org.jooq.Condition;

/**
 * SQLite: the contentless FTS5 table {@code events_fts} keyed by the events rowid (migration V2). Every part is an
 * FTS5 phrase in double quotes, so user text is never read as FTS5 query syntax.
 */
final class Fts5PayloadSearch implements PayloadSearch {
    @Override
    public Condition matches(SearchTerms terms) {
        String match = terms.parts().stream()
                .map(part -> "\"" + SearchTerms.words(part).replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(" AND "));
        return condition("{0} IN (SELECT rowid FROM events_fts WHERE events_fts MATCH {1})",
                field(name("events", "rowid")), val(match));
    }
}
