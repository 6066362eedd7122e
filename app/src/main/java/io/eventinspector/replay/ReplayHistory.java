package io.eventinspector.replay;

import java.util.List;
import java.util.Optional;

/**
 * Where replays are recorded. It is a dependency of its own, not part of the event store replays read from: a
 * read-only gateway database can be the source while the history goes to the user's local store.
 */
public interface ReplayHistory {
    /** Records a replay as running, before anything is sent. */
    void started(ReplayRecord replay);

    /** Records how the replay ended and every delivery attempt, in one transaction. */
    void finished(ReplayRecord replay, List<DeliveryAttempt> attempts);

    /** The most recent replays, newest first. */
    List<ReplayRecord> recent(int limit);

    Optional<ReplayRecord> find(String replayId);

    /** Every attempt of a replay in the order they were made. */
    List<DeliveryAttempt> attempts(String replayId);
}
