package io.eventinspector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.event.EventJson;
import io.eventinspector.replay.ReplayControl;
import io.eventinspector.replay.ReplayInitiator;
import io.eventinspector.replay.ReplayRequest;
import io.eventinspector.replay.ReplayResult;
import io.eventinspector.secrets.Redaction;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "replay", description = {
        "Delivers the newest 1000 matching events, oldest first, to the webhook ($WHATSAPP_WEBHOOK_URL or "
                + "--webhook-url) and prints the result as JSON.",
        "Exit 0 when every event was delivered, 1 when some failed (or Ctrl-C stopped it)."})
final class ReplayCommand implements Callable<Integer> {
    /** How long Ctrl-C waits for the replay to stop and record its result. */
    private static final long STOP_WAIT_SECONDS = 30;

    @Mixin
    StoreOption store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--dry-run", description = "Send nothing; print what would be replayed and the first request.")
    boolean dryRun;

    @Option(names = "--webhook-url", paramLabel = "URL", description = "Deliver here instead of $WHATSAPP_WEBHOOK_URL.")
    String webhookUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        ReplayRequest request = new ReplayRequest(filters.toBuilder().build(), dryRun, Optional.ofNullable(webhookUrl)
                .map(url -> ReplayRequest.webhookUrl("--webhook-url", url)));
        ProgressLine line = new ProgressLine(spec.commandLine().getErr());
        ReplayControl control = new ReplayControl(progress -> line.show("replayed " + progress.done() + "/"
                + progress.total() + ", failed " + progress.failed()));
        CountDownLatch finished = new CountDownLatch(1);
        Thread stopOnInterrupt = new Thread(() -> {
            control.cancel();
            try {
                finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "replay-stop");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        ReplayResult result;
        try (Services services = store.openServices(AppConfig.fromSystem())) {
            result = services.replay().replay(request, ReplayInitiator.cli(), control);
        } finally {
            finished.countDown();
            removeHook(stopOnInterrupt);
        }
        if (!dryRun) {
            line.end();
        }
        // The target and delivery errors may quote the webhook URL with its token.
        spec.commandLine().getOut().println(Redaction.text(EventJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(result)));
        return result.success() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting (Ctrl-C); the hook is running and will see the replay finished.
        }
    }
}
