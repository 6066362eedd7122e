package io.eventinspector.trace;

import java.util.List;

/** A message id found in several sessions when none was given: ids are unique per chat, not globally. */
public final class AmbiguousMessageException extends RuntimeException {
    private final List<String> sessionIds;

    public AmbiguousMessageException(String messageId, List<String> sessionIds) {
        super("message " + messageId + " is in " + sessionIds.size() + " sessions (" + String.join(", ", sessionIds)
                + "): name one with the session id");
        this.sessionIds = List.copyOf(sessionIds);
    }

    public List<String> sessionIds() {
        return sessionIds;
    }
}
