-- Schema version 12: the database records an amendment's before/after values itself, as PostgreSQL does
-- since version 6 (ilp_amendment_guard): when an amendment is opened its 'before' is the scorecard as it
-- stands (and its 'after' too when it is opened closed); when it is closed its 'after' is the scorecard as
-- the operation left it. Whatever the client sent is replaced, so an edit made through raw SQL inside an
-- amendment is logged with its true values. The snapshot has the shape of services.scorecards.snapshot.
-- A rating's not-assessed reason is final on a submitted scorecard too (it was missing from version 6).
-- The triggers' own writes pass the append-only rule through the app_meta row 'amendment_values'
-- (holding the amendment's id), which they write and delete inside the same statement.
DROP TRIGGER ilp_amendment_append_only;

CREATE TRIGGER ilp_amendment_append_only BEFORE UPDATE ON scorecard_amendment
WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'amendment_values' AND value = OLD.id)
	AND NOT (OLD.closed = 0 AND NEW.closed = 1 AND NEW.id IS OLD.id AND NEW.scorecard_id IS OLD.scorecard_id
		AND NEW.at IS OLD.at AND NEW.reason IS OLD.reason AND NEW."before" IS OLD."before"
		AND NEW.author IS OLD.author)
BEGIN
	SELECT RAISE(ABORT, 'team rule: amendments are append-only');
END;

CREATE TRIGGER ilp_amendment_records_before AFTER INSERT ON scorecard_amendment
WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'bulk_copy')
BEGIN
	INSERT OR REPLACE INTO app_meta (key, value) VALUES ('amendment_values', NEW.id);
	UPDATE scorecard_amendment
	SET "before" = (
			SELECT json_object('overall', s.overall, 'key_takeaways', s.key_takeaways,
				'private_notes', s.private_notes, 'ratings', json((
					SELECT json_group_object(r.role_skill_id, json_object('rating', r.rating,
						'evidence', r.evidence, 'not_assessed', r.not_assessed_reason))
					FROM (SELECT * FROM rating WHERE scorecard_id = s.id ORDER BY role_skill_id) r)))
			FROM scorecard s WHERE s.id = NEW.scorecard_id),
		"after" = CASE WHEN NEW.closed THEN (
			SELECT json_object('overall', s.overall, 'key_takeaways', s.key_takeaways,
				'private_notes', s.private_notes, 'ratings', json((
					SELECT json_group_object(r.role_skill_id, json_object('rating', r.rating,
						'evidence', r.evidence, 'not_assessed', r.not_assessed_reason))
					FROM (SELECT * FROM rating WHERE scorecard_id = s.id ORDER BY role_skill_id) r)))
			FROM scorecard s WHERE s.id = NEW.scorecard_id) ELSE "after" END
	WHERE id = NEW.id;
	DELETE FROM app_meta WHERE key = 'amendment_values';
END;

CREATE TRIGGER ilp_amendment_records_after AFTER UPDATE OF closed ON scorecard_amendment
WHEN OLD.closed = 0 AND NEW.closed = 1
BEGIN
	INSERT OR REPLACE INTO app_meta (key, value) VALUES ('amendment_values', NEW.id);
	UPDATE scorecard_amendment
	SET "after" = (
			SELECT json_object('overall', s.overall, 'key_takeaways', s.key_takeaways,
				'private_notes', s.private_notes, 'ratings', json((
					SELECT json_group_object(r.role_skill_id, json_object('rating', r.rating,
						'evidence', r.evidence, 'not_assessed', r.not_assessed_reason))
					FROM (SELECT * FROM rating WHERE scorecard_id = s.id ORDER BY role_skill_id) r)))
			FROM scorecard s WHERE s.id = NEW.scorecard_id)
	WHERE id = NEW.id;
	DELETE FROM app_meta WHERE key = 'amendment_values';
END;

DROP TRIGGER ilp_rating_update_final;

CREATE TRIGGER ilp_rating_update_final BEFORE UPDATE ON rating
WHEN (NEW.rating IS NOT OLD.rating OR NEW.evidence IS NOT OLD.evidence
		OR NEW.not_assessed_reason IS NOT OLD.not_assessed_reason)
	AND EXISTS (SELECT 1 FROM scorecard s WHERE s.id = OLD.scorecard_id AND s.status = 'submitted')
	AND NOT EXISTS (SELECT 1 FROM scorecard_amendment a WHERE a.scorecard_id = OLD.scorecard_id AND a.closed = 0)
BEGIN
	SELECT RAISE(ABORT, 'team rule: a submitted scorecard changes only through an amendment');
END;
