package io.eventinspector.testing;

import io.eventinspector.event.Event;
import java.time.Instant;

/** Small event factories for tests. */
public final class Events {
    private Events() {
    }

    public static Event event(String id, String type, String session, String timestamp) {
        return new Event(id, type, session, "{\"id\":\"" + id + "\"}", Instant.parse(timestamp));
    }

    public static Event event(String id, String type, String session, String timestamp, String dataJson) {
        return new Event(id, type, session, dataJson, Instant.parse(timestamp));
    }
}
