-- Payload search (docs/decisions/0003-payload-search.md). Only the text and number leaves of data are indexed,
-- never its keys or the other columns. The FTS5 table is contentless (it keeps no copy of the text, only the
-- index) and keyed by the events rowid; contentless_delete=1 lets the delete trigger remove a row's entries.
-- Tokens: Unicode letters and digits, case-folded, diacritics kept, so "ünïcödé" and "Lieferung" are words and
-- "+49 151 2345678", "4915112345678@s.whatsapp.net" and "msg-abc-123" split into their letters and digits.
CREATE VIRTUAL TABLE events_fts USING fts5(
    words,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Kept in step inside SQLite, so every writer (append, retention deletes, manual SQL) keeps the index right.
CREATE TRIGGER events_fts_after_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (rowid, words)
    SELECT new.rowid, group_concat(value, ' ') FROM json_tree(new.data) WHERE type IN ('text', 'integer', 'real');
END;

CREATE TRIGGER events_fts_after_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_fts WHERE rowid = old.rowid;
END;

-- Existing stores: index the events already there.
INSERT INTO events_fts (rowid, words)
SELECT e.rowid, (SELECT group_concat(value, ' ') FROM json_tree(e.data) WHERE type IN ('text', 'integer', 'real'))
FROM events e;
