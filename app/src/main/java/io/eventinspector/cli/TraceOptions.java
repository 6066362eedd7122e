package io.eventinspector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.Env;
import io.eventinspector.config.UserTracePreferences;
import io.eventinspector.event.EventJson;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options {@code trace} and {@code health} share: the stuck-after threshold and the output format. */
public final class TraceOptions {
    enum Format { TABLE, JSON }

    @Option(names = "--stuck-after", paramLabel = "DURATION",
            description = "An outgoing message not delivered this long counts as stuck, when the store holds later "
                    + "events of its session (Go duration: 90s, 5m, 1h30m; default: the saved preference, else "
                    + "$WHATSAPP_TRACE_STUCK_AFTER, else 5m).")
    String stuckAfter;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    Format format;

    /** The threshold for this run; a bad flag or variable is a one-line error naming it. */
    Duration stuckAfter(AppConfig config) {
        Optional<Duration> flag = Optional.ofNullable(stuckAfter)
                .map(value -> Env.parseDuration("--stuck-after", value));
        return config.traceStuckAfter(flag, UserTracePreferences.forCurrentUser().load());
    }

    boolean json() {
        return format == Format.JSON;
    }

    static void printJson(PrintWriter out, JsonNode node) throws JsonProcessingException {
        out.println(EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }
}
