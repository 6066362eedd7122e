package io.eventinspector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.event.EventQuery;
import io.eventinspector.trace.DeliveryHealth;
import io.eventinspector.trace.TraceJson;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "health", description = {
        "Delivery health of the messages the filters select: outgoing and incoming counts; delivered, read, "
                + "failed, stuck and pending counts and rates; time to delivered and to read (p50, p95, max); "
                + "orphan receipts; the sessions' disconnected intervals; the problem messages, worst first.",
        "--type and --text select the message events (message.sent, message.received) counted.",
        "On a gateway's own database (no message index) it is computed from a bounded scan and says so."})
final class HealthCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    FilterOptions filters;

    @Mixin
    TraceOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        AppConfig config = AppConfig.fromSystem();
        Duration stuckAfter = options.stuckAfter(config);
        EventQuery query = filters.toBuilder().build();
        try (Services services = store.openServices(config)) {
            DeliveryHealth health = services.traces().health(query, stuckAfter, seen -> { });
            if (options.json()) {
                TraceOptions.printJson(spec.commandLine().getOut(), TraceJson.health(health));
            } else {
                HealthTable.print(spec.commandLine().getOut(), health, stuckAfter);
            }
        }
        return ExitCodes.OK;
    }
}
