package io.eventinspector.cli;

import io.eventinspector.event.EventQuery;
import io.eventinspector.event.Timestamps;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The event filters shared by query, export, replay and friends; validated by {@link EventQuery.Builder}. */
public final class FilterOptions {
    @Option(names = "--session-id", paramLabel = "ID", description = "Only events of this session.")
    String sessionId;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Only events of this type; repeat or separate with commas for several.")
    List<String> types = new ArrayList<>();

    @Option(names = "--since", paramLabel = "TS", description = "Only events at or after this RFC 3339 time.")
    String since;

    @Option(names = "--until", paramLabel = "TS", description = "Only events at or before this RFC 3339 time.")
    String until;

    @Option(names = "--text", paramLabel = "WORDS",
            description = "Only events whose data holds every word (whole words, any case; keys are not searched).")
    String text;

    public EventQuery.Builder toBuilder() {
        return EventQuery.builder()
                .sessionId(sessionId)
                .types(types)
                .since(since == null ? null : Timestamps.parse("since", since))
                .until(until == null ? null : Timestamps.parse("until", until))
                .text(text);
    }
}
