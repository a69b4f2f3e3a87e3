-- Schema version 13 (SQLite: each search row carries the keys of its question's catalogue skills, and search
-- filters by skill inside the FTS5 expression). PostgreSQL keeps the same column, filled the same way, so a
-- version means the same columns on both engines; its search filters by question_skill (an index lookup) and
-- does not read the keys, and they are not part of the ranked document.
ALTER TABLE question_fts ADD COLUMN skill_keys VARCHAR NOT NULL DEFAULT '';
UPDATE question_fts f SET skill_keys = k.keys
FROM (
	SELECT qs.question_id,
		string_agg(chr(57344) || replace(s.slug, '-', chr(57344)) || chr(57344), ' ' ORDER BY qs.position) AS keys
	FROM question_skill qs JOIN catalogue_skill s ON s.id = qs.skill_id
	GROUP BY qs.question_id
) AS k
WHERE k.question_id = f.question_id;
