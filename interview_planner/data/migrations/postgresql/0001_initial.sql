-- Schema version 1 for PostgreSQL (team mode). Same tables and columns as ../0001_initial.sql:
-- generated from the models by 'python -m interview_planner.db.migrations postgresql', plus the
-- search tables; frozen once released. tests/core/db/test_pg_schema.py checks it against the models.
CREATE TABLE app_meta (
	key VARCHAR(60) NOT NULL,
	value VARCHAR NOT NULL,
	PRIMARY KEY (key)
);

CREATE TABLE catalogue_skill (
	id VARCHAR(36) NOT NULL,
	slug VARCHAR(80) NOT NULL,
	name VARCHAR NOT NULL,
	kind VARCHAR(8) NOT NULL,
	definition VARCHAR NOT NULL,
	keywords JSON NOT NULL,
	aliases JSON NOT NULL,
	focuses JSON NOT NULL,
	source VARCHAR(200) NOT NULL,
	PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_catalogue_skill_slug ON catalogue_skill (slug);

CREATE TABLE interviewer (
	id VARCHAR(36) NOT NULL,
	name VARCHAR NOT NULL,
	email VARCHAR,
	skills JSON NOT NULL,
	focuses JSON NOT NULL,
	weekly_limit INTEGER NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX ix_interviewer_email ON interviewer (email);

CREATE INDEX ix_interviewer_name ON interviewer (name);

CREATE TABLE question (
	id VARCHAR(36) NOT NULL,
	bank VARCHAR(80) NOT NULL,
	external_id VARCHAR(80) NOT NULL,
	text VARCHAR NOT NULL,
	kind VARCHAR(20) NOT NULL,
	minutes INTEGER NOT NULL,
	difficulty VARCHAR(10) NOT NULL,
	follow_ups JSON NOT NULL,
	strong_signals JSON NOT NULL,
	weak_signals JSON NOT NULL,
	source_file VARCHAR NOT NULL,
	content_hash VARCHAR(64) NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uq_question_bank_external_id UNIQUE (bank, external_id)
);

CREATE INDEX ix_question_bank ON question (bank);

CREATE INDEX ix_question_difficulty ON question (difficulty);

CREATE INDEX ix_question_kind ON question (kind);

CREATE TABLE role (
	id VARCHAR(36) NOT NULL,
	title VARCHAR NOT NULL,
	salary_min INTEGER,
	salary_max INTEGER,
	salary_currency VARCHAR(8),
	source_name VARCHAR NOT NULL,
	source_text VARCHAR NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version INTEGER NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX ix_role_title ON role (title);

CREATE TABLE loop (
	id VARCHAR(36) NOT NULL,
	role_id VARCHAR(36) NOT NULL,
	name VARCHAR NOT NULL,
	template VARCHAR,
	hide_scorecards_until_submitted BOOLEAN NOT NULL,
	decision_policy JSON NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version INTEGER NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(role_id) REFERENCES role (id) ON DELETE CASCADE
);

CREATE INDEX ix_loop_role_id ON loop (role_id);

CREATE TABLE question_skill (
	question_id VARCHAR(36) NOT NULL,
	skill_id VARCHAR(36) NOT NULL,
	position INTEGER NOT NULL,
	PRIMARY KEY (question_id, skill_id),
	FOREIGN KEY(question_id) REFERENCES question (id) ON DELETE CASCADE,
	FOREIGN KEY(skill_id) REFERENCES catalogue_skill (id) ON DELETE CASCADE
);

CREATE INDEX ix_question_skill_skill ON question_skill (skill_id);

CREATE TABLE role_skill (
	id VARCHAR(36) NOT NULL,
	role_id VARCHAR(36) NOT NULL,
	position INTEGER NOT NULL,
	name VARCHAR NOT NULL,
	kind VARCHAR(8) NOT NULL,
	priority VARCHAR(8) NOT NULL,
	source_text VARCHAR NOT NULL,
	source_line INTEGER,
	catalogue_skill_id VARCHAR(36),
	match_score FLOAT,
	PRIMARY KEY (id),
	FOREIGN KEY(role_id) REFERENCES role (id) ON DELETE CASCADE,
	FOREIGN KEY(catalogue_skill_id) REFERENCES catalogue_skill (id) ON DELETE SET NULL
);

CREATE INDEX ix_role_skill_catalogue_skill_id ON role_skill (catalogue_skill_id);

CREATE INDEX ix_role_skill_role_id ON role_skill (role_id);

CREATE TABLE rubric (
	id VARCHAR(36) NOT NULL,
	skill_id VARCHAR(36),
	title VARCHAR NOT NULL,
	source_file VARCHAR NOT NULL,
	content_hash VARCHAR(64) NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (skill_id),
	FOREIGN KEY(skill_id) REFERENCES catalogue_skill (id) ON DELETE CASCADE
);

CREATE TABLE candidate (
	id VARCHAR(36) NOT NULL,
	loop_id VARCHAR(36) NOT NULL,
	name VARCHAR NOT NULL,
	email VARCHAR,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(loop_id) REFERENCES loop (id) ON DELETE CASCADE
);

CREATE INDEX ix_candidate_loop_id ON candidate (loop_id);

CREATE INDEX ix_candidate_name ON candidate (name);

CREATE TABLE rubric_level (
	id VARCHAR(36) NOT NULL,
	rubric_id VARCHAR(36) NOT NULL,
	level INTEGER NOT NULL,
	label VARCHAR NOT NULL,
	summary VARCHAR NOT NULL,
	anchors JSON NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT uq_rubric_level UNIQUE (rubric_id, level),
	FOREIGN KEY(rubric_id) REFERENCES rubric (id) ON DELETE CASCADE
);

CREATE INDEX ix_rubric_level_rubric_id ON rubric_level (rubric_id);

CREATE TABLE stage (
	id VARCHAR(36) NOT NULL,
	loop_id VARCHAR(36) NOT NULL,
	position INTEGER NOT NULL,
	name VARCHAR NOT NULL,
	format VARCHAR(20) NOT NULL,
	minutes INTEGER NOT NULL,
	focus VARCHAR(40) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(loop_id) REFERENCES loop (id) ON DELETE CASCADE
);

CREATE INDEX ix_stage_loop_id ON stage (loop_id);

CREATE TABLE decision_override (
	id VARCHAR(36) NOT NULL,
	candidate_id VARCHAR(36) NOT NULL,
	computed VARCHAR(12) NOT NULL,
	decision VARCHAR(12) NOT NULL,
	reason VARCHAR NOT NULL,
	by VARCHAR NOT NULL,
	at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(candidate_id) REFERENCES candidate (id) ON DELETE CASCADE
);

CREATE INDEX ix_decision_override_candidate_id ON decision_override (candidate_id);

CREATE TABLE interview (
	id VARCHAR(36) NOT NULL,
	candidate_id VARCHAR(36) NOT NULL,
	stage_id VARCHAR(36) NOT NULL,
	interviewer_id VARCHAR(36) NOT NULL,
	scheduled_at TIMESTAMP WITH TIME ZONE,
	PRIMARY KEY (id),
	CONSTRAINT uq_interview UNIQUE (candidate_id, stage_id, interviewer_id),
	FOREIGN KEY(candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
	FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE,
	FOREIGN KEY(interviewer_id) REFERENCES interviewer (id) ON DELETE CASCADE
);

CREATE INDEX ix_interview_candidate_id ON interview (candidate_id);

CREATE INDEX ix_interview_interviewer_id ON interview (interviewer_id);

CREATE INDEX ix_interview_stage_id ON interview (stage_id);

CREATE TABLE stage_interviewer (
	stage_id VARCHAR(36) NOT NULL,
	interviewer_id VARCHAR(36) NOT NULL,
	PRIMARY KEY (stage_id, interviewer_id),
	FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE,
	FOREIGN KEY(interviewer_id) REFERENCES interviewer (id) ON DELETE CASCADE
);

CREATE TABLE stage_question (
	stage_id VARCHAR(36) NOT NULL,
	question_id VARCHAR(36) NOT NULL,
	position INTEGER NOT NULL,
	PRIMARY KEY (stage_id, question_id),
	FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE,
	FOREIGN KEY(question_id) REFERENCES question (id) ON DELETE CASCADE
);

CREATE TABLE stage_skill (
	stage_id VARCHAR(36) NOT NULL,
	role_skill_id VARCHAR(36) NOT NULL,
	PRIMARY KEY (stage_id, role_skill_id),
	FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE,
	FOREIGN KEY(role_skill_id) REFERENCES role_skill (id) ON DELETE CASCADE
);

CREATE TABLE scorecard (
	id VARCHAR(36) NOT NULL,
	interview_id VARCHAR(36),
	status VARCHAR(10) NOT NULL,
	overall VARCHAR(12),
	key_takeaways VARCHAR NOT NULL,
	private_notes VARCHAR NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	submitted_at TIMESTAMP WITH TIME ZONE,
	source VARCHAR(20) NOT NULL,
	version INTEGER NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (interview_id),
	FOREIGN KEY(interview_id) REFERENCES interview (id) ON DELETE CASCADE
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
	FOREIGN KEY(role_skill_id) REFERENCES role_skill (id) ON DELETE CASCADE
);

CREATE INDEX ix_rating_role_skill_id ON rating (role_skill_id);

CREATE INDEX ix_rating_scorecard_id ON rating (scorecard_id);

CREATE TABLE scorecard_amendment (
	id VARCHAR(36) NOT NULL,
	scorecard_id VARCHAR(36) NOT NULL,
	at TIMESTAMP WITH TIME ZONE NOT NULL,
	reason VARCHAR NOT NULL,
	before JSON NOT NULL,
	after JSON NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(scorecard_id) REFERENCES scorecard (id) ON DELETE CASCADE
);

CREATE INDEX ix_scorecard_amendment_scorecard_id ON scorecard_amendment (scorecard_id);

-- Full-text search. The rows are written by the import services exactly as the SQLite FTS5 tables
-- are; the weighted tsvector is computed by the server and indexed with GIN.
CREATE TABLE question_fts (
	question_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES question (id) ON DELETE CASCADE,
	text VARCHAR NOT NULL DEFAULT '',
	skills VARCHAR NOT NULL DEFAULT '',
	follow_ups VARCHAR NOT NULL DEFAULT '',
	document tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('english'::regconfig, skills), 'A')
		|| setweight(to_tsvector('english'::regconfig, text), 'B')
		|| setweight(to_tsvector('english'::regconfig, follow_ups), 'D')
	) STORED
);

CREATE INDEX ix_question_fts_document ON question_fts USING GIN (document);

CREATE TABLE skill_fts (
	skill_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES catalogue_skill (id) ON DELETE CASCADE,
	name VARCHAR NOT NULL DEFAULT '',
	aliases VARCHAR NOT NULL DEFAULT '',
	keywords VARCHAR NOT NULL DEFAULT '',
	definition VARCHAR NOT NULL DEFAULT '',
	document tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('english'::regconfig, name), 'A')
		|| setweight(to_tsvector('english'::regconfig, aliases), 'B')
		|| setweight(to_tsvector('english'::regconfig, keywords), 'B')
		|| setweight(to_tsvector('english'::regconfig, definition), 'C')
	) STORED
);

CREATE INDEX ix_skill_fts_document ON skill_fts USING GIN (document);

-- The database's own id: packets and scorecard kits carry it, so a file from another database is refused.
INSERT INTO app_meta (key, value) VALUES ('database_id', replace(gen_random_uuid()::text, '-', ''));
