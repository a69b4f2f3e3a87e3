-- Schema version 10: each search-index row has the rowid of its question. The health check then compares
-- the index with the questions by rowid, two set-based anti-joins over integer keys, instead of reading the
-- stored question_id of every index row (which FTS5 cannot index); a re-import deletes a changed question's
-- row by rowid. Rows of questions that no longer exist are dropped; the text of the others is kept as is.
CREATE TEMP TABLE _search_rows AS
	SELECT q.rowid AS question_rowid, f.question_id, f.text, f.skills, f.follow_ups
	FROM question_fts f JOIN question q ON q.id = f.question_id;
DELETE FROM question_fts;
INSERT INTO question_fts (rowid, question_id, text, skills, follow_ups)
	SELECT question_rowid, question_id, text, skills, follow_ups FROM temp._search_rows ORDER BY question_rowid;
DROP TABLE temp._search_rows;
