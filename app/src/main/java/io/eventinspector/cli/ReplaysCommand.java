package io.eventinspector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.Timestamps;
import io.eventinspector.replay.ReplayHistory;
import io.eventinspector.replay.ReplayHistoryJson;
import io.eventinspector.replay.ReplayRecord;
import io.eventinspector.secrets.Redaction;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "replays", description = {
        "Lists past replays, newest first; --id prints one replay with every delivery attempt as JSON.",
        "Credentials in targets and messages (user info, token/key/secret parameters) are shown as ***.",
        "Exit 1 when --id names no replay."})
final class ReplaysCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--id", paramLabel = "REPLAY_ID", description = "Show this replay and its attempts.")
    String id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many to list (default 50).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        if (limit < 1) {
            throw new UserError("--limit must be 1 or more, got " + limit, ExitCodes.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = store.openServices(AppConfig.fromSystem())) {
            // A gateway's database holds no history: Services reads it from the user's own store then.
            ReplayHistory history = services.replayHistory();
            if (id != null) {
                ReplayRecord replay = history.find(id)
                        .orElseThrow(() -> new UserError("replay not found: " + id, ExitCodes.PARTIAL));
                out.println(Redaction.text(EventJson.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(ReplayHistoryJson.withAttempts(replay, history.attempts(id)))));
                return ExitCodes.OK;
            }
            out.printf("%-30s  %-24s  %-10s  %-7s  %-40s  %s%n", "REPLAY", "STARTED (UTC)", "BY", "DRY RUN",
                    "TARGET", "RESULT");
            for (ReplayRecord replay : history.recent(limit)) {
                out.printf("%-30s  %-24s  %-10s  %-7s  %-40s  %s%n", replay.id(),
                        Timestamps.format(replay.startedAt()), replay.initiator(), replay.dryRun() ? "yes" : "no",
                        Redaction.url(replay.target().orElse("-")), Redaction.text(replay.outcome().message()));
            }
        }
        return ExitCodes.OK;
    }
}
