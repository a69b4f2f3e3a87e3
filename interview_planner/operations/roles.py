"""Role edits as operations: a role's skills, importing a role, deleting one.

Each checks and bumps the role's row version (``expected_version``) and returns the role as it now
is, with its inverse. Removing a skill or deleting a role keeps the rows that go (the skill's stage
assignments and accepted gaps; a role's skills, loops, stages and their links) so the inverse puts
them back under the same ids. Ratings given to a removed skill are not kept: they belong to
scorecards, which are records (docs/operations.md).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.db.models import Loop, Role, RoleSkill, SkillAcknowledgement, Stage, StageSkill
from interview_planner.operations.core import Changes, Op, OpResult, operation
from interview_planner.operations.rows import Rows, capture, restore, stage_rows
from interview_planner.services import roles
from interview_planner.services.common import bump_version
from interview_planner.services.roles import RoleView, SkillEdit


def _view(session: Session, role_id: str, inverse: Op, changes: Changes) -> OpResult[RoleView]:
    view = roles.role_view(session, role_id)
    changes.changed.setdefault("role", [role_id])
    changes.versions[role_id] = view.role.version
    return OpResult(result=view, inverse=inverse, changes=changes)


def _edit_back(skill: RoleSkill, edit: SkillEdit, slug: str | None) -> dict[str, Any]:
    """The :class:`SkillEdit` that puts back what ``edit`` changes."""
    back: dict[str, Any] = {k: getattr(skill, k) for k in ("name", "kind", "priority") if getattr(edit, k) is not None}
    if edit.catalogue_skill is not None:
        back["catalogue_skill"] = slug or ""
    return back


@operation
def update_role_skill(
    db: Database,
    *,
    role_skill_id: str,
    edit: SkillEdit | dict[str, Any],
    score: float | None = None,
    expected_version: int | None = None,
) -> OpResult[RoleView]:
    """Edit a role skill; a new catalogue link gets ``score`` as its confidence (None: set by hand)."""
    change = SkillEdit.model_validate(edit)
    with db.write() as session:
        skill = session.get(RoleSkill, role_skill_id)
        back: dict[str, Any] = {}
        old_score = None
        if skill is not None:
            slug = session.execute(
                text("SELECT slug FROM catalogue_skill WHERE id = :c"), {"c": skill.catalogue_skill_id}
            ).scalar()
            back, old_score = _edit_back(skill, change, slug), skill.match_score
        row = roles.update_role_skill_in(
            session, role_skill_id=role_skill_id, edit=change, expected_version=expected_version
        )
        if change.catalogue_skill is not None:
            row.match_score = score
            session.add(row)
            session.flush()
        inverse = Op.of(update_role_skill, role_skill_id=row.id, edit=back, score=old_score, guard=row.role_id)
        return _view(session, row.role_id, inverse, Changes(changed={"role_skill": [row.id]}))


@operation
def add_role_skill(
    db: Database,
    *,
    role_id: str,
    name: str,
    kind: str = "hard",
    priority: str = "must",
    catalogue_skill: str | None = None,
    position: int | None = None,
    expected_version: int | None = None,
) -> OpResult[RoleView]:
    with db.write() as session:
        skill = roles.add_role_skill_in(
            session,
            role_id=role_id,
            name=name,
            kind=kind,
            priority=priority,
            catalogue_skill=catalogue_skill,
            position=position,
            expected_version=expected_version,
        )
        inverse = Op.of(remove_role_skill, role_skill_id=skill.id, guard=role_id)
        return _view(session, role_id, inverse, Changes(changed={"role_skill": [skill.id]}))


@operation
def remove_role_skill(db: Database, *, role_skill_id: str, expected_version: int | None = None) -> OpResult[RoleView]:
    """Remove a skill from its role, and from the stages that assess it."""
    with db.write() as session:
        rows = capture(session, Rows(), RoleSkill, "id", [role_skill_id])
        capture(session, rows, StageSkill, "role_skill_id", [role_skill_id])
        capture(session, rows, SkillAcknowledgement, "role_skill_id", [role_skill_id])
        loop_ids = _loops_of_stages(session, [r["stage_id"] for r in rows.tables.get("stage_skill", [])])
        role_id = roles.remove_role_skill_in(session, role_skill_id=role_skill_id, expected_version=expected_version)
        changes = Changes(removed={"role_skill": [role_skill_id]}, changed={"loop": loop_ids})
        _bump_loops(session, loop_ids, changes)
        inverse = Op.of(restore_role_skill, rows=rows.model_dump(mode="json"), guard=role_id)
        return _view(session, role_id, inverse, changes)


@operation
def restore_role_skill(
    db: Database, *, rows: dict[str, Any], expected_version: int | None = None
) -> OpResult[RoleView]:
    """Undo :func:`remove_role_skill`: the same skill (same id) back, in the stages that assessed it."""
    kept = Rows.model_validate(rows)
    with db.write() as session:
        skill_id = kept.ids("role_skill")[0]
        role_id = str(kept.tables["role_skill"][0]["role_id"])
        bump_version(session, Role, role_id, expected_version, what="role", label="title")
        done = restore(session, kept, required="role_skill")
        loop_ids = _loops_of_stages(session, [r["stage_id"] for r in done.tables.get("stage_skill", [])])
        changes = Changes(changed={"role_skill": [skill_id], "loop": loop_ids})
        _bump_loops(session, loop_ids, changes)
        return _view(session, role_id, Op.of(remove_role_skill, role_skill_id=skill_id, guard=role_id), changes)


@operation
def import_role(
    db: Database,
    *,
    text_: str,
    source_name: str = "",
    title: str | None = None,
    on_duplicate: roles.OnDuplicate = "reuse",
    expected_version: int | None = None,
) -> OpResult[RoleView]:
    """Import a job description as a new role (one transaction); undone by deleting the role again.

    When the posting was imported before and is reused, nothing changes: the inverse changes nothing either.
    """
    return imported(roles.import_role(db, text_=text_, source_name=source_name, title=title, on_duplicate=on_duplicate))


def imported(view: RoleView) -> OpResult[RoleView]:
    """The result of an import (``roles.import_role``, ``import_role_file``) as an operation's: undone by
    deleting the new role; an import that reused a role changed nothing."""
    role_id = view.role.id
    if view.imported == "reused":
        return OpResult(result=view, inverse=Op.of(no_change), changes=Changes())
    changes = Changes(changed={"role": [role_id]}, versions={role_id: view.role.version})
    return OpResult(result=view, inverse=Op.of(delete_role, role=role_id, guard=role_id), changes=changes)


@operation
def delete_role(db: Database, *, role: str, expected_version: int | None = None) -> OpResult[None]:
    """Delete a role with its skills and loops (refused while candidates are in one of its loops)."""
    with db.write() as session:
        role_id = roles.resolve_role(session, role)
        rows = role_rows(session, role_id)
        roles.delete_role_in(session, role=role_id, expected_version=expected_version)
        changes = Changes(removed={"role": [role_id], "loop": rows.ids("loop")})
        return OpResult(result=None, inverse=Op.of(restore_role, rows=rows.model_dump(mode="json")), changes=changes)


@operation
def restore_role(db: Database, *, rows: dict[str, Any], expected_version: int | None = None) -> OpResult[RoleView]:
    """Undo :func:`delete_role`: the role, its skills and loops, under the same ids."""
    kept = Rows.model_validate(rows)
    with db.write() as session:
        restore(session, kept, required="role")
        role_id = kept.ids("role")[0]
        changes = Changes(changed={"loop": kept.ids("loop")})
        return _view(session, role_id, Op.of(delete_role, role=role_id, guard=role_id), changes)


@operation
def no_change(db: Database, *, expected_version: int | None = None) -> OpResult[None]:
    """The inverse of an operation that changed nothing."""
    return OpResult(result=None, inverse=Op.of(no_change), changes=Changes())


def role_rows(session: Session, role_id: str) -> Rows:
    rows = capture(session, Rows(), Role, "id", [role_id])
    capture(session, rows, RoleSkill, "role_id", [role_id])
    return loop_rows(
        session, [r["id"] for r in capture(session, Rows(), Loop, "role_id", [role_id]).tables.get("loop", [])], rows
    )


def loop_rows(session: Session, loop_ids: list[str], rows: Rows | None = None) -> Rows:
    """The loops' rows with their stages (and what goes with them) and accepted gaps."""
    rows = capture(session, rows or Rows(), Loop, "id", loop_ids)
    capture(session, rows, SkillAcknowledgement, "loop_id", loop_ids)
    stage_ids = [str(r["id"]) for r in capture(session, Rows(), Stage, "loop_id", loop_ids).tables.get("stage", [])]
    for table, found in stage_rows(session, stage_ids).tables.items():
        rows.tables.setdefault(table, []).extend(found)
    return rows


def _loops_of_stages(session: Session, stage_ids: list[str]) -> list[str]:
    found = {s.loop_id for s in (session.get(Stage, i) for i in stage_ids) if s is not None}
    return sorted(found)


def _bump_loops(session: Session, loop_ids: list[str], changes: Changes) -> None:
    """A loop whose stages lose (or get back) a skill is a changed loop: its version moves on."""
    for loop_id in loop_ids:
        changes.versions[loop_id] = bump_version(session, Loop, loop_id, None, what="loop").version
