-- Schema version 8: an honest skill budget. A role skill gets a weight and a "core" mark (NULL = the
-- default derived from the posting); a must-have a loop cannot observe is acknowledged with a reason.
ALTER TABLE role_skill ADD COLUMN core BOOLEAN;
ALTER TABLE role_skill ADD COLUMN weight INTEGER;
CREATE TABLE skill_acknowledgement (
	loop_id VARCHAR(36) NOT NULL,
	role_skill_id VARCHAR(36) NOT NULL,
	reason VARCHAR NOT NULL,
	created_at VARCHAR NOT NULL,
	PRIMARY KEY (loop_id, role_skill_id),
	FOREIGN KEY(loop_id) REFERENCES loop (id) ON DELETE CASCADE,
	FOREIGN KEY(role_skill_id) REFERENCES role_skill (id) ON DELETE CASCADE
);
-- A shadow sits in on a stage to learn it (or, reverse shadow, is watched by an experienced
-- interviewer); a shadow has no interview of their own and rates nothing.
CREATE TABLE stage_shadow (
	stage_id VARCHAR(36) NOT NULL,
	interviewer_id VARCHAR(36) NOT NULL,
	PRIMARY KEY (stage_id, interviewer_id),
	FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE,
	FOREIGN KEY(interviewer_id) REFERENCES interviewer (id) ON DELETE CASCADE
);
