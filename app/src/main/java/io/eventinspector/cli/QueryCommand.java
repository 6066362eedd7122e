package io.eventinspector.cli;

import io.eventinspector.event.Cursor;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Page;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "query", description = {"Lists events, newest first, with filters and paging.",
        "With --follow: prints the latest events oldest first, then new ones as they arrive (Ctrl-C stops).",
        "On a gateway's own database (opened read-only) payload search is a scan of every matching row: "
                + "no search index is added there."})
final class QueryCommand implements Callable<Integer> {
    /** Events read per poll while following; more wait for the next poll. */
    private static final int FOLLOW_BATCH = 1_000;

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

    @Option(names = {"-f", "--follow"}, description = "Keep printing new matching events as they arrive.")
    boolean follow;

    @Option(names = "--poll-interval", paramLabel = "MS", defaultValue = "1000",
            description = "How often --follow looks for new events, in milliseconds (default 1000).")
    long pollMillis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        EventQuery query = filters.toBuilder()
                .limit(limit)
                .offset(offset)
                .cursor(cursor == null ? null : Cursor.parse("cursor", cursor))
                .build();
        EventPrinter printer = format != null ? format : EventPrinter.defaultFor(System.console() != null);
        if (follow && printer == EventPrinter.JSON) {
            throw new UserError("--follow prints table or ndjson, not one JSON array", ExitCodes.USAGE);
        }
        if (follow && pollMillis < 10) {
            throw new UserError("--poll-interval must be at least 10 ms, got " + pollMillis, ExitCodes.USAGE);
        }
        try (Database database = store.open()) {
            Page page = database.events().query(query);
            if (follow) {
                follow(database.events(), query, page.events(), printer);
            } else {
                printer.print(spec.commandLine().getOut(), page.events());
                page.next().ifPresent(next -> spec.commandLine().getErr().println("next cursor: " + next.token()));
            }
        }
        return ExitCodes.OK;
    }

    /** Prints the page oldest first, then polls for newer events until interrupted (Ctrl-C) or stdout fails. */
    private void follow(EventStore events, EventQuery query, List<Event> newestFirst, EventPrinter printer)
            throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<Event> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        printer.print(out, oldestFirst, true);
        Cursor position = newestFirst.isEmpty()
                ? new Cursor(query.since().orElse(Instant.EPOCH), "")
                : newestFirst.get(0).position();
        while (true) {
            Thread.sleep(pollMillis);
            List<Event> fresh;
            do {
                fresh = events.tail(query, position, FOLLOW_BATCH);
                if (!fresh.isEmpty()) {
                    printer.print(out, fresh, false);
                    position = fresh.get(fresh.size() - 1).position();
                }
            } while (fresh.size() == FOLLOW_BATCH);
        }
    }
}
