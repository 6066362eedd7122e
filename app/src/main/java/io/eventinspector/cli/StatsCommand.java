package io.eventinspector.cli;

import io.eventinspector.event.Timestamps;
import io.eventinspector.store.BucketSize;
import io.eventinspector.store.Database;
import io.eventinspector.store.Histogram;
import io.eventinspector.store.StoreStats;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = {"Counts events per type, with the first and last timestamp.",
        "With --histogram: events per time bucket for the filters, as a small text chart."})
final class StatsCommand implements Callable<Integer> {
    private static final int BAR_WIDTH = 50;

    @Mixin
    StoreOption store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--histogram", description = "Print events per time bucket for the filters.")
    boolean histogram;

    @Option(names = "--bucket", paramLabel = "SIZE",
            description = "minute, hour or day (default: chosen from the range).")
    BucketSize bucket;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database database = store.open()) {
            PrintWriter out = spec.commandLine().getOut();
            if (histogram) {
                print(out, database.events().histogram(filters.toBuilder().build(), Optional.ofNullable(bucket)));
                return ExitCodes.OK;
            }
            StoreStats stats = database.events().stats();
            out.println("store   " + database.events().info().displayName());
            out.println("events  " + stats.total());
            out.println("first   " + stats.first().map(Timestamps::format).orElse("-"));
            out.println("last    " + stats.last().map(Timestamps::format).orElse("-"));
            stats.perType().forEach((type, count) -> out.printf("  %-24s %d%n", type, count));
        }
        return ExitCodes.OK;
    }

    /** One line per non-empty bucket: its start, a bar scaled to the fullest bucket, and the count. */
    private static void print(PrintWriter out, Histogram histogram) {
        out.println("events per " + histogram.size().name().toLowerCase() + " (UTC), total " + histogram.total());
        long fullest = histogram.buckets().stream().mapToLong(Histogram.Bucket::total).max().orElse(0);
        for (Histogram.Bucket bucket : histogram.buckets()) {
            int width = (int) Math.max(1, Math.round((double) bucket.total() * BAR_WIDTH / fullest));
            out.printf("%-20s %-" + BAR_WIDTH + "s %d%n", Timestamps.format(bucket.start()), "#".repeat(width),
                    bucket.total());
        }
    }
}
