package io.eventinspector.ui;

import io.eventinspector.demo.DemoDataGenerator;
import io.eventinspector.event.Event;
import io.eventinspector.store.Database;
import io.eventinspector.store.StoreUrl;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Demo stores for UI tests, screenshots and benchmarks, filled by the project's demo data generator. */
public final class DemoStores {
    public static final Instant END = Instant.parse("2026-11-26T12:00:00Z");

    private DemoStores() {
    }

    public static StoreUrl create(Path file, long events, int sessions, int days) {
        StoreUrl url = StoreUrl.sqlite(file);
        try (Database database = Database.open(url)) {
            List<Event> batch = new ArrayList<>();
            for (Event event : new DemoDataGenerator(new DemoDataGenerator.Settings(events, sessions, days, 42, END))) {
                batch.add(event);
                if (batch.size() == 10_000) {
                    database.events().append(batch);
                    batch.clear();
                }
            }
            database.events().append(batch);
        }
        return url;
    }
}
