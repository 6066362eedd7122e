-- The message index (issue 17): which events are about which message, so a message's trace and the delivery
-- health of a filter are index lookups instead of payload searches. One row per (message id, session, event): a
-- receipt that acknowledges several messages (message_ids) has a row for each. Message ids are unique per chat,
-- not globally, so the session is part of the key. Rows are written by the store's append for the events it
-- inserted, from the payload's id fields (event.MessageIds); events stored before this version are indexed when
-- a store is first opened by it (store.MessageIndexFill), as far as message_index_fill says.
--
-- Keyed by message id first: a trace without a session, a trace within one and the per-message aggregation of
-- the health query (all rows of one (message, session)) are all ranges of the key, so no second index on the
-- id is needed. WITHOUT ROWID: the table is its key, one B-tree instead of a rowid table plus a key index.
-- type and timestamp are the event's own, copied so the health query never reads the events table and the
-- rows can later be partitioned by time as the events are.
CREATE TABLE message_events (
    message_id TEXT    NOT NULL,
    session_id TEXT    NOT NULL,
    event_id   TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    timestamp  INTEGER NOT NULL,
    PRIMARY KEY (message_id, session_id, event_id)
) WITHOUT ROWID;

-- The health query of a narrow range (one session, a week) starts from that session's message events (sent,
-- received) in the range, and the orphan query from its receipts: ranges of (session, type, timestamp). The key's
-- columns are in each entry of a WITHOUT ROWID table's index, so the join to the message's other rows reads no
-- table row. Events arrive in time order, so inserts append to each (session, type) run.
CREATE INDEX idx_message_events_session_type_time ON message_events (session_id, type, timestamp);

-- Deleting an event (retention, or by hand) deletes its rows, so no row ever points at a missing event. The
-- event's session, type and time find its rows through the index above; other events have none.
CREATE TRIGGER message_events_after_delete AFTER DELETE ON events
    WHEN old.type GLOB 'message.*'
BEGIN
    DELETE FROM message_events
    WHERE session_id = old.session_id AND type = old.type AND timestamp = old.timestamp AND event_id = old.id;
END;

-- How far indexing the events stored before this version got, so an interrupted fill resumes where it stopped:
-- the events up to last_id, in id order, are indexed ('' before the first). A store without message events has
-- nothing to fill.
CREATE TABLE message_index_fill (
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    last_id TEXT    NOT NULL,
    done    INTEGER NOT NULL
);
INSERT INTO message_index_fill (id, last_id, done)
SELECT 1, '', NOT EXISTS (SELECT 1 FROM events WHERE type GLOB 'message.*');
