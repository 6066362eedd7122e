package io.eventinspector.cli;

import io.eventinspector.demo.DemoDataGenerator;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.Timestamps;
import io.eventinspector.store.AppendResult;
import io.eventinspector.store.Database;
import io.eventinspector.store.EventImporter;
import io.eventinspector.store.EventStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = {
        "Generates realistic demo events of every known type, into the store or as NDJSON into a file.",
        "Sent messages get receipts with realistic delays (some covering several messages) and every delivery",
        "anomaly a message trace reports: stuck, failed, out of order, duplicate, disconnected, orphan.",
        "The same --seed and --end give identical events; without --end the end is now (to the minute)."})
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--events", paramLabel = "N", required = true, description = "How many events.")
    long events;

    @Option(names = "--sessions", paramLabel = "S", defaultValue = "5", description = "Sessions (default 5).")
    int sessions;

    @Option(names = "--days", paramLabel = "D", defaultValue = "7",
            description = "Days the events are spread over, ending at --end (default 7).")
    int days;

    @Option(names = "--seed", paramLabel = "X", defaultValue = "42", description = "Random seed (default 42).")
    long seed;

    @Option(names = "--end", paramLabel = "TS",
            description = "RFC 3339 time of the last event (default: now, truncated to the minute); "
                    + "give it for reproducible output.")
    String end;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write NDJSON to this file instead of storing the events.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Instant endTime = end == null ? DemoDataGenerator.defaultEnd(Clock.systemUTC()) : Timestamps.parse("end", end);
        DemoDataGenerator.Settings settings = new DemoDataGenerator.Settings(events, sessions, days, seed, endTime);
        if (settings.start().isBefore(Timestamps.EARLIEST)) {
            throw new UserError("--end " + Timestamps.format(endTime) + " minus --days " + days + " starts before "
                    + Timestamps.format(Timestamps.EARLIEST) + ", the earliest time an event may have",
                    ExitCodes.USAGE);
        }
        DemoDataGenerator generator = new DemoDataGenerator(settings);
        String what = "generated " + events + " events (" + sessions + " sessions, " + days + " days until "
                + Timestamps.format(endTime) + ", seed " + seed + ")";
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            writeFile(generator);
            stdout.println(what + " to " + out);
        } else {
            try (Database database = store.open()) {
                database.access().requireAppend();
                EventStore events = database.events();
                AppendResult stored = append(events, generator);
                stdout.println(what + " into " + events.info().displayName() + ": inserted " + stored.inserted()
                        + ", duplicates " + stored.duplicates());
            }
        }
        return ExitCodes.OK;
    }

    private AppendResult append(EventStore target, DemoDataGenerator generator) {
        boolean terminal = System.console() != null;
        PrintWriter err = spec.commandLine().getErr();
        List<Event> batch = new ArrayList<>(EventImporter.BATCH_SIZE);
        AppendResult stored = AppendResult.NONE;
        for (Event event : generator) {
            batch.add(event);
            if (batch.size() == EventImporter.BATCH_SIZE) {
                stored = stored.plus(target.append(batch));
                batch.clear();
                if (terminal) {
                    err.print("\rstored " + (stored.inserted() + stored.duplicates()) + " of " + events);
                    err.flush();
                }
            }
        }
        stored = stored.plus(target.append(batch));
        if (terminal) {
            err.println();
        }
        return stored;
    }

    /** Writes the NDJSON through {@link OutputFile}: complete or not at all, never over a device or folder. */
    private void writeFile(DemoDataGenerator generator) {
        try {
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            OutputFile.write(out, stream -> {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                for (Event event : generator) {
                    writer.write(EventJson.toJson(event));
                    writer.write('\n');
                }
                writer.flush();
                return null;
            });
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getClass().getSimpleName() + " " + e.getMessage(),
                    ExitCodes.USAGE);
        }
    }
}
