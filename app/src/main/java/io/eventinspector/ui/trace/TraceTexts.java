package io.eventinspector.ui.trace;

import io.eventinspector.trace.Delays;
import io.eventinspector.trace.Direction;
import io.eventinspector.trace.MessageTrace;
import io.eventinspector.trace.ParticipantStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** A trace's header lines in words: the message's facts, and one line per participant of a group. */
final class TraceTexts {
    private TraceTexts() {
    }

    /** {@code outgoing · chat 4915…@s.whatsapp.net · delivered after 1.2 s · read after 3 m 4 s}. */
    static String facts(MessageTrace shown) {
        List<String> parts = new ArrayList<>();
        parts.add(shown.direction().map(Direction::label)
                .orElse("its message event is not in the store (cut by retention, or never emitted)"));
        shown.chatId().ifPresent(chat -> parts.add("chat " + chat));
        addDelays(parts, shown.timeToDeliveredMs(), shown.timeToReadMs());
        return String.join(" · ", parts);
    }

    /** {@code 4915…@s.whatsapp.net · read · delivered after 1.2 s · read after 5 s}. */
    static String participant(ParticipantStatus participant) {
        List<String> parts = new ArrayList<>(List.of(participant.participant(), participant.status().label()));
        addDelays(parts, participant.timeToDeliveredMs(), participant.timeToReadMs());
        return String.join(" · ", parts);
    }

    private static void addDelays(List<String> parts, OptionalLong toDelivered, OptionalLong toRead) {
        toDelivered.ifPresent(millis -> parts.add("delivered after " + Delays.format(millis)));
        toRead.ifPresent(millis -> parts.add("read after " + Delays.format(millis)));
    }
}
