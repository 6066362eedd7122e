-- Payload search (docs/decisions/0003-payload-search.md): a GIN index over the words of the string and number
-- leaves of data, never its keys or the other columns. Every run of characters that is not a letter or digit
-- becomes a space before the 'simple' parser sees it, so "4915112345678@s.whatsapp.net", "+4915112345678" and
-- "msg-abc-123" split into their letters and digits exactly as SQLite's unicode61 tokenizer splits them (the
-- default parser would keep an e-mail-like chat id or a signed number as one token). Diacritics are kept and
-- case is folded, as on SQLite.
CREATE FUNCTION event_payload_words(payload jsonb) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT to_tsvector('simple', regexp_replace(coalesce(string_agg(leaf #>> '{}', ' '), ''),
                                                '[^[:alnum:]]+', ' ', 'g'))
    FROM jsonb_path_query(payload, 'strict $.**') AS leaf
    WHERE jsonb_typeof(leaf) IN ('string', 'number')
$$;

-- An expression index, not a stored column: the words are never read back, only matched. Building it indexes
-- the events already there.
CREATE INDEX idx_events_payload_words ON events USING gin (event_payload_words(data));
