package io.eventinspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.EventType;
import io.eventinspector.event.Validation;
import io.eventinspector.event.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {
    private static final Instant END = Instant.parse("2026-02-03T12:00:00Z");
    private static final ObjectMapper MAPPER = EventJson.mapper();
    /** SHA-256 of the 2,000 events of seed 7 until {@link #END}, as generated since the delivery model came in. */
    private static final String PINNED_SHA256 = "a84e2ac268ffa052af8e9d961ce8fa97b4d408066522a1011c1bffe2fb9ab5fc";

    private static List<String> ndjson(DemoDataGenerator.Settings settings) {
        List<String> lines = new ArrayList<>();
        new DemoDataGenerator(settings).forEach(event -> lines.add(EventJson.toJson(event)));
        return lines;
    }

    @Test
    void sameSeedAndEndGiveIdenticalEventsAndEitherChangeGivesOthers() {
        var settings = new DemoDataGenerator.Settings(3_000, 4, 3, 7, END);

        List<String> first = ndjson(settings);

        assertThat(first).hasSize(3_000);
        assertThat(ndjson(settings)).isEqualTo(first);
        assertThat(ndjson(new DemoDataGenerator.Settings(3_000, 4, 3, 8, END))).isNotEqualTo(first);
        assertThat(ndjson(new DemoDataGenerator.Settings(3_000, 4, 3, 7, END.plusSeconds(60))))
                .isNotEqualTo(first);
    }

    /**
     * Pins the exact output of one small set, so a refactoring of the generator provably changes no byte
     * (the test above only compares two runs of the same code with each other). The fields are hashed
     * directly, so a change to the NDJSON writer does not count as a change of the generated events.
     */
    @Test
    void aFixedSeedAndEndGiveTheSameBytesAsAlways() throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        for (Event event : new DemoDataGenerator(new DemoDataGenerator.Settings(2_000, 4, 3, 7, END))) {
            String fields = String.join("\t", event.id(), event.type(), event.sessionId(),
                    event.timestamp().toString(), event.dataJson());
            digest.update((fields + "\n").getBytes(StandardCharsets.UTF_8));
        }

        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(PINNED_SHA256);
    }

    @Test
    void everyIteratorStartsAgainFromTheFirstEvent() {
        var generator = new DemoDataGenerator(new DemoDataGenerator.Settings(50, 2, 1, 1, END));

        assertThat(generator.iterator().next()).isEqualTo(generator.iterator().next());
    }

    @Test
    void coversEveryKnownTypeAcrossTheSessionsInTimeOrderWithinTheRange() {
        var settings = new DemoDataGenerator.Settings(30_000, 5, 7, 42, END);
        Map<String, Integer> perType = new HashMap<>();
        Set<String> sessions = new HashSet<>();
        Event previous = null;
        long payloadBytes = 0;
        for (Event event : new DemoDataGenerator(settings)) {
            perType.merge(event.type(), 1, Integer::sum);
            sessions.add(event.sessionId());
            assertThat(event.timestamp()).isBetween(settings.start(), END);
            if (previous != null) {
                assertThat(event.timestamp()).isAfterOrEqualTo(previous.timestamp());
                if (event.timestamp().isAfter(previous.timestamp())) {
                    assertThat(event.id()).isGreaterThan(previous.id());
                }
            }
            assertThat(Validation.id("id", event.id())).startsWith("evt_");
            Validation.type("type", event.type());
            payloadBytes += event.dataJson().getBytes(StandardCharsets.UTF_8).length;
            previous = event;
        }

        assertThat(perType.keySet()).containsExactlyInAnyOrderElementsOf(EventType.KNOWN);
        assertThat(perType.get("message.received")).isGreaterThan(perType.get("presence.update"));
        assertThat(sessions).hasSize(5);
        assertThat(payloadBytes / 30_000).as("average payload bytes").isBetween(300L, 900L);
    }

    @Test
    void receiptsAndReactionsPointAtEarlierMessagesOfTheSameSessionOrNowAndThenAtOnesNotInTheStore()
            throws Exception {
        Map<String, String> messageSession = new HashMap<>();
        Set<String> notYetSeen = new HashSet<>();
        int references = 0;
        for (Event event : new DemoDataGenerator(new DemoDataGenerator.Settings(20_000, 3, 2, 99, END))) {
            JsonNode data = MAPPER.readTree(event.dataJson());
            String messageId = data.path("message_id").asText(null);
            switch (event.type()) {
                case "message.received", "message.sent" -> {
                    assertThat(data.path("from").asText()).matches("\\d{10,15}@s\\.whatsapp\\.net");
                    assertThat(data.path("to").asText()).contains("@");
                    messageSession.put(messageId, event.sessionId());
                }
                case "message.delivered", "message.read", "message.played", "message.failed", "message.reaction" -> {
                    if (messageSession.containsKey(messageId)) {
                        assertThat(messageSession.get(messageId)).as(event.id()).isEqualTo(event.sessionId());
                    } else {
                        notYetSeen.add(messageId);
                    }
                    references++;
                }
                default -> {
                }
            }
        }
        assertThat(references).isGreaterThan(5_000);
        // Orphans: their message never comes, not even later (messages sent before the generated range).
        assertThat(notYetSeen).isNotEmpty().hasSizeLessThan(references / 50).doesNotContainAnyElementsOf(
                messageSession.keySet());
    }

    @Test
    void bodiesAreVariedAndIncludeUnicodeAndSupportWords() throws Exception {
        Set<String> bodies = new HashSet<>();
        for (Event event : new DemoDataGenerator(new DemoDataGenerator.Settings(5_000, 2, 1, 3, END))) {
            JsonNode body = MAPPER.readTree(event.dataJson()).path("body");
            if (body.isTextual()) {
                bodies.add(body.textValue());
            }
        }
        assertThat(bodies).hasSizeGreaterThan(500);
        assertThat(bodies).anyMatch(body -> body.contains("refund"));
        assertThat(bodies).anyMatch(body -> body.contains("Rückerstattung"));
        assertThat(bodies).anyMatch(body -> body.codePoints().anyMatch(c -> c > 0xFFFF));
    }

    @Test
    void settingsNameTheBadValue() {
        assertThatThrownBy(() -> new DemoDataGenerator.Settings(-1, 1, 1, 0, END))
                .hasMessage("events must be 0 or more, got -1");
        assertThatThrownBy(() -> new DemoDataGenerator.Settings(1, 0, 1, 0, END))
                .isInstanceOf(ValidationException.class)
                .hasMessage("sessions must be between 1 and 1000, got 0");
        assertThatThrownBy(() -> new DemoDataGenerator.Settings(1, 1, 0, 0, END))
                .hasMessage("days must be between 1 and 3650, got 0");
    }

    @Test
    void theDefaultEndIsNowTruncatedToTheMinute() {
        var clock = java.time.Clock.fixed(Instant.parse("2026-02-03T10:30:59.999Z"), java.time.ZoneOffset.UTC);

        assertThat(DemoDataGenerator.defaultEnd(clock)).isEqualTo(Instant.parse("2026-02-03T10:30:00Z"));
    }
}
