package io.eventinspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo data shows every delivery anomaly the message trace reports, at the rates the generator documents.
 * Each is found in the generated events by a small check of its own here, written from the anomaly's definition,
 * not from the generator's code.
 */
class DemoDeliveryTest {
    private static final Instant END = Instant.parse("2026-02-03T12:00:00Z");
    private static final long EVENTS = 20_000;
    private static final Duration STUCK_AFTER = Duration.ofMinutes(5);
    private static final List<String> RECEIPT_TYPES = List.of(
            "message.delivered", "message.read", "message.played", "message.failed");

    /** A stored event with its parsed data and its place in the stream. */
    private record Stored(int index, Event event, JsonNode data) {
        String type() {
            return event.type();
        }

        Instant at() {
            return event.timestamp();
        }

        String from() {
            return data.path("from").asText();
        }

        List<String> messageIds() {
            List<String> ids = new ArrayList<>();
            data.path("message_ids").forEach(id -> ids.add(id.asText()));
            return ids.isEmpty() ? List.of(data.path("message_id").asText()) : ids;
        }
    }

    /** A message event and the receipts stored for it, in stream order. */
    private record Traced(Stored message, List<Stored> receipts) {
        boolean outgoing() {
            return message.type().equals("message.sent");
        }

        Stream<Stored> receipts(String type) {
            return receipts.stream().filter(receipt -> receipt.type().equals(type));
        }

        Stored firstDelivery() {
            return receipts.stream().filter(receipt -> List.of("message.delivered", "message.read", "message.played")
                    .contains(receipt.type())).findFirst().orElse(null);
        }
    }

    private static List<Stored> events;
    private static Map<String, Traced> messages;
    private static List<Stored> receipts;
    private static List<Stored> orphans;

    @BeforeAll
    static void generate() throws Exception {
        events = new ArrayList<>();
        messages = new HashMap<>();
        receipts = new ArrayList<>();
        for (Event event : new DemoDataGenerator(settings())) {
            var stored = new Stored(events.size(), event, EventJson.mapper().readTree(event.dataJson()));
            events.add(stored);
            if (event.type().equals("message.sent") || event.type().equals("message.received")) {
                messages.put(key(event.sessionId(), stored.data.path("message_id").asText()),
                        new Traced(stored, new ArrayList<>()));
            }
        }
        orphans = new ArrayList<>();
        for (Stored stored : events) {
            boolean receipt = RECEIPT_TYPES.contains(stored.type());
            if (!receipt && !stored.type().equals("message.reaction")) {
                continue;
            }
            if (receipt) {
                receipts.add(stored);
            }
            boolean orphan = false;
            for (String id : stored.messageIds()) {
                Traced message = messages.get(key(stored.event.sessionId(), id));
                if (message == null) {
                    orphan = true;
                } else if (receipt) {
                    message.receipts.add(stored);
                }
            }
            if (orphan) {
                orphans.add(stored);
            }
        }
    }

    private static DemoDataGenerator.Settings settings() {
        return new DemoDataGenerator.Settings(EVENTS, 3, 2, 99, END);
    }

    private static String key(String session, String messageId) {
        return session + "/" + messageId;
    }

    private static List<Traced> outgoing(Predicate<Traced> matching) {
        return messages.values().stream().filter(Traced::outgoing).filter(matching).toList();
    }

    private static double shareOfOutgoing(Predicate<Traced> matching) {
        return (double) outgoing(matching).size() / outgoing(message -> true).size();
    }

    private static Instant lastEventOf(String session) {
        Instant last = Instant.MIN;
        for (Stored stored : events) {
            if (stored.event.sessionId().equals(session)) {
                last = stored.at();
            }
        }
        return last;
    }

    @Test
    void theSameSeedGivesTheSameAnomaliesEventForEvent() {
        List<Event> again = new ArrayList<>();
        new DemoDataGenerator(settings()).forEach(again::add);

        assertThat(again).isEqualTo(events.stream().map(Stored::event).toList());
    }

    @Test
    void someMessagesAreStuckNeverDeliveredWhileTheirSessionGoesOnForMoreThanTheThreshold() {
        Map<String, Instant> lastEvent = new HashMap<>();
        messages.values().forEach(m -> lastEvent.computeIfAbsent(m.message.event.sessionId(),
                DemoDeliveryTest::lastEventOf));

        var stuck = outgoing(message -> message.receipts.isEmpty()
                && lastEvent.get(message.message.event.sessionId()).isAfter(message.message.at().plus(STUCK_AFTER)));

        assertThat(stuck).isNotEmpty();
        assertThat(shareOfOutgoing(stuck::contains)).as("stuck share").isBetween(0.005, 0.03);
    }

    @Test
    void someMessagesFailWithAReasonAndGetNoOtherReceipt() {
        var failed = outgoing(message -> message.receipts("message.failed").findAny().isPresent());

        assertThat(failed).isNotEmpty().allSatisfy(message -> {
            assertThat(message.receipts).hasSize(1);
            assertThat(message.receipts.get(0).data.path("error").path("reason").asText()).isNotBlank();
        });
        assertThat(shareOfOutgoing(failed::contains)).as("failed share").isBetween(0.02, 0.07);
    }

    @Test
    void someDeliveredReceiptsAreStoredAfterTheReadOneOfTheSameMessageAndSender() {
        var outOfOrder = outgoing(message -> message.receipts("message.delivered").anyMatch(delivered ->
                message.receipts("message.read").anyMatch(read ->
                        read.from().equals(delivered.from()) && read.index() < delivered.index())));

        assertThat(outOfOrder).isNotEmpty();
        assertThat(shareOfOutgoing(outOfOrder::contains)).as("out of order share").isBetween(0.003, 0.04);
    }

    @Test
    void someReceiptsAreStoredTwiceWithTheSameTypeAndSender() {
        var duplicated = outgoing(message -> message.receipts.stream()
                .map(receipt -> receipt.type() + " " + receipt.from()).distinct().count() < message.receipts.size());

        assertThat(duplicated).isNotEmpty();
        assertThat(shareOfOutgoing(duplicated::contains)).as("duplicate share").isBetween(0.003, 0.05);
    }

    @Test
    void someMessagesSentBeforeADisconnectAreDeliveredOnlyAfterTheSessionReconnected() {
        Map<String, List<Stored>> disconnects = new HashMap<>();
        events.stream().filter(stored -> stored.type().equals("session.disconnected"))
                .forEach(stored -> disconnects.computeIfAbsent(stored.event.sessionId(), s -> new ArrayList<>())
                        .add(stored));

        var disconnected = outgoing(message -> {
            Stored delivered = message.firstDelivery();
            return delivered != null && disconnects.getOrDefault(message.message.event.sessionId(), List.of())
                    .stream().anyMatch(d -> d.index() > message.message.index() && d.index() < delivered.index());
        });

        assertThat(disconnected).isNotEmpty();
        assertThat(shareOfOutgoing(disconnected::contains)).as("disconnected share").isBetween(0.01, 0.15);
    }

    @Test
    void aFewReceiptsAndReactionsAreForMessagesNotInTheStore() {
        assertThat(orphans).anyMatch(stored -> RECEIPT_TYPES.contains(stored.type()));
        assertThat(orphans).anyMatch(stored -> stored.type().equals("message.reaction"));
        long references = events.stream().filter(stored -> RECEIPT_TYPES.contains(stored.type())
                || stored.type().equals("message.reaction")).count();
        assertThat((double) orphans.size() / references).as("orphan share").isBetween(0.002, 0.02);
    }

    @Test
    void receiptsOfSeveralMessagesListTwoToFiveOfTheSameChatAndNameTheFirstAsMessageId() {
        var batches = receipts.stream().filter(receipt -> receipt.data.path("message_ids").size() >= 2).toList();

        assertThat(batches).isNotEmpty().allSatisfy(batch -> {
            List<String> ids = batch.messageIds();
            assertThat(ids).hasSizeBetween(2, 5).doesNotHaveDuplicates();
            assertThat(batch.data.path("message_id").asText()).isEqualTo(ids.get(0));
            for (String id : ids) {
                Traced message = messages.get(key(batch.event.sessionId(), id));
                assertThat(message).as(id).isNotNull();
                assertThat(message.message.data.path("chat_id").asText())
                        .isEqualTo(batch.data.path("chat_id").asText());
                assertThat(message.message.index()).isLessThan(batch.index());
            }
        });
        assertThat((double) batches.size() / receipts.size()).as("share of receipts").isBetween(0.05, 0.3);
    }

    @Test
    void readVoiceNotesAreOftenPlayedAfterTheRead() {
        var voiceNotes = outgoing(message -> message.message.data.path("media").path("ptt").asBoolean()
                && message.receipts("message.read").findAny().isPresent());
        var played = voiceNotes.stream().filter(message -> message.receipts("message.played").findAny().isPresent())
                .toList();

        assertThat(played).isNotEmpty().allSatisfy(message -> {
            Stored play = message.receipts("message.played").findFirst().orElseThrow();
            assertThat(message.receipts("message.read").filter(read -> read.from().equals(play.from())))
                    .anyMatch(read -> read.index() < play.index());
        });
        assertThat((double) played.size() / voiceNotes.size()).as("played share of read voice notes")
                .isBetween(0.4, 0.95);
        assertThat(receipts).filteredOn(receipt -> receipt.type().equals("message.played"))
                .allSatisfy(play -> assertThat(messages.get(key(play.event.sessionId(), play.messageIds().get(0)))
                        .message.data.path("media").path("ptt").asBoolean()).isTrue());
    }

    @Test
    void groupMessagesGetReceiptsFromSeveralParticipantsEachNamingItself() {
        var groups = outgoing(message -> message.message.data.path("is_group").asBoolean()
                && message.firstDelivery() != null);
        var bySeveral = groups.stream().filter(message -> message.receipts("message.delivered")
                .map(Stored::from).distinct().count() >= 2).toList();

        assertThat(bySeveral).isNotEmpty().allSatisfy(message -> assertThat(message.receipts).allSatisfy(receipt ->
                assertThat(receipt.data.path("participant").asText()).isEqualTo(receipt.from())));
        assertThat((double) bySeveral.size() / groups.size()).as("share of delivered group messages")
                .isGreaterThan(0.9);
    }

    @Test
    void receiptsComeAfterTheirMessageAndDelaysRangeFromSecondsToHours() {
        List<Long> toDelivered = new ArrayList<>();
        List<Long> toRead = new ArrayList<>();
        for (Traced message : outgoing(message -> true)) {
            message.receipts.forEach(receipt -> assertThat(receipt.index()).isGreaterThan(message.message.index()));
            Stored delivered = message.firstDelivery();
            if (delivered != null) {
                toDelivered.add(Duration.between(message.message.at(), delivered.at()).toMillis());
            }
            message.receipts("message.read").findFirst().ifPresent(read ->
                    toRead.add(Duration.between(message.message.at(), read.at()).toMillis()));
        }
        toDelivered.sort(null);
        toRead.sort(null);

        assertThat(percentile(toDelivered, 0.5)).as("median to delivered").isBetween(1_000L, 180_000L);
        assertThat(percentile(toDelivered, 0.99)).as("delivered tail").isGreaterThan(600_000L);
        assertThat(percentile(toRead, 0.5)).as("median to read").isBetween(120_000L, 3_600_000L);
        assertThat(percentile(toRead, 0.95)).as("read tail").isGreaterThan(3_600_000L);
    }

    @Test
    void incomingMessagesGetNoReceiptsAndAReceiptNamesOnlyMessagesOfItsOwnSession() {
        assertThat(messages.values()).filteredOn(message -> !message.outgoing())
                .allSatisfy(message -> assertThat(message.receipts).isEmpty());
        Map<String, Set<String>> sessionsOfId = new HashMap<>();
        messages.values().forEach(message -> sessionsOfId.computeIfAbsent(
                message.message.data.path("message_id").asText(), id -> new HashSet<>())
                .add(message.message.event.sessionId()));
        for (Stored orphan : orphans) {
            orphan.messageIds().forEach(id -> assertThat(sessionsOfId.get(id)).as(id).isNull());
        }
    }

    private static long percentile(List<Long> sorted, double fraction) {
        return sorted.get((int) Math.floor(fraction * (sorted.size() - 1)));
    }
}
