-- Schema version 14: a role skill imported from a posting keeps what the parser read in its line (column
-- parsed: its name, kind, priority and the words of the line it stands for, "part", when the line joins
-- several requirements) and the line as later imports compare it (source_key: no bullet, whitespace runs as
-- one space, case folded; set with parsed; indexed with the role, so that the roles holding a line are found
-- from the index alone). The role page shows those words; a later import of the same line reads it as a
-- person corrected it (docs/job-descriptions.md, "Corrections are remembered"). NULL: added by hand, or
-- imported before version 14.
ALTER TABLE role_skill ADD COLUMN parsed JSON;
ALTER TABLE role_skill ADD COLUMN source_key VARCHAR(300);
CREATE INDEX ix_role_skill_source_key ON role_skill (source_key, role_id);
