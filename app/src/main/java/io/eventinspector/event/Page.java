package io.eventinspector.event;

import java.util.List;
import java.util.Optional;

/** One page of events, newest first; {@code next} is present when more events may follow. */
public record Page(List<Event> events, Optional<Cursor> next) {
    public Page {
        events = List.copyOf(events);
    }
}
