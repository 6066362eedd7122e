-- The spec's events table; ids compare byte-wise (COLLATE "C") so keyset paging is fast and deterministic.
CREATE TABLE events (
    id         VARCHAR(255) COLLATE "C" PRIMARY KEY,
    type       VARCHAR(50)  NOT NULL,
    session_id VARCHAR(255) NOT NULL,
    data       JSONB,
    timestamp  TIMESTAMPTZ  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_events_session_timestamp ON events (session_id, timestamp DESC);
CREATE INDEX idx_events_type_timestamp ON events (type, timestamp DESC);
CREATE INDEX idx_events_session_type ON events (session_id, type);
-- Unfiltered and time-range pages, keyset cursors and retention deletes walk this one.
CREATE INDEX idx_events_timestamp_id ON events (timestamp DESC, id DESC);
