-- Payload search (docs/decisions/0005-deferred-search-index.md): the store's append now indexes the events it
-- inserted with one INSERT … SELECT at the end of its transaction (SqliteDialect.insertIgnoringDuplicates).
-- A row trigger wrote to FTS5 once per event, and every statement of the import's transaction made FTS5 flush
-- its pending terms to disk as a tiny segment (FTS5 flushes at each statement savepoint), costing ~58% of the
-- import rate. The delete trigger stays: deletion statements remove many rows each, so it flushes once per
-- statement. The rows indexed so far stay as they are.
DROP TRIGGER events_fts_after_insert;

-- Merge 16 segments of a level at a time instead of 4: every append writes one segment, and with unique words
-- in every event (phone numbers, message ids) each merge rewrites most of what it reads, so fewer, wider merges
-- write less. Searches read a few more segments.
INSERT INTO events_fts (events_fts, rank) VALUES ('automerge', 16);
