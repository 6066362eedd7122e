-- The message index (issue 17), as on SQLite: which events are about which message, so a message's trace and the
-- delivery health of a filter are index lookups instead of payload searches. One row per (message id, session,
-- event): a receipt that acknowledges several messages (message_ids) has a row for each. Message ids are unique
-- per chat, not globally, so the session is part of the key. Rows are written by the store's append for the
-- events it inserted, from the payload's id fields (event.MessageIds); events stored before this version are
-- indexed when a store is first opened by it (store.MessageIndexFill), as far as message_index_fill says.
--
-- Keyed by message id first: a trace without a session, a trace within one and the per-message aggregation of
-- the health query (all rows of one (message, session)) are all ranges of the key, so no second index on the
-- id is needed. (With type and timestamp INCLUDEd the whole-store health read became an index-only scan, 137
-- against 210 ms for 98k messages, but the wider key cost ingest 3 to 6 points of its rate: left out.) Ids
-- compare byte-wise (COLLATE "C") like events.id. type and timestamp are the event's own, copied so the
-- health query never reads the events table and the rows can later be partitioned by time as the events are.
-- No foreign key: checking one per inserted row is a cost ingest would pay; the trigger below deletes an
-- event's rows with it instead.
CREATE TABLE message_events (
    message_id VARCHAR(255) COLLATE "C" NOT NULL,
    session_id VARCHAR(255)             NOT NULL,
    event_id   VARCHAR(255) COLLATE "C" NOT NULL,
    type       VARCHAR(50)              NOT NULL,
    timestamp  TIMESTAMPTZ              NOT NULL,
    PRIMARY KEY (message_id, session_id, event_id)
);

-- The health query of a narrow range (one session, a week) starts from that session's message events (sent,
-- received) in the range, and the orphan query from its receipts: ranges of (session, type, timestamp). Events
-- arrive in time order, so inserts append to each (session, type) run.
CREATE INDEX idx_message_events_session_type_time ON message_events (session_id, type, timestamp);

-- Deleting events (retention, or by hand) deletes their rows in the same statement, so no row ever points at a
-- missing event: one set operation per DELETE over its transition table, each event's rows found through the
-- index above by its session, type and time.
CREATE FUNCTION message_events_delete_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM message_events m USING deleted_events d
    WHERE d.type LIKE 'message.%' AND m.session_id = d.session_id AND m.type = d.type
      AND m.timestamp = d.timestamp AND m.event_id = d.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER message_events_after_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS deleted_events FOR EACH STATEMENT EXECUTE FUNCTION message_events_delete_rows();

-- How far indexing the events stored before this version got, so an interrupted fill resumes where it stopped:
-- the events up to last_id, in id order, are indexed ('' before the first). A store without message events has
-- nothing to fill.
CREATE TABLE message_index_fill (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    last_id VARCHAR(255) COLLATE "C" NOT NULL,
    done    BOOLEAN NOT NULL
);
INSERT INTO message_index_fill (id, last_id, done)
SELECT 1, '', NOT EXISTS (SELECT 1 FROM events WHERE type LIKE 'message.%');
