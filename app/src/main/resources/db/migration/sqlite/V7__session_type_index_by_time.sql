-- The spec's (session_id, type) index, widened by timestamp (docs/decisions/0007-session-type-index-by-time.md).
-- A page for one type in one session is ordered by time: with only (session_id, type) SQLite (no statistics)
-- walked the (type, timestamp) index instead and read every event of the type, newest first, until 200 of them
-- were in the session (~16,000 row reads for a small session on 1M events, up to 1 s with a cold cache). With
-- the time order in the index it reads the page's 200 entries in order. Same name and leading columns, so it
-- still serves every query the spec's index served.
DROP INDEX idx_events_session_type;
CREATE INDEX idx_events_session_type ON events (session_id, type, timestamp DESC);
