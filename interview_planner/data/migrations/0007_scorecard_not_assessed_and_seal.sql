-- Schema version 7: a skill an interviewer did not assess is marked so with a short reason (rating NULL
-- and a reason); a rating NULL without a reason is simply not rated yet, and a scorecard with one cannot
-- be submitted. The database gets a secret that seals packets and kits (a keyed MAC over their
-- identifying fields); in team mode only managers can read it.
ALTER TABLE rating ADD COLUMN not_assessed_reason VARCHAR NOT NULL DEFAULT '';
INSERT INTO app_meta ("key", value) SELECT 'seal_secret', lower(hex(randomblob(32)))
    WHERE NOT EXISTS (SELECT 1 FROM app_meta WHERE "key" = 'seal_secret');
-- Before version 6 a NULL rating on a submitted scorecard meant "not assessed": keep that meaning.
UPDATE rating SET not_assessed_reason = 'marked N/A before reasons were asked'
    WHERE rating IS NULL AND scorecard_id IN (SELECT id FROM scorecard WHERE status = 'submitted');
-- A decision signed off by a person, with the policy (and its version) and the inputs it was computed from,
-- so 'decide --recompute' can re-run a policy on past candidates.
CREATE TABLE decision_record (
	id VARCHAR(36) NOT NULL,
	candidate_id VARCHAR(36) NOT NULL,
	policy_version INTEGER NOT NULL,
	policy JSON NOT NULL,
	inputs JSON NOT NULL,
	computed VARCHAR(12) NOT NULL,
	final VARCHAR(12) NOT NULL,
	signed_by VARCHAR NOT NULL,
	reason VARCHAR NOT NULL,
	signed_at DATETIME NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(candidate_id) REFERENCES candidate (id) ON DELETE CASCADE
);
CREATE INDEX ix_decision_record_candidate_id ON decision_record (candidate_id);
