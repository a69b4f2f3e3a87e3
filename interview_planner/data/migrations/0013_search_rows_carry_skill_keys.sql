-- Schema version 13: each search row carries the keys of its question's catalogue skills (column skill_keys,
-- services/fulltext.py: the slug with a private-use character U+E000 at both ends and for each hyphen, so a
-- key is one token that no typed word can match). Search then filters by skill inside the FTS5 expression:
-- the index intersects the words' matches with the skill's, and bm25 (weight 0 on this column) ranks only
-- the questions that pass, instead of every match of the words. FTS5 cannot add a column, so the table is
-- built again: every row keeps its rowid (the question's, schema 10) and its text.
CREATE TEMP TABLE _search_rows AS SELECT rowid AS question_rowid, question_id, text, skills, follow_ups FROM question_fts;
DROP TABLE question_fts;
CREATE VIRTUAL TABLE question_fts USING fts5(
	question_id UNINDEXED, text, skills, follow_ups, skill_keys,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO question_fts (rowid, question_id, text, skills, follow_ups, skill_keys)
	SELECT r.question_rowid, r.question_id, r.text, r.skills, r.follow_ups, coalesce((
		SELECT group_concat(k.key, ' ') FROM (
			SELECT char(57344) || replace(s.slug, '-', char(57344)) || char(57344) AS key
			FROM question_skill qs JOIN catalogue_skill s ON s.id = qs.skill_id
			WHERE qs.question_id = r.question_id ORDER BY qs.position
		) AS k
	), '')
	FROM temp._search_rows r ORDER BY r.question_rowid;
DROP TABLE temp._search_rows;
