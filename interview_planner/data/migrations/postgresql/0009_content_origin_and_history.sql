-- Schema version 9: content the user owns. Each catalogue skill, question and rubric records whether it is
-- shipped content ('bundled') or the user's ('user'), and the hash of the shipped version it was last written
-- from, so 'init' upgrades only what nobody changed. A replaced rubric is kept in rubric_version (restorable).
-- A catalogue skill can be retired or merged into another, and narrows a broader one.
-- Rows written before version 6 count as shipped content when they were read from a shipped folder.
ALTER TABLE catalogue_skill ADD COLUMN broader VARCHAR(80);
ALTER TABLE catalogue_skill ADD COLUMN retired BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE catalogue_skill ADD COLUMN merged_into VARCHAR(36);
ALTER TABLE catalogue_skill ADD COLUMN bundled_hash VARCHAR(64);
ALTER TABLE question ADD COLUMN origin VARCHAR(10) NOT NULL DEFAULT 'user';
ALTER TABLE question ADD COLUMN bundled_hash VARCHAR(64);
ALTER TABLE question ADD COLUMN needs_review BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE rubric ADD COLUMN origin VARCHAR(10) NOT NULL DEFAULT 'user';
ALTER TABLE rubric ADD COLUMN bundled_hash VARCHAR(64);
UPDATE question SET origin = 'bundled', bundled_hash = content_hash WHERE source_file LIKE '%question_banks%';
UPDATE rubric SET origin = 'bundled', bundled_hash = content_hash WHERE source_file LIKE '%rubrics%';
CREATE TABLE rubric_version (
	id VARCHAR(36) NOT NULL,
	skill_id VARCHAR(36) NOT NULL,
	title VARCHAR NOT NULL,
	anchors_required INTEGER,
	bars JSON NOT NULL,
	levels JSON NOT NULL,
	origin VARCHAR(10) NOT NULL,
	source_file VARCHAR NOT NULL,
	content_hash VARCHAR(64) NOT NULL,
	replaced_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(skill_id) REFERENCES catalogue_skill (id) ON DELETE CASCADE
);
CREATE INDEX ix_rubric_version_skill_id ON rubric_version (skill_id);
