"""The skill catalogue as data the user owns: add, edit, merge, retire and promote skills, and re-link the
role skills that no catalogue skill matched before.

A skill the user adds or edits has origin ``user`` (``catalogue_skill.source``): ``init`` never overwrites
it. Slugs are stable (question banks and rubrics refer to them); renaming changes the name. Merging moves
every link (questions, role skills, a rubric the target lacks) to the target and retires the merged skill,
whose slug then resolves to the target in imported files.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import text
from sqlmodel import Session

from interview_planner.content.loader import format_loc, plain_message
from interview_planner.content.schema import CatalogueSkill
from interview_planner.db.database import Database
from interview_planner.errors import ConflictError, InputError, InputErrors, NotFoundError
from interview_planner.planning.model import FOCUSES
from interview_planner.services.content import (
    USER,
    _index_skill,
    archive_rubric,
    row_skill,
    skill_values,
)
from interview_planner.services.linking import LINK_THRESHOLD, load_entries, rank

_COLUMNS = "id, slug, name, kind, definition, keywords, aliases, focuses, broader, source, retired, merged_into"
EDITABLE = ("name", "kind", "definition", "keywords", "aliases", "focuses", "broader")


class SkillView(BaseModel):
    """A catalogue skill with where it came from."""

    id: str
    slug: str
    name: str
    kind: str
    definition: str
    keywords: list[str]
    aliases: list[str]
    focuses: list[str]
    broader: str | None
    origin: str  # bundled | user
    retired: bool
    merged_into: str | None  # slug


class Relink(BaseModel):
    """A role skill that had no catalogue link and now matches one."""

    role: str
    role_skill_id: str
    role_skill: str
    skill: str  # slug
    score: float


def validate_skill(data: dict[str, Any]) -> CatalogueSkill:
    """A catalogue skill from plain data, with every problem named by field (for the CLI and the editor)."""
    try:
        skill = CatalogueSkill.model_validate(data)
    except ValidationError as exc:
        raise InputErrors(
            [InputError(plain_message(e), field=format_loc(tuple(e["loc"])) or None) for e in exc.errors()]
        ) from None
    unknown = [f for f in skill.focuses if f not in FOCUSES]
    if unknown:
        raise InputError(f"unknown stage focus {unknown[0]!r} (one of {', '.join(FOCUSES)})", field="focuses")
    return skill


def slug_for(name: str) -> str:
    """A slug made from a name: "Web accessibility (WCAG)" -> "web-accessibility-wcag"."""
    return "-".join(re.findall(r"[a-z0-9]+", name.lower()))[:80].strip("-")


def add_skill(db: Database, data: dict[str, Any]) -> SkillView:
    """Add a skill to the catalogue (origin ``user``); the slug defaults to one made from the name."""
    data = {k: v for k, v in data.items() if v is not None}
    data.setdefault("slug", slug_for(str(data.get("name", ""))))
    skill = validate_skill(data)
    with db.write() as session:
        if session.execute(text("SELECT 1 FROM catalogue_skill WHERE slug = :s"), {"s": skill.slug}).first():
            raise ConflictError(f"the catalogue already has a skill {skill.slug!r} (edit it with 'skill edit')")
        _check_broader(session, skill)
        values = skill_values(skill)
        values["id"] = _new_id()
        session.execute(
            text(
                "INSERT INTO catalogue_skill (id, slug, name, kind, definition, keywords, aliases, focuses, broader, "
                "source, retired) VALUES (:id, :slug, :name, :kind, :definition, :keywords, :aliases, :focuses, "
                ":broader, 'user', false)"
            ),
            values,
        )
        _index_skill(session, values)
        return _view(session, values["id"])


def edit_skill(db: Database, ref: str, changes: dict[str, Any]) -> SkillView:
    """Change a skill's fields (``EDITABLE``); the skill becomes the user's, so ``init`` leaves it alone."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InputError(f"cannot change {', '.join(sorted(unknown))} (slugs are stable)", field=sorted(unknown)[0])
    with db.write() as session:
        row = _row(session, resolve_skill(session, ref))
        current = row_skill(row).model_dump(mode="json")
        current.update({k: v for k, v in changes.items() if v is not None})
        skill = validate_skill(current)
        _check_broader(session, skill)
        values = skill_values(skill)
        values["id"] = row.id
        session.execute(
            text(
                "UPDATE catalogue_skill SET name=:name, kind=:kind, definition=:definition, keywords=:keywords, "
                "aliases=:aliases, focuses=:focuses, broader=:broader, source='user' WHERE id=:id"
            ),
            values,
        )
        if not row.retired:
            _index_skill(session, values)
        return _view(session, row.id)


def retire_skill(db: Database, ref: str, *, undo: bool = False) -> SkillView:
    """Stop offering a skill for new links (existing links, questions and rubric stay); ``undo`` brings it back."""
    with db.write() as session:
        row = _row(session, resolve_skill(session, ref))
        if undo and row.merged_into:
            raise ConflictError(f"{row.slug!r} was merged into another skill; it cannot come back on its own")
        session.execute(text("UPDATE catalogue_skill SET retired = :r WHERE id = :id"), {"r": not undo, "id": row.id})
        session.execute(text("DELETE FROM skill_fts WHERE skill_id = :id"), {"id": row.id})
        if undo:
            _index_skill(session, {**skill_values(row_skill(row)), "id": row.id})
        return _view(session, row.id)


def merge_skill(db: Database, ref: str, *, into: str) -> SkillView:
    """Merge skill ``ref`` into ``into``: questions, role skills and (when ``into`` has none) the rubric move;
    its name and aliases become aliases of ``into``; it is retired. A rubric ``into`` already has stays, and
    the merged one is kept in the rubric history."""
    with db.write() as session:
        src = _row(session, resolve_skill(session, ref))
        dst = _row(session, resolve_skill(session, into))
        if src.id == dst.id:
            raise InputError("a skill cannot be merged into itself", field="into")
        if dst.retired:
            raise ConflictError(f"{dst.slug!r} is retired; merge into an active skill")
        p = {"src": src.id, "dst": dst.id}
        # questions: a question that probes both keeps its link to the target only
        session.execute(
            text(
                "DELETE FROM question_skill WHERE skill_id = :src AND question_id IN "
                "(SELECT question_id FROM question_skill WHERE skill_id = :dst)"
            ),
            p,
        )
        session.execute(text("UPDATE question_skill SET skill_id = :dst WHERE skill_id = :src"), p)
        session.execute(text("UPDATE role_skill SET catalogue_skill_id = :dst WHERE catalogue_skill_id = :src"), p)
        for person in session.execute(text("SELECT id, skills FROM interviewer")).all():
            skills = json_list(person.skills)
            if src.slug in skills or src.id in skills:
                kept = [dst.slug if k in (src.slug, src.id) else k for k in skills]
                session.execute(
                    text("UPDATE interviewer SET skills = :s WHERE id = :id"),
                    {"s": json.dumps(list(dict.fromkeys(kept))), "id": person.id},
                )
        has_rubric = session.execute(text("SELECT id FROM rubric WHERE skill_id = :dst"), p).first()
        src_rubric = session.execute(text("SELECT id FROM rubric WHERE skill_id = :src"), p).first()
        if src_rubric is not None:
            if has_rubric is None:
                session.execute(text("UPDATE rubric SET skill_id = :dst WHERE id = :id"), {**p, "id": src_rubric.id})
            else:
                archive_rubric(session, src_rubric.id)
                session.execute(text("UPDATE rubric_version SET skill_id = :dst WHERE skill_id = :src"), p)
                session.execute(text("DELETE FROM rubric WHERE id = :id"), {"id": src_rubric.id})
        session.execute(text("UPDATE rubric_version SET skill_id = :dst WHERE skill_id = :src"), p)
        target = row_skill(dst)
        aliases = list(target.aliases)
        for alias in [src.name, *json_list(src.aliases)]:
            if alias.lower() not in {a.lower() for a in aliases} and alias.lower() != target.name.lower():
                aliases.append(alias)
        keywords = list(target.keywords)
        for kw in json_list(src.keywords):
            if kw.lower() not in {k.lower() for k in keywords}:
                keywords.append(kw)
        merged = target.model_copy(update={"aliases": aliases, "keywords": keywords})
        values = {**skill_values(merged), "id": dst.id}
        session.execute(
            text("UPDATE catalogue_skill SET aliases=:aliases, keywords=:keywords, source='user' WHERE id=:id"),
            values,
        )
        _index_skill(session, values)
        session.execute(
            text("UPDATE catalogue_skill SET retired = true, merged_into = :dst, source = 'user' WHERE id = :src"), p
        )
        session.execute(text("DELETE FROM skill_fts WHERE skill_id = :src"), p)
        _refresh_question_index(session, dst.id)
        return _view(session, dst.id)


def promote_role_skill(
    db: Database, role_skill_ref: str, *, slug: str | None = None, definition: str | None = None
) -> SkillView:
    """Make a role's custom (unlinked) skill a catalogue skill in one step and link the role skill to it.

    The name and kind come from the role skill, the definition from its requirement text unless given, and
    its name becomes a keyword so later postings that name it link to it.
    """
    from interview_planner.services.roles import resolve_role_skill

    with db.read() as session:
        rs = session.execute(
            text("SELECT id, name, kind, source_text, catalogue_skill_id FROM role_skill WHERE id = :id"),
            {"id": resolve_role_skill(session, role_skill_ref)},
        ).one()
    if rs.catalogue_skill_id is not None:
        raise ConflictError(f"role skill {rs.name!r} is already linked to a catalogue skill")
    view = add_skill(
        db,
        {
            "slug": slug or slug_for(rs.name),
            "name": rs.name[:200],
            "kind": rs.kind,
            "definition": (definition or rs.source_text or rs.name)[:4000],
            "keywords": [rs.name.lower()[:200]],
        },
    )
    with db.write() as session:
        session.execute(
            text("UPDATE role_skill SET catalogue_skill_id = :s, match_score = 1.0 WHERE id = :id"),
            {"s": view.id, "id": rs.id},
        )
    return view


def relink_candidates(db: Database, *, apply: bool = False, skill: str | None = None) -> list[Relink]:
    """Role skills without a catalogue link that a catalogue skill now matches (above the linking threshold,
    and not already linked in the same role); ``apply`` links them. ``skill`` limits the offer to one skill."""
    with db.write() if apply else db.read() as session:
        entries = load_entries(session)
        only = resolve_skill(session, skill) if skill else None
        rows = session.execute(
            text(
                "SELECT rs.id, rs.role_id, rs.name, rs.kind, rs.source_text, r.title FROM role_skill rs "
                "JOIN role r ON r.id = rs.role_id WHERE rs.catalogue_skill_id IS NULL ORDER BY r.title, rs.position"
            )
        ).all()
        used: dict[str, set[str]] = {}
        for r in session.execute(
            text("SELECT role_id, catalogue_skill_id FROM role_skill WHERE catalogue_skill_id IS NOT NULL")
        ):
            used.setdefault(r.role_id, set()).add(r.catalogue_skill_id)
        out: list[Relink] = []
        for r in rows:
            taken = used.setdefault(r.role_id, set())
            best = next(
                (
                    (score, e)
                    for score, e in rank(entries, source=r.source_text, name=r.name, kind=r.kind)
                    if score >= LINK_THRESHOLD and e.id not in taken and (only is None or e.id == only)
                ),
                None,
            )
            if best is None:
                continue
            taken.add(best[1].id)
            out.append(Relink(role=r.title, role_skill_id=r.id, role_skill=r.name, skill=best[1].slug, score=best[0]))
            if apply:
                session.execute(
                    text("UPDATE role_skill SET catalogue_skill_id = :s, match_score = :m WHERE id = :id"),
                    {"s": best[1].id, "m": round(best[0], 3), "id": r.id},
                )
        return out


def list_skills(db: Database, *, include_retired: bool = False) -> list[SkillView]:
    with db.read() as session:
        where = "" if include_retired else " WHERE retired = false"
        ids = [r.id for r in session.execute(text(f"SELECT id FROM catalogue_skill{where} ORDER BY kind, name"))]
        return [_view(session, i) for i in ids]


def get_skill(db: Database, ref: str) -> SkillView:
    with db.read() as session:
        return _view(session, resolve_skill(session, ref))


def resolve_skill(session: Session, ref: str) -> str:
    """A catalogue skill's id from its id, slug or name (case-insensitive), retired ones included."""
    row = session.execute(
        text("SELECT id FROM catalogue_skill WHERE id = :r OR slug = lower(:r) OR lower(name) = lower(:r)"),
        {"r": ref.strip()},
    ).first()
    if row is None:
        raise NotFoundError(f"no catalogue skill {ref!r} (see 'interview-planner skill list')")
    return str(row.id)


def json_list(value: Any) -> list[str]:
    from interview_planner.db.portable import from_json

    return list(from_json(value) or [])


def _check_broader(session: Session, skill: CatalogueSkill) -> None:
    if skill.broader is None:
        return
    if skill.broader == skill.slug:
        raise InputError("a skill cannot be its own broader skill", field="broader")
    if not session.execute(text("SELECT 1 FROM catalogue_skill WHERE slug = :s"), {"s": skill.broader}).first():
        raise InputError(f"unknown skill {skill.broader!r}", field="broader")


def _row(session: Session, skill_id: str) -> Any:
    return session.execute(text(f"SELECT {_COLUMNS} FROM catalogue_skill WHERE id = :id"), {"id": skill_id}).one()


def _view(session: Session, skill_id: str) -> SkillView:
    r = _row(session, skill_id)
    merged = None
    if r.merged_into:
        merged = session.execute(
            text("SELECT slug FROM catalogue_skill WHERE id = :id"), {"id": r.merged_into}
        ).scalar()
    return SkillView(
        id=r.id,
        slug=r.slug,
        name=r.name,
        kind=r.kind,
        definition=r.definition,
        keywords=json_list(r.keywords),
        aliases=json_list(r.aliases),
        focuses=json_list(r.focuses),
        broader=r.broader,
        origin=USER if r.source != "bundled" else "bundled",
        retired=bool(r.retired),
        merged_into=merged,
    )


def _refresh_question_index(session: Session, skill_id: str) -> None:
    """Re-index the questions of a skill (their skill names are part of the search text)."""
    from interview_planner.services.content import _skill_names, index_questions, search_row, unindex_questions

    names = _skill_names(session)
    slugs = {r.id: r.slug for r in session.execute(text("SELECT id, slug FROM catalogue_skill"))}
    qids = [
        r.question_id
        for r in session.execute(text("SELECT question_id FROM question_skill WHERE skill_id = :s"), {"s": skill_id})
    ]
    for qid in qids:
        q = session.execute(text("SELECT text, follow_ups FROM question WHERE id = :id"), {"id": qid}).one()
        skills = [
            slugs[r.skill_id]
            for r in session.execute(
                text("SELECT skill_id FROM question_skill WHERE question_id = :q ORDER BY position"), {"q": qid}
            )
        ]
        unindex_questions(session, [qid])
        follow_ups = json.loads(q.follow_ups) if isinstance(q.follow_ups, str) else q.follow_ups
        index_questions(session, [(*search_row(q.text, skills, follow_ups, names), qid)])


def _new_id() -> str:
    from interview_planner.db.models import new_id

    return new_id()
