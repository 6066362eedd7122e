-- Payload search (docs/decisions/0005-deferred-search-index.md): the store's append now indexes the events it
-- inserted with one INSERT … SELECT at the end of its transaction (SqliteDialect.insertIgnoringDuplicates).
-- A row trigger wrote to FTS5 once per event, and every statement of the import's transaction made FTS5 flush
-- its pending terms to disk as a tiny segment (FTS5 flushes at each statement savepoint), costing ~58% of the
-- import rate. The delete trigger stays: deletion statements remove many rows each, so it flushes once per
-- statement. The rows indexed so far stay as they are.
DROP TRIGGER events_fts_after_insert;
