-- Replay history (issue 4). Time columns are INTEGER epoch milliseconds UTC, like events; booleans are 0/1.
CREATE TABLE replays (
    id                   TEXT    NOT NULL PRIMARY KEY,
    started_at           INTEGER NOT NULL,
    finished_at          INTEGER,
    initiator            TEXT    NOT NULL,
    api_key_id           TEXT,
    filter_session_id    TEXT,
    filter_event_type    TEXT,
    filter_since         INTEGER,
    filter_until         INTEGER,
    dry_run              INTEGER NOT NULL,
    target_url           TEXT,
    events_matched       INTEGER NOT NULL,
    events_found         INTEGER NOT NULL,
    events_replayed      INTEGER NOT NULL,
    events_failed        INTEGER NOT NULL,
    events_not_attempted INTEGER NOT NULL,
    success              INTEGER NOT NULL,
    cancelled            INTEGER NOT NULL,
    message              TEXT    NOT NULL,
    duration_ms          INTEGER NOT NULL
);

CREATE INDEX idx_replays_started_at ON replays (started_at DESC);

-- One row per HTTP try, seq in the order they were made; http_status is NULL when no response came.
CREATE TABLE replay_attempts (
    replay_id    TEXT    NOT NULL REFERENCES replays (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    event_id     TEXT    NOT NULL,
    attempt      INTEGER NOT NULL,
    attempted_at INTEGER NOT NULL,
    http_status  INTEGER,
    latency_ms   INTEGER NOT NULL,
    error        TEXT,
    PRIMARY KEY (replay_id, seq)
);
