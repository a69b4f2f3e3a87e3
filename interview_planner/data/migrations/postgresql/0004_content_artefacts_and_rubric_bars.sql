-- Schema version 4: a question can hand over an artefact (code, a diff, data) that the packet prints;
-- a rubric says how many anchors of a level must be observed and what a "Yes" means per seniority.
ALTER TABLE question ADD COLUMN artefact JSON;
ALTER TABLE rubric ADD COLUMN anchors_required INTEGER;
ALTER TABLE rubric ADD COLUMN bars JSON NOT NULL DEFAULT '{}';
