-- The spec's events table. Time columns are INTEGER epoch milliseconds UTC (docs/decisions/0002).
CREATE TABLE events (
    id         TEXT    NOT NULL PRIMARY KEY,
    type       TEXT    NOT NULL,
    session_id TEXT    NOT NULL,
    data       TEXT,
    timestamp  INTEGER NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
);

CREATE INDEX idx_events_session_timestamp ON events (session_id, timestamp DESC);
CREATE INDEX idx_events_type_timestamp ON events (type, timestamp DESC);
CREATE INDEX idx_events_session_type ON events (session_id, type);
-- Unfiltered and time-range pages, keyset cursors and retention deletes walk this one.
CREATE INDEX idx_events_timestamp_id ON events (timestamp DESC, id DESC);
