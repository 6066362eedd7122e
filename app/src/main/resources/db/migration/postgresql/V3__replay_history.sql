-- Replay history (issue 4).
CREATE TABLE replays (
    id                   VARCHAR(64)  PRIMARY KEY,
    started_at           TIMESTAMPTZ  NOT NULL,
    finished_at          TIMESTAMPTZ,
    initiator            VARCHAR(8)   NOT NULL,
    api_key_id           VARCHAR(255),
    filter_session_id    VARCHAR(255),
    filter_event_type    VARCHAR(50),
    filter_since         TIMESTAMPTZ,
    filter_until         TIMESTAMPTZ,
    dry_run              BOOLEAN      NOT NULL,
    target_url           TEXT,
    events_matched       BIGINT       NOT NULL,
    events_found         INTEGER      NOT NULL,
    events_replayed      INTEGER      NOT NULL,
    events_failed        INTEGER      NOT NULL,
    events_not_attempted INTEGER      NOT NULL,
    success              BOOLEAN      NOT NULL,
    cancelled            BOOLEAN      NOT NULL,
    message              TEXT         NOT NULL,
    duration_ms          BIGINT       NOT NULL
);

CREATE INDEX idx_replays_started_at ON replays (started_at DESC);

-- One row per HTTP try, seq in the order they were made; http_status is NULL when no response came.
CREATE TABLE replay_attempts (
    replay_id    VARCHAR(64)  NOT NULL REFERENCES replays (id) ON DELETE CASCADE,
    seq          INTEGER      NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    attempt      INTEGER      NOT NULL,
    attempted_at TIMESTAMPTZ  NOT NULL,
    http_status  INTEGER,
    latency_ms   BIGINT       NOT NULL,
    error        TEXT,
    PRIMARY KEY (replay_id, seq)
);
