package io.eventinspector.ui.events;

import io.eventinspector.event.Event;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import io.eventinspector.ui.DemoStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Events of the sizes a gateway really sends, for tests, benchmarks and screenshots of the detail pane: a 10 KB
 * message, a 1 MB image message with an inline thumbnail, a 6 MB history sync (a 4 MB base64 blob and 50,000
 * messages) and a 10 MiB contact sync. Their data is compact JSON, as the store keeps it.
 */
public final class LargeEvents {
    public static final int MESSAGES = 50_000;
    public static final int BLOB = 4_000_000;
    public static final int MIB_10 = 10 * 1024 * 1024;
    private static final Instant AT = DemoStores.END.plusSeconds(60);

    private LargeEvents() {
    }

    /** The four, oldest first; the newest is the 10 MiB one. */
    public static List<Event> all() {
        return List.of(message10Kb(), image1Mb(), historySync6Mb(), contactSync10Mib());
    }

    /** A demo store of {@code ordinary} events with the four large ones on top (newer than all of them). */
    public static StoreUrl store(Path file, int ordinary) {
        StoreUrl url = DemoStores.create(file, ordinary, 3, 2);
        try (Database database = Database.open(url)) {
            database.events().append(all());
        }
        return url;
    }

    public static Event message10Kb() {
        String body = "Meeting notes. ".repeat(10_000 / 15);
        return event("evt_large_10kb", "message.received", 0,
                "{\"message\":{\"id\":\"3EB0LARGE10K\",\"from\":\"+4915112345678\",\"to\":\"+4915187654321\","
                        + "\"body\":\"" + body + "\"}}");
    }

    public static Event image1Mb() {
        return event("evt_large_1mb", "message.received", 1,
                "{\"message\":{\"id\":\"3EB0LARGE1MB\",\"from\":\"+4915112345678\",\"to\":\"+4915187654321\","
                        + "\"type\":\"image\",\"caption\":\"site photo\",\"jpegThumbnail\":\"" + base64(1_000_000, 1)
                        + "\"}}");
    }

    /** The event of the issue: a 4 MB string and an array of 50,000 small objects, about 6 MB in all. */
    public static Event historySync6Mb() {
        StringBuilder data = new StringBuilder(6_200_000)
                .append("{\"sync_type\":\"history\",\"progress\":100,\"blob\":\"").append(base64(BLOB, 2))
                .append("\",\"messages\":[");
        for (int i = 0; i < MESSAGES; i++) {
            data.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"id\":\"3EB0%05X\",\"ts\":%d,\"st\":1}", i, 1_764_000_000 + i));
        }
        return event("evt_large_6mb", "history.sync", 2, data.append("]}").toString());
    }

    /** A contact list padded to exactly 10 MiB of wire form, the API's ingest limit. */
    public static Event contactSync10Mib() {
        StringBuilder data = new StringBuilder(MIB_10).append("{\"sync_type\":\"contacts\",\"contacts\":[");
        for (int i = 0; data.length() < MIB_10 - 200_000; i++) {
            data.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"jid\":\"49151%08d@s.whatsapp.net\",\"name\":\"Contact %d\",\"notify\":\"C%d\"}", i, i, i));
        }
        data.append("],\"padding\":\"");
        Event shell = event("evt_large_10mib", "contacts.sync", 3, data + "\"}");
        int missing = MIB_10 - io.eventinspector.event.EventJson.toJson(shell).length();
        return event("evt_large_10mib", "contacts.sync", 3, data.append("x".repeat(missing)).append("\"}")
                .toString());
    }

    private static Event event(String id, String type, int order, String data) {
        return new Event(id, type, "wa_large", data, AT.plusSeconds(order));
    }

    private static String base64(int length, long seed) {
        byte[] bytes = new byte[length * 3 / 4 + 3];
        new Random(seed).nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes).substring(0, length);
    }
}
