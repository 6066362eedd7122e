package io.eventinspector.cli;

import io.eventinspector.event.EventJson;
import io.eventinspector.store.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "get", description = "Prints one event as JSON; exit 1 when it does not exist.")
final class GetCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database database = store.open()) {
            var event = database.events().get(id)
                    .orElseThrow(() -> new UserError("event not found: " + id, ExitCodes.PARTIAL));
            spec.commandLine().getOut().println(EventJson.toJson(event));
        }
        return ExitCodes.OK;
    }
}
