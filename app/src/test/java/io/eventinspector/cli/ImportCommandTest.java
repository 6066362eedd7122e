package io.eventinspector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.eventinspector.config.AppConfig;
import io.eventinspector.config.RetentionConfig;
import io.eventinspector.config.UserRetentionPreferences;
import io.eventinspector.event.Timestamps;
import io.eventinspector.retention.RetentionOverrides;
import io.eventinspector.retention.RetentionSettings;
import io.eventinspector.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import as a user runs it: id-less events re-imported, history older than the retention, impossible times. */
class ImportCommandTest {
    @TempDir
    Path folder;

    private String db() {
        return folder.resolve("events.db").toString();
    }

    private static String idLess(String session, Instant at) {
        return "{\"type\":\"message.sent\",\"session_id\":\"" + session + "\",\"data\":{\"body\":\"hi\"},"
                + "\"timestamp\":\"" + Timestamps.format(at) + "\"}";
    }

    @Test
    void reimportingEventsWithoutIdsCountsDuplicatesAndWarnsOnlyAboutNewlyImportedOldOnes() throws Exception {
        RetentionSettings retention = AppConfig.fromSystem().retention(UserRetentionPreferences.forCurrentUser(),
                RetentionOverrides.NONE);
        assumeTrue(retention.enabled() && retention.deletes(), "retention keeps events forever here");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant old = now.minus(Duration.ofDays(retention.retentionDays() + 10L));
        Path file = Files.write(folder.resolve("dump.ndjson"), List.of(idLess("s1", old), idLess("s2", old),
                idLess("s1", now.minus(Duration.ofHours(1)))));

        CliRun.Result first = CliRun.once("import", "--db", db(), file.toString());
        CliRun.Result second = CliRun.once("import", "--db", db(), file.toString());

        assertThat(first.exit()).isZero();
        assertThat(first.outLines()).containsExactly("imported 3, duplicates 0, rejected 0");
        assertThat(first.errLines()).singleElement().asString()
                .startsWith("warning: 2 imported events are older than the retention period of "
                        + retention.retentionDays() + " days (before ")
                .contains("the next cleanup deletes them", RetentionConfig.RETENTION_DAYS + "=0 (keep forever)");
        assertThat(second.exit()).isZero();
        assertThat(second.outLines()).containsExactly("imported 0, duplicates 3, rejected 0");
        assertThat(second.err()).isEmpty();
    }

    @Test
    void theWarningSaysWhenAndHowToKeepThem() {
        RetentionSettings settings = RetentionSettings.DEFAULTS;

        assertThat(ImportCommand.expiryWarning(1, settings, Instant.parse("2026-01-04T10:00:00Z"))).isEqualTo(
                "warning: 1 imported event is older than the retention period of 30 days (before "
                        + "2026-01-04T10:00:00Z): the next cleanup deletes it (serve and the window clean up at start "
                        + "once 02:00 UTC has passed, then daily); to keep it, set WHATSAPP_EVENTS_RETENTION_DAYS=0 "
                        + "(keep forever) or a longer period before they run");
    }

    @Test
    void timesOutsideTheRangeAreRejectedInFilesAndOptionsNamingFieldAndRange() throws Exception {
        Path file = Files.write(folder.resolve("far.ndjson"), List.of(
                "{\"id\":\"far\",\"type\":\"t\",\"session_id\":\"s\",\"timestamp\":\"+292278995-01-01T00:00:00Z\"}",
                "{\"id\":\"ok\",\"type\":\"t\",\"session_id\":\"s\",\"timestamp\":\""
                        + Timestamps.format(Instant.now()) + "\"}"));

        CliRun.Result imported = CliRun.once("import", "--db", db(), file.toString());
        CliRun.Result query = CliRun.once("query", "--db", db(), "--until", "+10000-01-01T00:00:00Z");
        CliRun.Result export = CliRun.once("export", "--db", db(), "--since", "1969-12-31T23:59:59Z");

        assertThat(imported.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(imported.errLines()).containsExactly("line 1: timestamp +292278995-01-01T00:00:00Z is out of "
                + "range: allowed are times from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (UTC)");
        assertThat(query.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(query.errLines()).containsExactly("error: until +10000-01-01T00:00:00Z is out of range: allowed "
                + "are times from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (UTC)");
        assertThat(export.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(export.err()).startsWith("error: since 1969-12-31T23:59:59Z is out of range");
    }

    @Test
    void aFolderOrAnUnreadableFileIsOneLineNotAStackTrace() throws Exception {
        Path unreadable = Files.writeString(folder.resolve("secret.ndjson"), "{}");
        unreadable.toFile().setReadable(false);

        CliRun.Result folderResult = CliRun.once("import", "--db", db(), folder.toString());

        assertThat(folderResult.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(folderResult.errLines()).containsExactly("error: cannot import " + folder + ": it is a folder");
        if (!Files.isReadable(unreadable)) { // root reads everything
            CliRun.Result denied = CliRun.once("import", "--db", db(), unreadable.toString());
            assertThat(denied.exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(denied.errLines()).singleElement().asString().startsWith("error: cannot import " + unreadable
                    + ": AccessDeniedException");
        }
    }

    @Test
    void generateRefusesToStartBefore1970() {
        CliRun.Result result = CliRun.once("generate", "--db", db(), "--events", "10", "--days", "7", "--end",
                "1970-01-03T00:00:00Z");

        assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).containsExactly("error: --end 1970-01-03T00:00:00Z minus --days 7 starts "
                + "before 1970-01-01T00:00:00Z, the earliest time an event may have");
    }

    @Test
    void escapeSequencesInImportedValuesNeverReachTheTerminalRaw() throws Exception {
        Path file = Files.write(folder.resolve("esc.ndjson"), List.of(
                "{\"id\":\"\\u001b[2Jid\",\"type\":\"t\",\"session_id\":\"\\u001b]0;title\\u0007\","
                        + "\"timestamp\":\"" + Timestamps.format(Instant.now()) + "\"}",
                "{\"id\":\"x\",\"type\":\"\\u001b[31mred\",\"session_id\":\"s\","
                        + "\"timestamp\":\"2026-01-01T00:00:00Z\"}"));

        CliRun.Result imported = CliRun.once("import", "--db", db(), file.toString());
        CliRun.Result table = CliRun.once("query", "--db", db(), "--format", "table");

        assertThat(imported.errLines()).contains("line 2: invalid type \"\\u001b[31mred\": only lowercase letters, "
                + "digits and _ . - are allowed");
        assertThat(table.out()).contains("\\u001b[2Jid", "\\u001b]0;title\\u0007");
        assertThat(imported.err() + table.out()).doesNotContain("\u001b", "\u0007");
    }
}
