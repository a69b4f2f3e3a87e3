-- Schema version 6: the database itself enforces the scorecard rules, for every client (the app, psql,
-- anything): CHECK constraints bound every scored value; triggers keep a submitted scorecard and its
-- ratings final except through an amendment opened and closed in the same transaction by the same login;
-- amendments are append-only, dated by the server and signed with the session's login; a rating is only
-- for a skill its interview's stage assesses. Same rules as ../0006_team_rules.sql (SQLite).
-- The constraints are NOT VALID so that a database holding rows written before them still upgrades;
-- 'db check' lists such rows.
ALTER TABLE scorecard
	ADD CONSTRAINT ck_scorecard_status CHECK (status IN ('draft', 'submitted')) NOT VALID,
	ADD CONSTRAINT ck_scorecard_overall CHECK (overall IS NULL OR overall IN ('strong_no', 'no', 'yes', 'strong_yes')) NOT VALID,
	ADD CONSTRAINT ck_scorecard_submitted_at CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)) NOT VALID,
	ADD CONSTRAINT ck_scorecard_version CHECK (version >= 1) NOT VALID,
	ADD CONSTRAINT ck_scorecard_text CHECK (length(key_takeaways) <= 100000 AND length(private_notes) <= 100000) NOT VALID;

ALTER TABLE rating
	ADD CONSTRAINT ck_rating_value CHECK (rating IS NULL OR rating BETWEEN 1 AND 4) NOT VALID,
	ADD CONSTRAINT ck_rating_evidence CHECK (length(evidence) <= 100000) NOT VALID;

ALTER TABLE scorecard_amendment
	ADD COLUMN author VARCHAR NOT NULL DEFAULT '',
	ADD COLUMN closed BOOLEAN NOT NULL DEFAULT true,
	ADD CONSTRAINT ck_amendment_reason CHECK (length(trim(reason)) BETWEEN 1 AND 10000) NOT VALID;

ALTER TABLE decision_override
	ADD CONSTRAINT ck_override_computed CHECK (computed IN ('hire', 'no_hire', 'incomplete')) NOT VALID,
	ADD CONSTRAINT ck_override_decision CHECK (decision IN ('hire', 'no_hire')) NOT VALID,
	ADD CONSTRAINT ck_override_reason CHECK (length(trim(reason)) BETWEEN 1 AND 10000) NOT VALID;

-- 'db copy' into a team database (run by the owner or a superuser) writes submitted scorecards with their
-- ratings and history as they are: it sets ilp.bulk_copy for its transaction. Nobody else can use it.
CREATE FUNCTION ilp_bulk_copy() RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $fn$
  SELECT coalesce(current_setting('ilp.bulk_copy', true), '') = 'on'
     AND (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
          OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'scorecard'::regclass), 'MEMBER'))
$fn$;

-- Is an amendment of this scorecard open, by this login, in this transaction? (Open amendments never
-- outlive their transaction: see ilp_amendment_closed below.)
CREATE FUNCTION ilp_amendment_open(p_card varchar) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT EXISTS (SELECT 1 FROM scorecard_amendment a
                 WHERE a.scorecard_id = p_card AND NOT a.closed AND a.author = session_user)
$fn$;

CREATE FUNCTION ilp_card_submitted(p_card varchar) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT EXISTS (SELECT 1 FROM scorecard s WHERE s.id = p_card AND s.status = 'submitted')
$fn$;

-- The scorecard as the amendment log records it (the same shape as services.scorecards.snapshot).
CREATE FUNCTION ilp_scorecard_snapshot(p_card varchar) RETURNS json
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT json_build_object(
    'overall', s.overall, 'key_takeaways', s.key_takeaways, 'private_notes', s.private_notes,
    'ratings', coalesce((SELECT json_object_agg(r.role_skill_id,
                                                json_build_object('rating', r.rating, 'evidence', r.evidence)
                                                ORDER BY r.role_skill_id)
                         FROM rating r WHERE r.scorecard_id = s.id), '{}'::json))
  FROM scorecard s WHERE s.id = p_card
$fn$;

CREATE FUNCTION ilp_scorecard_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.interview_id IS DISTINCT FROM OLD.interview_id
     OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'team rule: a scorecard keeps its interview and creation time' USING ERRCODE = '23514';
  END IF;
  IF OLD.status = 'submitted' THEN
    IF NEW.status IS DISTINCT FROM 'submitted' OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at THEN
      RAISE EXCEPTION 'team rule: a submitted scorecard stays submitted (status and submission time are final)'
        USING ERRCODE = '23514';
    END IF;
    IF (NEW.overall, NEW.key_takeaways, NEW.private_notes, NEW.source, NEW.updated_at, NEW.version)
       IS DISTINCT FROM (OLD.overall, OLD.key_takeaways, OLD.private_notes, OLD.source, OLD.updated_at, OLD.version)
       AND NOT ilp_amendment_open(OLD.id) THEN
      RAISE EXCEPTION 'team rule: a submitted scorecard changes only through an amendment' USING ERRCODE = '23514';
    END IF;
  END IF;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER ilp_scorecard_guard BEFORE UPDATE ON scorecard
FOR EACH ROW EXECUTE FUNCTION ilp_scorecard_guard();

CREATE FUNCTION ilp_rating_guard() RETURNS trigger
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
    IF (NEW.rating, NEW.evidence) IS NOT DISTINCT FROM (OLD.rating, OLD.evidence) THEN
      RETURN NEW;
    END IF;
  END IF;
  IF ilp_card_submitted(NEW.scorecard_id) AND NOT ilp_amendment_open(NEW.scorecard_id) THEN
    RAISE EXCEPTION 'team rule: a submitted scorecard changes only through an amendment' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER ilp_rating_guard BEFORE INSERT OR UPDATE OR DELETE ON rating
FOR EACH ROW EXECUTE FUNCTION ilp_rating_guard();

-- An amendment is written by the server's clock and signed with the login; its before/after values are
-- the scorecard's own (taken when it opens and when it closes), whatever the client sent.
CREATE FUNCTION ilp_amendment_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF ilp_bulk_copy() THEN
      RETURN NEW;
    END IF;
    IF NOT ilp_card_submitted(NEW.scorecard_id) THEN
      RAISE EXCEPTION 'team rule: only a submitted scorecard is amended' USING ERRCODE = '23514';
    END IF;
    IF NEW.author <> '' AND NEW.author <> session_user THEN
      RAISE EXCEPTION 'team rule: an amendment is signed by the login that writes it' USING ERRCODE = '23514';
    END IF;
    IF NEW.at NOT BETWEEN now() - interval '1 hour' AND now() + interval '1 hour' THEN
      RAISE EXCEPTION 'team rule: an amendment is dated when it is written' USING ERRCODE = '23514';
    END IF;
    NEW.at := now();
    NEW.author := session_user;
    NEW.before := ilp_scorecard_snapshot(NEW.scorecard_id);
    IF NEW.closed THEN
      NEW.after := NEW.before;
    END IF;
    RETURN NEW;
  END IF;
  -- UPDATE: the one change allowed is closing an open amendment, by its author
  IF NOT (NOT OLD.closed AND NEW.closed AND OLD.author = session_user
          AND (NEW.id, NEW.scorecard_id, NEW.at, NEW.reason, NEW.author)
              IS NOT DISTINCT FROM (OLD.id, OLD.scorecard_id, OLD.at, OLD.reason, OLD.author)
          AND NEW.before::text = OLD.before::text) THEN
    RAISE EXCEPTION 'team rule: amendments are append-only' USING ERRCODE = '23514';
  END IF;
  NEW.after := ilp_scorecard_snapshot(NEW.scorecard_id);
  RETURN NEW;
END
$fn$;

CREATE TRIGGER ilp_amendment_guard BEFORE INSERT OR UPDATE ON scorecard_amendment
FOR EACH ROW EXECUTE FUNCTION ilp_amendment_guard();

-- At commit, every amendment opened in the transaction must be closed: an open amendment is what lets a
-- submitted scorecard change, so it never outlives the operation that wrote it.
CREATE FUNCTION ilp_amendment_closed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  IF EXISTS (SELECT 1 FROM scorecard_amendment a WHERE a.id = NEW.id AND NOT a.closed) THEN
    RAISE EXCEPTION 'team rule: an amendment is closed by the operation that opens it' USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END
$fn$;

CREATE CONSTRAINT TRIGGER ilp_amendment_closed AFTER INSERT ON scorecard_amendment
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ilp_amendment_closed();

-- The helpers run inside the triggers (as the owner); nobody calls them directly (the snapshot would
-- otherwise read round row-level security).
REVOKE ALL ON FUNCTION ilp_bulk_copy(), ilp_amendment_open(varchar), ilp_card_submitted(varchar),
	ilp_scorecard_snapshot(varchar), ilp_scorecard_guard(), ilp_rating_guard(), ilp_amendment_guard(),
	ilp_amendment_closed() FROM PUBLIC;
