package io.eventinspector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.event.Validation;
import io.eventinspector.trace.AmbiguousMessageException;
import io.eventinspector.trace.MessageTrace;
import io.eventinspector.trace.TraceJson;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "trace", description = {
        "What happened to one message: its event and every receipt, reaction and failure of it, oldest first, with "
                + "the delay since the message, the highest status reached, per participant in a group, and its "
                + "anomalies (stuck, failed, out_of_order, duplicate, disconnected, orphan).",
        "On a gateway's own database (no message index) the events are found by a bounded scan: the newest event "
                + "naming the id and the 7 days before it.",
        "Exit 1 when no event of the message is stored; 2 when the id is in several sessions and no --session-id "
                + "is given."})
final class TraceCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "MESSAGE_ID", description = "The WhatsApp message id (message_id, key.id, …).")
    String messageId;

    @Option(names = "--session-id", paramLabel = "ID",
            description = "The session the message is in (ids are unique per chat, not globally).")
    String sessionId;

    @Mixin
    TraceOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        AppConfig config = AppConfig.fromSystem();
        Duration stuckAfter = options.stuckAfter(config);
        String message = Validation.messageId("MESSAGE_ID", messageId);
        Optional<String> session = Optional.ofNullable(sessionId).filter(id -> !id.isEmpty())
                .map(id -> Validation.sessionId("--session-id", id));
        try (Services services = store.openServices(config)) {
            MessageTrace trace;
            try {
                trace = services.traces().trace(message, session, stuckAfter)
                        .orElseThrow(() -> new UserError("message not found: " + Validation.printable(message)
                                + session.map(id -> " in session " + Validation.printable(id)).orElse(""),
                                ExitCodes.PARTIAL));
            } catch (AmbiguousMessageException e) {
                throw new UserError(Validation.printable(e.getMessage()), ExitCodes.USAGE);
            }
            if (options.json()) {
                TraceOptions.printJson(spec.commandLine().getOut(), TraceJson.trace(trace));
            } else {
                TraceTable.print(spec.commandLine().getOut(), trace);
            }
        }
        return ExitCodes.OK;
    }
}
