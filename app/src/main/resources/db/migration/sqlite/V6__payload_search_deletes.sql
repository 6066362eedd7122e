-- Retention deletes the oldest events, whose index entries sit in the oldest, largest FTS5 segments. By
-- default FTS5 rewrites a whole segment once 10% of its rows are deleted ('deletemerge'), inside the delete
-- that crosses the mark: on 1M events single 500-row delete batches then held the write lock for 5-29 s
-- (docs/benchmarks.md, Retention). With 0 the deleted rows' entries stay as tombstones, skipped by searches,
-- until ordinary merges after inserts rewrite those segments.
INSERT INTO events_fts (events_fts, rank) VALUES ('deletemerge', 0);
