package io.eventinspector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.EventQuery;
import io.eventinspector.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's reading of its input: what it takes, what it refuses line by line, and what it counts. */
class EventImporterTest {
    private static final String A = "{\"type\":\"message.sent\",\"session_id\":\"s1\",\"data\":{\"b\":\"x\",\"a\":1},"
            + "\"timestamp\":\"2026-02-03T10:00:00Z\"}";
    private static final String B = "{\"type\":\"message.sent\",\"session_id\":\"s1\",\"data\":{\"a\":2},"
            + "\"timestamp\":\"2026-02-03T10:00:00Z\"}";
    private static final String C = "{\"id\":\"c\",\"type\":\"message.sent\",\"session_id\":\"s2\",\"data\":null,"
            + "\"timestamp\":\"2026-02-01T10:00:00Z\"}";

    @TempDir
    Path folder;

    private Database database;
    private final List<String> rejected = new ArrayList<>();
    private final EventImporter.Listener listener = new EventImporter.Listener() {
        @Override
        public void rejected(long line, String reason) {
            rejected.add(line + ": " + reason);
        }
    };

    @BeforeEach
    void open() {
        database = TestDatabases.sqlite(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private EventImporter importer(int maxLineBytes) {
        return new EventImporter(database.events(), new EventJson(Clock.systemUTC()), maxLineBytes);
    }

    private EventImporter.Summary importText(String text) {
        return importer(EventImporter.MAX_LINE_BYTES).importFrom(input(text), false, listener);
    }

    private static InputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Event> stored() {
        return database.events().query(EventQuery.all()).events();
    }

    @Test
    void reimportingEventsWithoutAnIdCountsThemAsDuplicates() {
        EventImporter.Summary first = importText(A + "\n" + B + "\n" + C + "\n");
        // The same events again, with the data's keys in another order and spaces: still the same events.
        EventImporter.Summary second = importText("[" + A.replace("{\"b\":\"x\",\"a\":1}", "{ \"a\": 1, \"b\": \"x\" }")
                + ",\n" + B + ",\n" + C + "]");

        assertThat(first).isEqualTo(new EventImporter.Summary(3, 0, 0));
        assertThat(second).isEqualTo(new EventImporter.Summary(0, 3, 0));
        assertThat(stored()).hasSize(3);
    }

    @Test
    void aLineOverTheLimitIsRejectedWithItsNumberAndTheNextLinesAreImported() {
        String huge = "{\"type\":\"t\",\"session_id\":\"s\",\"data\":\"" + "x".repeat(5_000)
                + "\",\"timestamp\":\"2026-02-03T10:00:00Z\"}";
        String exactlyAtTheLimit = A.replace("\"x\"", "\"" + "y".repeat(1_025 - A.length()) + "\"");

        EventImporter.Summary summary = importer(1_024).importFrom(
                input(C + "\r\n" + huge + "\r\n" + exactlyAtTheLimit + "\r\n" + B), false, listener);

        assertThat(exactlyAtTheLimit).hasSize(1_024);
        assertThat(summary).isEqualTo(new EventImporter.Summary(3, 0, 1));
        assertThat(rejected).containsExactly("2: line is " + (huge.length() + 1) + " bytes long, at most 1024 allowed;"
                + " skipped");
    }

    @Test
    void aLineLongerThanElevenMebibytesIsSkippedWithoutHoldingIt() {
        long length = EventImporter.MAX_LINE_BYTES + (1L << 20);
        InputStream hugeLine = new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] bytes, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                java.util.Arrays.fill(bytes, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        InputStream input = new SequenceInputStream(Collections.enumeration(List.of(input(A + "\n"), hugeLine,
                input("\n" + B + "\n"))));

        EventImporter.Summary summary = new EventImporter(database.events(), new EventJson(Clock.systemUTC()))
                .importFrom(input, false, listener);

        assertThat(summary).isEqualTo(new EventImporter.Summary(2, 0, 1));
        assertThat(rejected).containsExactly("2: line is " + length + " bytes long, at most 11534336 allowed; skipped");
    }

    @Test
    void contentAfterTheEventOnALineIsInvalidJson() {
        EventImporter.Summary summary = importText(A + " " + B + "\n" + B + " x\n" + C + " \t\n");

        assertThat(summary).isEqualTo(new EventImporter.Summary(1, 0, 2));
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0)).startsWith("1: invalid JSON: content after the event at column " + (A.length() + 2));
        assertThat(rejected.get(1)).startsWith("2: invalid JSON: Unrecognized token 'x'");
    }

    @Test
    void aRepeatedFieldIsInvalidJsonNotTheLastValueWins() {
        String twoIds = "{\"id\":\"evt_a\",\"id\":\"evt_b\",\"type\":\"message.sent\",\"session_id\":\"s1\","
                + "\"timestamp\":\"2026-03-01T00:00:00Z\"}";

        EventImporter.Summary summary = importText(twoIds + "\n[" + twoIds + "]\n");

        assertThat(summary.imported()).isZero();
        assertThat(rejected).hasSize(2).allSatisfy(line -> assertThat(line).contains("Duplicate field 'id'"));
    }

    @Test
    void contentAfterTheArrayIsInvalidJson() {
        EventImporter.Summary summary = importText("[" + A + ",\n" + B + "]\n" + C);

        assertThat(summary).isEqualTo(new EventImporter.Summary(2, 0, 1));
        assertThat(rejected).containsExactly("3: invalid JSON: content after the end of the array");
        assertThat(importText("[" + C + "] garbage").rejected()).isEqualTo(1);
        assertThat(rejected.get(1)).startsWith("1: invalid JSON: Unrecognized token 'garbage'");
    }

    @Test
    void inStrictModeContentAfterTheArrayImportsNothing() {
        assertThatThrownBy(() -> importer(EventImporter.MAX_LINE_BYTES).importFrom(input("[" + A + "] []"), true,
                listener)).isInstanceOf(EventImporter.StrictImportException.class)
                .hasMessage("line 1: invalid JSON: content after the end of the array (strict import: nothing was "
                        + "imported)");
        assertThat(stored()).isEmpty();
    }

    @Test
    void anArrayElementOverTheLimitEndsTheArrayWithItsLine() {
        String huge = "{\"type\":\"t\",\"session_id\":\"s\",\"data\":[" + "1,".repeat(40_000)
                + "1],\"timestamp\":\"2026-02-03T10:00:00Z\"}";

        EventImporter.Summary summary = importer(16_384).importFrom(input("[" + A + ",\n" + huge + ",\n" + B + "]"),
                false, listener);

        assertThat(summary).isEqualTo(new EventImporter.Summary(1, 0, 1));
        assertThat(rejected).containsExactly("2: event is longer than 16384 bytes; the rest of the array cannot be "
                + "read");
    }

    @Test
    void countsTheImportedEventsBeforeTheCutoffButNotTheDuplicates() {
        importText(C);
        String old = A.replace("2026-02-03T10:00:00Z", "2026-01-01T00:00:00Z");

        EventImporter.Summary summary = importer(EventImporter.MAX_LINE_BYTES).importFrom(
                input(old + "\n" + C + "\n" + B + "\n"), false, Optional.of(Instant.parse("2026-02-02T00:00:00Z")),
                listener);

        assertThat(summary).isEqualTo(new EventImporter.Summary(2, 1, 0, 1));
    }
}
