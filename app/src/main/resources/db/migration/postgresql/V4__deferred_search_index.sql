-- Payload search indexed behind ingest (docs/decisions/0005-deferred-search-index.md). Maintaining the GIN
-- expression index inside every insert cost ~40% of the import rate (and ~28% even with cleanup of GIN's own
-- pending list deferred, which also made a search read that whole list: 4 s at 64 MB). Instead an insert only
-- records the new ids in events_search_pending; store.SearchIndexer moves them into events_search in short
-- transactions once appends go quiet. A search matches events_search OR a pending event's own words, so it is
-- exact at every moment.

-- The words of each indexed event: event_payload_words (V2) stored once, matched through the GIN index.
-- Deleting an event (retention) deletes its words.
CREATE TABLE events_search (
    event_id VARCHAR(255) COLLATE "C" PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    words    tsvector NOT NULL
);

-- Events inserted but not yet in events_search. No foreign key: checking one per inserted row is the cost being
-- avoided. A deleted event's row is dropped by the indexer, and a search joins events, so it never matches.
CREATE TABLE events_search_pending (
    event_id VARCHAR(255) COLLATE "C" PRIMARY KEY
);

-- One statement-level trigger per INSERT (not per row): it copies the inserted ids from the transition table in
-- one set operation. Rows skipped by ON CONFLICT DO NOTHING are not in new_events.
CREATE FUNCTION events_search_mark_pending() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO events_search_pending (event_id) SELECT id FROM new_events ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER events_search_after_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_events
    FOR EACH STATEMENT EXECUTE FUNCTION events_search_mark_pending();

-- Existing stores: their events are already searchable, so they go straight into the words table.
INSERT INTO events_search (event_id, words) SELECT id, event_payload_words(data) FROM events;
CREATE INDEX idx_events_search_words ON events_search USING gin (words);
DROP INDEX idx_events_payload_words;
