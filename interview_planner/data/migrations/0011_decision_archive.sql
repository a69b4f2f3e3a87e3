-- Schema version 11: pseudonymised decision records. When retention erases (or anonymises) a decided
-- candidate, the decision is kept under a random pseudonym without name, email, dates finer than a
-- month or interviewers' words, until its own retention day (docs/privacy.md). Self-identification
-- moves with it into a table of its own, for the adverse-impact report only.
CREATE TABLE decision_archive (
	pseudonym VARCHAR(20) NOT NULL,
	role_id VARCHAR(36),
	loop_id VARCHAR(36),
	role VARCHAR NOT NULL,
	loop VARCHAR NOT NULL,
	applied_month VARCHAR(7) NOT NULL,
	decided_month VARCHAR(7) NOT NULL,
	policy_version INTEGER NOT NULL,
	policy JSON NOT NULL,
	inputs JSON NOT NULL,
	computed VARCHAR(12) NOT NULL,
	final VARCHAR(12) NOT NULL,
	sign_offs JSON NOT NULL,
	override JSON NOT NULL,
	keep_until VARCHAR(10) NOT NULL,
	PRIMARY KEY (pseudonym),
	FOREIGN KEY(role_id) REFERENCES role (id) ON DELETE SET NULL,
	FOREIGN KEY(loop_id) REFERENCES loop (id) ON DELETE SET NULL
);
CREATE INDEX ix_decision_archive_role_id ON decision_archive (role_id);
CREATE INDEX ix_decision_archive_loop_id ON decision_archive (loop_id);
CREATE INDEX ix_decision_archive_keep_until ON decision_archive (keep_until);
CREATE TABLE archived_self_identification (
	pseudonym VARCHAR(20) NOT NULL,
	category VARCHAR(40) NOT NULL,
	value VARCHAR(80) NOT NULL,
	PRIMARY KEY (pseudonym, category),
	FOREIGN KEY(pseudonym) REFERENCES decision_archive (pseudonym) ON DELETE CASCADE
);
