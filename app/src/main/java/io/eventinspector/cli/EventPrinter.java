package io.eventinspector.cli;

import io.eventinspector.event.Event;
import io.eventinspector.event.EventJson;
import io.eventinspector.event.Timestamps;
import io.eventinspector.event.Validation;
import java.io.PrintWriter;
import java.util.List;

/** Prints events as a terminal table, as NDJSON, or as one JSON array. */
enum EventPrinter {
    TABLE, NDJSON, JSON;

    private static final int DATA_WIDTH = 60;

    /** The default: a table for people at a terminal, NDJSON for pipes. */
    static EventPrinter defaultFor(boolean terminal) {
        return terminal ? TABLE : NDJSON;
    }

    void print(PrintWriter out, List<Event> events) {
        print(out, events, true);
    }

    /** {@code header} false continues a table already started (a followed query prints batch after batch). */
    void print(PrintWriter out, List<Event> events, boolean header) {
        switch (this) {
            case NDJSON -> events.forEach(event -> out.println(EventJson.toJson(event)));
            case JSON -> {
                out.println("[");
                for (int i = 0; i < events.size(); i++) {
                    out.println("  " + EventJson.toJson(events.get(i)) + (i < events.size() - 1 ? "," : ""));
                }
                out.println("]");
            }
            case TABLE -> {
                if (header) {
                    out.printf("%-24s  %-22s  %-20s  %-30s  %s%n", "TIME (UTC)", "TYPE", "SESSION", "ID", "DATA");
                }
                for (Event event : events) {
                    // A gateway's rows are not validated: an id with an escape sequence must not drive the terminal.
                    out.printf("%-24s  %-22s  %-20s  %-30s  %s%n", time(event),
                            Validation.printable(event.type()), Validation.printable(event.sessionId()),
                            Validation.printable(event.id()), shorten(Validation.printable(event.dataJson())));
                }
            }
            default -> throw new IllegalStateException(name());
        }
        // A follow loop would otherwise print into a closed pipe forever.
        OutputFailed.check(out);
    }

    /** A gateway row whose time could not be read says so instead of showing the 1970 it sorts at. */
    private static String time(Event event) {
        return event.timestampUnreadable() ? "(unreadable time)" : Timestamps.format(event.timestamp());
    }

    private static String shorten(String text) {
        return text.length() <= DATA_WIDTH ? text : text.substring(0, DATA_WIDTH - 1) + "…";
    }
}
