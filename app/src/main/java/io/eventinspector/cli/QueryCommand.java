package io.eventinspector.cli;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Page;
import io.eventinspector.store.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "query", description = {"Lists events, newest first, with filters and paging.",
        "On a gateway's own database (opened read-only) payload search is a scan of every matching row: "
                + "no search index is added there."})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "1 to 1000 (default 100).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Events to skip.")
    int offset;

    @Option(names = "--cursor", paramLabel = "TOKEN",
            description = "Continue after this position (printed to stderr as 'next cursor: …').")
    String cursor;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, ndjson or json (default: table on a terminal, ndjson otherwise).")
    EventPrinter format;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EventQuery query = filters.toBuilder()
                .limit(limit)
                .offset(offset)
                .cursor(cursor == null ? null : Cursor.parse("cursor", cursor))
                .build();
        try (Database database = store.open()) {
            Page page = database.events().query(query);
            EventPrinter printer = format != null ? format : EventPrinter.defaultFor(System.console() != null);
            printer.print(spec.commandLine().getOut(), page.events());
            page.next().ifPresent(next -> spec.commandLine().getErr().println("next cursor: " + next.token()));
        }
        return ExitCodes.OK;
    }
}
