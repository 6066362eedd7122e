-- Volume histogram rollup (docs/decisions/0006-histogram-rollup.md): events per hour and type, and per hour, type
-- and session. Writers never touch these two tables: a statement-level trigger appends one aggregated row per
-- (hour, type, session) the statement changed to hourly_count_changes (a plain insert, so concurrent writers
-- neither wait for nor deadlock on shared counter rows), and the store folds the changes into the counts in
-- short transactions of their own (PostgresDialect.foldCounts). Readers add the unfolded changes, so the counts
-- are exact at every moment. hour_start is date_bin's hour, like VolumeHistogram's buckets.
CREATE TABLE hourly_type_counts (
    hour_start  TIMESTAMPTZ NOT NULL,
    type        VARCHAR(50) NOT NULL,
    event_count BIGINT      NOT NULL,
    PRIMARY KEY (hour_start, type)
);

-- Session first: a one-session histogram reads one contiguous range of this key.
CREATE TABLE hourly_session_counts (
    session_id  VARCHAR(255) NOT NULL,
    hour_start  TIMESTAMPTZ  NOT NULL,
    type        VARCHAR(50)  NOT NULL,
    event_count BIGINT       NOT NULL,
    PRIMARY KEY (session_id, hour_start, type)
);

-- The fold deletes the rows its changes emptied, so retention leaves no empty rows behind.
CREATE INDEX idx_hourly_type_counts_empty ON hourly_type_counts (hour_start) WHERE event_count = 0;
CREATE INDEX idx_hourly_session_counts_empty ON hourly_session_counts (session_id) WHERE event_count = 0;

-- Signed changes not yet folded into the two tables above (negative for deleted events).
CREATE TABLE hourly_count_changes (
    hour_start  TIMESTAMPTZ  NOT NULL,
    type        VARCHAR(50)  NOT NULL,
    session_id  VARCHAR(255) NOT NULL,
    event_count BIGINT       NOT NULL
);

-- The transition tables hold only the rows really inserted: ids skipped by ON CONFLICT DO NOTHING are not there.
CREATE FUNCTION hourly_counts_record_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO hourly_count_changes (hour_start, type, session_id, event_count)
    SELECT date_bin('1 hour', timestamp, timestamptz '1970-01-01 00:00:00+00'), type, session_id, count(*)
    FROM inserted_events GROUP BY 1, 2, 3;
    RETURN NULL;
END
$$;

CREATE FUNCTION hourly_counts_record_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO hourly_count_changes (hour_start, type, session_id, event_count)
    SELECT date_bin('1 hour', timestamp, timestamptz '1970-01-01 00:00:00+00'), type, session_id, -count(*)
    FROM deleted_events GROUP BY 1, 2, 3;
    RETURN NULL;
END
$$;

-- The store never updates an event; this keeps the counts right if someone does by hand.
CREATE FUNCTION hourly_counts_record_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO hourly_count_changes (hour_start, type, session_id, event_count)
    SELECT hour_start, type, session_id, sum(change) FROM (
        SELECT date_bin('1 hour', timestamp, timestamptz '1970-01-01 00:00:00+00') AS hour_start, type,
               session_id, -1 AS change
        FROM events_before
        UNION ALL
        SELECT date_bin('1 hour', timestamp, timestamptz '1970-01-01 00:00:00+00'), type, session_id, 1
        FROM events_after) AS changed
    GROUP BY 1, 2, 3 HAVING sum(change) <> 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER hourly_counts_after_insert AFTER INSERT ON events
    REFERENCING NEW TABLE AS inserted_events FOR EACH STATEMENT EXECUTE FUNCTION hourly_counts_record_insert();
CREATE TRIGGER hourly_counts_after_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS deleted_events FOR EACH STATEMENT EXECUTE FUNCTION hourly_counts_record_delete();
CREATE TRIGGER hourly_counts_after_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS events_before NEW TABLE AS events_after
    FOR EACH STATEMENT EXECUTE FUNCTION hourly_counts_record_update();

-- Existing stores: count the events already there.
INSERT INTO hourly_type_counts (hour_start, type, event_count)
SELECT date_bin('1 hour', timestamp, timestamptz '1970-01-01 00:00:00+00'), type, count(*) FROM events GROUP BY 1, 2;
INSERT INTO hourly_session_counts (session_id, hour_start, type, event_count)
SELECT session_id, date_bin('1 hour', timestamp, timestamptz '1970-01-01 00:00:00+00'), type, count(*)
FROM events GROUP BY 1, 2, 3;
