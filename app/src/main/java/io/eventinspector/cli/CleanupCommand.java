package io.eventinspector.cli;

import io.eventinspector.Services;
import io.eventinspector.config.AppConfig;
import io.eventinspector.config.UserRetentionPreferences;
import io.eventinspector.retention.CleanupRun;
import io.eventinspector.retention.EventCleanup;
import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.retention.RetentionSettings;
import io.eventinspector.store.Database;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cleanup", description = {
        "Deletes events older than the retention period now, in short batches (the same cleanup the daily job runs).",
        "Retention: --retention-days, else $WHATSAPP_EVENTS_RETENTION_DAYS, else the saved preference, else 30;"
                + " 0 keeps events forever."})
final class CleanupCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--retention-days", paramLabel = "N", description = "Keep the last N days (0 = keep forever).")
    Integer retentionDays;

    @Option(names = "--dry-run", description = "Only count what would be deleted.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RetentionOverrides flags = Optional.ofNullable(retentionDays).map(RetentionOverrides::retentionDays)
                .orElse(RetentionOverrides.NONE);
        // Settings first: a bad variable is reported before any store is opened.
        AppConfig config = AppConfig.fromSystem();
        RetentionSettings settings = config.retention(UserRetentionPreferences.forCurrentUser(), flags);
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = store.openServices(config)) {
            Database database = services.database();
            EventCleanup cleanup = services.cleanup();
            int days = settings.retentionDays();
            if (!dryRun && database.access().isGateway()) {
                database.access().requireDelete();
                confirmGatewayCleanup(database, cleanup, days);
            }
            if (dryRun) {
                out.println("would delete " + cleanup.countDeletable(days) + " events");
            } else {
                CleanupRun run = cleanup.run(days, CleanupRun.Trigger.MANUAL, deleted -> { });
                out.println("deleted " + run.deleted() + " events");
            }
        }
        return ExitCodes.OK;
    }

    /** Deleting from the gateway's own table is never done by accident: a person must type "yes" at a terminal. */
    private static void confirmGatewayCleanup(Database database, EventCleanup cleanup, int days) {
        java.io.Console console = System.console();
        if (console == null) {
            throw new UserError("cleanup of the gateway database " + database.where()
                    + " needs a confirmation typed at a terminal", ExitCodes.USAGE);
        }
        String answer = console.readLine("Delete %d events older than %s from the gateway's own table in %s? "
                + "Type yes to go on: ", cleanup.countDeletable(days),
                io.eventinspector.event.Timestamps.format(cleanup.cutoff(days)), database.where());
        if (answer == null || !answer.strip().equals("yes")) {
            throw new UserError("cleanup cancelled: nothing was deleted", ExitCodes.PARTIAL);
        }
    }
}
