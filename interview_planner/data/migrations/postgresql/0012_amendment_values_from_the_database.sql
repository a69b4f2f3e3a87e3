-- Schema version 12: the amendment log's snapshot (recorded by ilp_amendment_guard since version 6) also
-- holds each rating's not-assessed reason, the same shape as services.scorecards.snapshot and as the
-- SQLite triggers of ../0012_amendment_values_from_the_database.sql; and that reason is final on a
-- submitted scorecard (it was missing from ilp_rating_guard). CREATE OR REPLACE keeps the functions' owner
-- and the REVOKE of version 6.
CREATE OR REPLACE FUNCTION ilp_scorecard_snapshot(p_card varchar) RETURNS json
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT json_build_object(
    'overall', s.overall, 'key_takeaways', s.key_takeaways, 'private_notes', s.private_notes,
    'ratings', coalesce((SELECT json_object_agg(r.role_skill_id,
                                                json_build_object('rating', r.rating, 'evidence', r.evidence,
                                                                  'not_assessed', r.not_assessed_reason)
                                                ORDER BY r.role_skill_id)
                         FROM rating r WHERE r.scorecard_id = s.id), '{}'::json))
  FROM scorecard s WHERE s.id = p_card
$fn$;

CREATE OR REPLACE FUNCTION ilp_rating_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- deleting the scorecard itself (erasure) or the role's skill (a manager's edit of the role) takes
    -- its ratings along; one rating alone may not go
    IF ilp_card_submitted(OLD.scorecard_id) AND NOT ilp_amendment_open(OLD.scorecard_id)
       AND EXISTS (SELECT 1 FROM role_skill rs WHERE rs.id = OLD.role_skill_id) THEN
      RAISE EXCEPTION 'team rule: a submitted scorecard changes only through an amendment' USING ERRCODE = '23514';
    END IF;
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF ilp_bulk_copy() THEN
      RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM scorecard s JOIN interview i ON i.id = s.interview_id
                   JOIN stage_skill ss ON ss.stage_id = i.stage_id
                   WHERE s.id = NEW.scorecard_id AND ss.role_skill_id = NEW.role_skill_id) THEN
      RAISE EXCEPTION 'team rule: a rating is only for a skill its interview''s stage assesses'
        USING ERRCODE = '23514';
    END IF;
  ELSE
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.scorecard_id IS DISTINCT FROM OLD.scorecard_id
       OR NEW.role_skill_id IS DISTINCT FROM OLD.role_skill_id THEN
      RAISE EXCEPTION 'team rule: a rating keeps its scorecard and skill' USING ERRCODE = '23514';
    END IF;
    IF (NEW.rating, NEW.evidence, NEW.not_assessed_reason)
       IS NOT DISTINCT FROM (OLD.rating, OLD.evidence, OLD.not_assessed_reason) THEN
      RETURN NEW;
    END IF;
  END IF;
  IF ilp_card_submitted(NEW.scorecard_id) AND NOT ilp_amendment_open(NEW.scorecard_id) THEN
    RAISE EXCEPTION 'team rule: a submitted scorecard changes only through an amendment' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END
$fn$;
