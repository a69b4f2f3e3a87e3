-- Schema version 5: voluntary self-identification of candidates, kept apart for the adverse-impact
-- report (docs/fairness.md). Deleting a candidate deletes it. Team setup lets only the compliance
-- group read it.
CREATE TABLE self_identification (
	candidate_id VARCHAR(36) NOT NULL,
	category VARCHAR(40) NOT NULL,
	value VARCHAR(80) NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (candidate_id, category),
	FOREIGN KEY(candidate_id) REFERENCES candidate (id) ON DELETE CASCADE
);
