package io.eventinspector.ui.trace;

/** What clicking a step of a trace does: selects that event in the window's table (the shell decides how). */
@FunctionalInterface
public interface StepSelector {
    void select(String eventId, String sessionId, String messageId);
}
