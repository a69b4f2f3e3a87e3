-- Schema version 5: an honest skill budget. A role skill gets a weight and a "core" mark (NULL = the
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
