"""First-run and upgrade: the database, the bundled content, the optional demo."""

from __future__ import annotations

from pydantic import BaseModel

from interview_planner.db.database import Database
from interview_planner.db.migrations import LATEST
from interview_planner.services.content import ImportReport, load_bundled_content


class InitReport(BaseModel):
    database: str
    schema_version: int
    upgraded_from: int | None = None
    backup: str | None = None
    skills: ImportReport
    questions: ImportReport
    rubrics: ImportReport
    demo: str | None = None


def initialise(db: Database, *, demo: bool = False) -> InitReport:
    skills, questions, rubrics = load_bundled_content(db)
    migration = db.migration
    report = InitReport(
        database=str(db),
        schema_version=LATEST,
        upgraded_from=migration.before if migration and migration.upgraded and migration.before else None,
        backup=str(migration.backup) if migration and migration.backup else None,
        skills=skills,
        questions=questions,
        rubrics=rubrics,
    )
    if demo:
        from interview_planner.services.demo import create_demo

        report.demo = create_demo(db)
    return report
