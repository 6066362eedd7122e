-- The spec's (session_id, type) index, widened by timestamp, as on SQLite
-- (docs/decisions/0007-session-type-index-by-time.md): a page for one type in one session reads its entries in
-- time order (the index walked backwards) instead of sorting all the pair's events. Same name and leading
-- columns, so it still serves every query the spec's index served. V6 is SQLite's alone; the numbers stay in
-- step across the two dialects.
DROP INDEX idx_events_session_type;
CREATE INDEX idx_events_session_type ON events (session_id, type, timestamp);
