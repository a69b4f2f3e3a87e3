"""Read rubrics and the skill catalogue."""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.db.portable import from_json
from interview_planner.errors import NotFoundError
from interview_planner.services.search import resolve_skill_ids


class RubricLevelView(BaseModel):
    level: int
    label: str
    summary: str
    anchors: list[str]


class RubricView(BaseModel):
    id: str
    skill: str
    skill_name: str
    title: str
    levels: list[RubricLevelView]
    anchors_required: int | None = None
    bars: dict[str, str] = {}


class CatalogueSkillView(BaseModel):
    id: str
    slug: str
    name: str
    kind: str
    definition: str
    questions: int
    has_rubric: bool
    origin: str = "bundled"  # bundled | user
    retired: bool = False


def get_rubric(db: Database, skill: str) -> RubricView:
    with db.read() as session:
        rubric = rubrics_for_skills(session, resolve_skill_ids(session, [skill])).get(
            resolve_skill_ids(session, [skill])[0]
        )
    if rubric is None:
        raise NotFoundError(f"no rubric for skill {skill!r} yet")
    return rubric


def rubrics_for_skills(session: Session, skill_ids: list[str]) -> dict[str, RubricView]:
    """Rubrics keyed by catalogue skill id (skills without a rubric are absent)."""
    if not skill_ids:
        return {}
    marks = ", ".join(f":s{i}" for i in range(len(skill_ids)))
    params = {f"s{i}": v for i, v in enumerate(skill_ids)}
    rows = session.execute(
        text(
            f"SELECT r.id, r.skill_id, r.title, r.anchors_required, r.bars, s.slug, s.name FROM rubric r "
            f"JOIN catalogue_skill s ON s.id = "
            f"r.skill_id "
            f"WHERE r.skill_id IN ({marks})"
        ),
        params,
    ).all()
    out: dict[str, RubricView] = {}
    for r in rows:
        levels = [
            RubricLevelView(level=lv.level, label=lv.label, summary=lv.summary, anchors=from_json(lv.anchors))
            for lv in session.execute(
                text("SELECT level, label, summary, anchors FROM rubric_level WHERE rubric_id = :r ORDER BY level"),
                {"r": r.id},
            )
        ]
        out[r.skill_id] = RubricView(
            id=r.id,
            skill=r.slug,
            skill_name=r.name,
            title=r.title,
            levels=levels,
            anchors_required=r.anchors_required,
            bars=from_json(r.bars) or {},
        )
    return out


def list_catalogue(db: Database, *, include_retired: bool = False) -> list[CatalogueSkillView]:
    where = "" if include_retired else "WHERE s.retired = false "
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT s.id, s.slug, s.name, s.kind, s.definition, s.source, s.retired, "
                "(SELECT count(*) FROM question_skill qs WHERE qs.skill_id = s.id) AS questions, "
                "EXISTS (SELECT 1 FROM rubric r WHERE r.skill_id = s.id) AS has_rubric "
                f"FROM catalogue_skill s {where}ORDER BY s.kind, s.name"
            )
        ).all()
    return [
        CatalogueSkillView(
            id=r.id,
            slug=r.slug,
            name=r.name,
            kind=r.kind,
            definition=r.definition,
            questions=r.questions,
            has_rubric=bool(r.has_rubric),
            origin="bundled" if r.source == "bundled" else "user",
            retired=bool(r.retired),
        )
        for r in rows
    ]
