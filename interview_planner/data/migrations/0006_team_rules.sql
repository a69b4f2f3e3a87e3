-- Schema version 6: the database itself enforces the scorecard rules (docs/team-mode.md, "Rules the
-- database enforces"). CHECK constraints bound every scored value; triggers keep a submitted scorecard
-- and its ratings final except through an amendment opened and closed by the same operation; an
-- amendment is append-only and dated now; a rating is only for a skill its interview's stage assesses.
-- The four CREATE TABLE statements rebuild their tables (SQLite cannot add a CHECK to a table), keeping
-- every row. app_meta row 'bulk_copy' (written only inside 'db copy') lets a whole database be copied.
CREATE TABLE scorecard (
	id VARCHAR(36) NOT NULL,
	interview_id VARCHAR(36),
	status VARCHAR(10) NOT NULL,
	overall VARCHAR(12),
	key_takeaways VARCHAR NOT NULL,
	private_notes VARCHAR NOT NULL,
	created_at DATETIME NOT NULL,
	updated_at DATETIME NOT NULL,
	submitted_at DATETIME,
	source VARCHAR(20) NOT NULL,
	version INTEGER NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (interview_id),
	FOREIGN KEY(interview_id) REFERENCES interview (id) ON DELETE CASCADE,
	CONSTRAINT ck_scorecard_status CHECK (status IN ('draft', 'submitted')),
	CONSTRAINT ck_scorecard_overall CHECK (overall IS NULL OR overall IN ('strong_no', 'no', 'yes', 'strong_yes')),
	CONSTRAINT ck_scorecard_submitted_at CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
	CONSTRAINT ck_scorecard_version CHECK (version >= 1),
	CONSTRAINT ck_scorecard_text CHECK (length(key_takeaways) <= 100000 AND length(private_notes) <= 100000)
);

CREATE TABLE rating (
	id VARCHAR(36) NOT NULL,
	scorecard_id VARCHAR(36) NOT NULL,
	role_skill_id VARCHAR(36) NOT NULL,
	rating INTEGER,
	evidence VARCHAR NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uq_rating UNIQUE (scorecard_id, role_skill_id),
	FOREIGN KEY(scorecard_id) REFERENCES scorecard (id) ON DELETE CASCADE,
	FOREIGN KEY(role_skill_id) REFERENCES role_skill (id) ON DELETE CASCADE,
	CONSTRAINT ck_rating_value CHECK (rating IS NULL OR (typeof(rating) = 'integer' AND rating BETWEEN 1 AND 4)),
	CONSTRAINT ck_rating_evidence CHECK (length(evidence) <= 100000)
);

CREATE TABLE scorecard_amendment (
	id VARCHAR(36) NOT NULL,
	scorecard_id VARCHAR(36) NOT NULL,
	at DATETIME NOT NULL,
	reason VARCHAR NOT NULL,
	"before" JSON NOT NULL,
	"after" JSON NOT NULL,
	author VARCHAR NOT NULL DEFAULT '',
	closed BOOLEAN NOT NULL DEFAULT 1,
	PRIMARY KEY (id),
	FOREIGN KEY(scorecard_id) REFERENCES scorecard (id) ON DELETE CASCADE,
	CONSTRAINT ck_amendment_reason CHECK (length(trim(reason)) BETWEEN 1 AND 10000),
	CONSTRAINT ck_amendment_closed CHECK (closed IN (0, 1))
);

CREATE TABLE decision_override (
	id VARCHAR(36) NOT NULL,
	candidate_id VARCHAR(36) NOT NULL,
	computed VARCHAR(12) NOT NULL,
	decision VARCHAR(12) NOT NULL,
	reason VARCHAR NOT NULL,
	"by" VARCHAR NOT NULL,
	at DATETIME NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
	CONSTRAINT ck_override_computed CHECK (computed IN ('hire', 'no_hire', 'incomplete')),
	CONSTRAINT ck_override_decision CHECK (decision IN ('hire', 'no_hire')),
	CONSTRAINT ck_override_reason CHECK (length(trim(reason)) BETWEEN 1 AND 10000)
);

-- A submitted scorecard never goes back to draft, keeps its interview and its submission time.
CREATE TRIGGER ilp_scorecard_stays_submitted BEFORE UPDATE ON scorecard
WHEN OLD.status = 'submitted' AND (NEW.status IS NOT 'submitted' OR NEW.submitted_at IS NOT OLD.submitted_at)
BEGIN
	SELECT RAISE(ABORT, 'team rule: a submitted scorecard stays submitted (status and submission time are final)');
END;

CREATE TRIGGER ilp_scorecard_keeps_interview BEFORE UPDATE ON scorecard
WHEN NEW.interview_id IS NOT OLD.interview_id OR NEW.created_at IS NOT OLD.created_at
BEGIN
	SELECT RAISE(ABORT, 'team rule: a scorecard keeps its interview and creation time');
END;

-- Any other change to a submitted scorecard needs an open amendment (written by the same operation).
CREATE TRIGGER ilp_scorecard_final BEFORE UPDATE ON scorecard
WHEN OLD.status = 'submitted'
	AND NOT EXISTS (SELECT 1 FROM scorecard_amendment a WHERE a.scorecard_id = OLD.id AND a.closed = 0)
	AND (NEW.overall IS NOT OLD.overall OR NEW.key_takeaways IS NOT OLD.key_takeaways
		OR NEW.private_notes IS NOT OLD.private_notes OR NEW.source IS NOT OLD.source
		OR NEW.updated_at IS NOT OLD.updated_at OR NEW.version IS NOT OLD.version)
BEGIN
	SELECT RAISE(ABORT, 'team rule: a submitted scorecard changes only through an amendment');
END;

CREATE TRIGGER ilp_rating_assessed_skill BEFORE INSERT ON rating
WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'bulk_copy')
	AND NOT EXISTS (SELECT 1 FROM scorecard s JOIN interview i ON i.id = s.interview_id
		JOIN stage_skill ss ON ss.stage_id = i.stage_id
		WHERE s.id = NEW.scorecard_id AND ss.role_skill_id = NEW.role_skill_id)
BEGIN
	SELECT RAISE(ABORT, 'team rule: a rating is only for a skill its interview''s stage assesses');
END;

CREATE TRIGGER ilp_rating_keys_fixed BEFORE UPDATE ON rating
WHEN NEW.scorecard_id IS NOT OLD.scorecard_id OR NEW.role_skill_id IS NOT OLD.role_skill_id OR NEW.id IS NOT OLD.id
BEGIN
	SELECT RAISE(ABORT, 'team rule: a rating keeps its scorecard and skill');
END;

CREATE TRIGGER ilp_rating_insert_final BEFORE INSERT ON rating
WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'bulk_copy')
	AND EXISTS (SELECT 1 FROM scorecard s WHERE s.id = NEW.scorecard_id AND s.status = 'submitted')
	AND NOT EXISTS (SELECT 1 FROM scorecard_amendment a WHERE a.scorecard_id = NEW.scorecard_id AND a.closed = 0)
BEGIN
	SELECT RAISE(ABORT, 'team rule: a submitted scorecard changes only through an amendment');
END;

CREATE TRIGGER ilp_rating_update_final BEFORE UPDATE ON rating
WHEN (NEW.rating IS NOT OLD.rating OR NEW.evidence IS NOT OLD.evidence)
	AND EXISTS (SELECT 1 FROM scorecard s WHERE s.id = OLD.scorecard_id AND s.status = 'submitted')
	AND NOT EXISTS (SELECT 1 FROM scorecard_amendment a WHERE a.scorecard_id = OLD.scorecard_id AND a.closed = 0)
BEGIN
	SELECT RAISE(ABORT, 'team rule: a submitted scorecard changes only through an amendment');
END;

-- Deleting the scorecard itself (erasure, retention) or the role's skill (a manager's edit of the role)
-- deletes its ratings; one rating alone may not go.
CREATE TRIGGER ilp_rating_delete_final BEFORE DELETE ON rating
WHEN EXISTS (SELECT 1 FROM scorecard s WHERE s.id = OLD.scorecard_id AND s.status = 'submitted')
	AND EXISTS (SELECT 1 FROM role_skill rs WHERE rs.id = OLD.role_skill_id)
	AND NOT EXISTS (SELECT 1 FROM scorecard_amendment a WHERE a.scorecard_id = OLD.scorecard_id AND a.closed = 0)
BEGIN
	SELECT RAISE(ABORT, 'team rule: a submitted scorecard changes only through an amendment');
END;

CREATE TRIGGER ilp_amendment_of_submitted BEFORE INSERT ON scorecard_amendment
WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'bulk_copy')
	AND NOT EXISTS (SELECT 1 FROM scorecard s WHERE s.id = NEW.scorecard_id AND s.status = 'submitted')
BEGIN
	SELECT RAISE(ABORT, 'team rule: only a submitted scorecard is amended');
END;

-- Amendments are dated when they are written (this machine's clock; within five minutes).
CREATE TRIGGER ilp_amendment_dated_now BEFORE INSERT ON scorecard_amendment
WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = 'bulk_copy')
	AND (NEW.at < strftime('%Y-%m-%d %H:%M:%f', 'now', '-5 minutes')
		OR NEW.at > strftime('%Y-%m-%d %H:%M:%f', 'now', '+5 minutes'))
BEGIN
	SELECT RAISE(ABORT, 'team rule: an amendment is dated when it is written');
END;

-- Append-only: the one change allowed is closing an open amendment with its 'after' values.
CREATE TRIGGER ilp_amendment_append_only BEFORE UPDATE ON scorecard_amendment
WHEN NOT (OLD.closed = 0 AND NEW.closed = 1 AND NEW.id IS OLD.id AND NEW.scorecard_id IS OLD.scorecard_id
	AND NEW.at IS OLD.at AND NEW.reason IS OLD.reason AND NEW."before" IS OLD."before"
	AND NEW.author IS OLD.author)
BEGIN
	SELECT RAISE(ABORT, 'team rule: amendments are append-only');
END;
