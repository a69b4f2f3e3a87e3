-- Schema version 2: team_member, the logins of a shared PostgreSQL database (team mode).
-- Generated from the models; frozen once released.
CREATE TABLE team_member (
	id VARCHAR(36) NOT NULL,
	db_role VARCHAR(63) NOT NULL,
	name VARCHAR NOT NULL,
	interviewer_id VARCHAR(36),
	is_manager BOOLEAN NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(interviewer_id) REFERENCES interviewer (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX ix_team_member_db_role ON team_member (db_role);
CREATE INDEX ix_team_member_interviewer_id ON team_member (interviewer_id);
