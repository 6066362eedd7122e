package io.eventinspector.cli;

import io.eventinspector.event.Timestamps;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreStats;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "Counts events per type, with the first and last timestamp.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database database = store.open()) {
            StoreStats stats = database.events().stats();
            PrintWriter out = spec.commandLine().getOut();
            out.println("store   " + database.events().info().displayName());
            out.println("events  " + stats.total());
            out.println("first   " + stats.first().map(Timestamps::format).orElse("-"));
            out.println("last    " + stats.last().map(Timestamps::format).orElse("-"));
            stats.perType().forEach((type, count) -> out.printf("  %-24s %d%n", type, count));
        }
        return ExitCodes.OK;
    }
}
