-- Volume histogram rollup (docs/decisions/0006-histogram-rollup.md): events per hour and type, and per hour, type
-- and session, kept exact by triggers so every writer (append, retention deletes, manual SQL) keeps them right.
-- hour_start is the hour's first epoch millisecond, floored (also before 1970) like VolumeHistogram's buckets.
-- A row whose count falls to 0 is deleted, so retention leaves no empty rows behind.
CREATE TABLE hourly_type_counts (
    hour_start  INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    event_count INTEGER NOT NULL,
    PRIMARY KEY (hour_start, type)
) WITHOUT ROWID;

-- Session first: a one-session histogram reads one contiguous range of this key.
CREATE TABLE hourly_session_counts (
    session_id  TEXT    NOT NULL,
    hour_start  INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    event_count INTEGER NOT NULL,
    PRIMARY KEY (session_id, hour_start, type)
) WITHOUT ROWID;

-- Fires only for rows really inserted: an id skipped by INSERT … ON CONFLICT DO NOTHING is not counted.
CREATE TRIGGER hourly_counts_after_insert AFTER INSERT ON events BEGIN
    INSERT INTO hourly_type_counts (hour_start, type, event_count)
    VALUES (new.timestamp - (new.timestamp % 3600000 + 3600000) % 3600000, new.type, 1)
    ON CONFLICT (hour_start, type) DO UPDATE SET event_count = event_count + 1;
    INSERT INTO hourly_session_counts (session_id, hour_start, type, event_count)
    VALUES (new.session_id, new.timestamp - (new.timestamp % 3600000 + 3600000) % 3600000, new.type, 1)
    ON CONFLICT (session_id, hour_start, type) DO UPDATE SET event_count = event_count + 1;
END;

CREATE TRIGGER hourly_counts_after_delete AFTER DELETE ON events BEGIN
    DELETE FROM hourly_type_counts
    WHERE hour_start = old.timestamp - (old.timestamp % 3600000 + 3600000) % 3600000 AND type = old.type
      AND event_count = 1;
    UPDATE hourly_type_counts SET event_count = event_count - 1
    WHERE hour_start = old.timestamp - (old.timestamp % 3600000 + 3600000) % 3600000 AND type = old.type;
    DELETE FROM hourly_session_counts
    WHERE session_id = old.session_id
      AND hour_start = old.timestamp - (old.timestamp % 3600000 + 3600000) % 3600000 AND type = old.type
      AND event_count = 1;
    UPDATE hourly_session_counts SET event_count = event_count - 1
    WHERE session_id = old.session_id
      AND hour_start = old.timestamp - (old.timestamp % 3600000 + 3600000) % 3600000 AND type = old.type;
END;

-- The store never updates an event; this keeps the counts right if someone does by hand.
CREATE TRIGGER hourly_counts_after_update AFTER UPDATE OF type, session_id, timestamp ON events BEGIN
    DELETE FROM hourly_type_counts
    WHERE hour_start = old.timestamp - (old.timestamp % 3600000 + 3600000) % 3600000 AND type = old.type
      AND event_count = 1;
    UPDATE hourly_type_counts SET event_count = event_count - 1
    WHERE hour_start = old.timestamp - (old.timestamp % 3600000 + 3600000) % 3600000 AND type = old.type;
    DELETE FROM hourly_session_counts
    WHERE session_id = old.session_id
      AND hour_start = old.timestamp - (old.timestamp % 3600000 + 3600000) % 3600000 AND type = old.type
      AND event_count = 1;
    UPDATE hourly_session_counts SET event_count = event_count - 1
    WHERE session_id = old.session_id
      AND hour_start = old.timestamp - (old.timestamp % 3600000 + 3600000) % 3600000 AND type = old.type;
    INSERT INTO hourly_type_counts (hour_start, type, event_count)
    VALUES (new.timestamp - (new.timestamp % 3600000 + 3600000) % 3600000, new.type, 1)
    ON CONFLICT (hour_start, type) DO UPDATE SET event_count = event_count + 1;
    INSERT INTO hourly_session_counts (session_id, hour_start, type, event_count)
    VALUES (new.session_id, new.timestamp - (new.timestamp % 3600000 + 3600000) % 3600000, new.type, 1)
    ON CONFLICT (session_id, hour_start, type) DO UPDATE SET event_count = event_count + 1;
END;

-- Existing stores: count the events already there.
INSERT INTO hourly_type_counts (hour_start, type, event_count)
SELECT timestamp - (timestamp % 3600000 + 3600000) % 3600000, type, count(*) FROM events GROUP BY 1, 2;
INSERT INTO hourly_session_counts (session_id, hour_start, type, event_count)
SELECT session_id, timestamp - (timestamp % 3600000 + 3600000) % 3600000, type, count(*) FROM events GROUP BY 1, 2, 3;
