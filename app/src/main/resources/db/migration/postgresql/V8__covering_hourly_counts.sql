-- The listing's total and the filter bar's type counts sum one session's (or all sessions') hourly counts on
-- every request. The rows of a session are spread over nearly every page of hourly_session_counts (they are
-- folded in hour by hour for all sessions), so the sum read ~360 heap pages for 720 rows; with event_count in
-- the key's index the sum is an index-only scan of a few pages. ON CONFLICT (key columns) still infers the key.
ALTER TABLE hourly_session_counts DROP CONSTRAINT hourly_session_counts_pkey,
    ADD CONSTRAINT hourly_session_counts_pkey PRIMARY KEY (session_id, hour_start, type) INCLUDE (event_count);
ALTER TABLE hourly_type_counts DROP CONSTRAINT hourly_type_counts_pkey,
    ADD CONSTRAINT hourly_type_counts_pkey PRIMARY KEY (hour_start, type) INCLUDE (event_count);

-- Queue tables: every write inserts into them and the fold or the indexer deletes, so they are mostly dead rows
-- that every reader of the unfolded changes scans. Vacuum them after a few thousand dead rows instead of 20%.
ALTER TABLE hourly_count_changes SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000);
ALTER TABLE events_search_pending SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000);
