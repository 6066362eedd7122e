-- The spec's (session_id, type) index, widened by timestamp (docs/decisions/0007-session-type-index-by-time.md).
-- A page for one type in one session is ordered by time: with only (session_id, type) SQLite (no statistics)
-- walked the (type, timestamp) index instead and read every event of the type, newest first, until 200 of them
-- were in the session (~16,000 row reads for a small session on 1M events, up to 1 s with a cold cache). With
-- the time order in the index it reads the page's 200 entries in order. Same name and leading columns, so it
-- still serves every query the spec's index served. Ascending: SQLite walks it backwards for the newest first,
-- and events arrive in time order, so each insert appends to its (session, type) run instead of splitting a
-- page at the run's start (300,000 events inserted in time order: 9.9 MB for the spec's index, 15.4 MB
-- with timestamp DESC, 12.0 MB ascending).
DROP INDEX idx_events_session_type;
CREATE INDEX idx_events_session_type ON events (session_id, type, timestamp);
