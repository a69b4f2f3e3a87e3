-- Schema version 10 (SQLite: each search-index row has the rowid of its question). PostgreSQL has no rowid:
-- its question_fts rows are keyed by question_id already (the primary key, a foreign key to question with
-- ON DELETE CASCADE), so the health check's anti-joins use that index and nothing changes but this note.
COMMENT ON TABLE question_fts IS 'one search row per question, keyed by question_id (schema 10)';
