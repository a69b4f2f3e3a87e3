"""Roles, role skills, loops, candidates and renames as operations: undone to the same ids."""

from __future__ import annotations

from typing import Any

import pytest

from interview_planner.db.database import Database
from interview_planner.errors import ConflictError, NotFoundError
from interview_planner.operations import Op, apply, records
from interview_planner.operations import roles as role_ops
from interview_planner.operations import stages as stage_ops
from interview_planner.services import candidates, loops, roles, scorecards
from interview_planner.services.scorecards import ScorecardPatch


def everything(db: Database) -> dict[str, Any]:
    """Roles with their skills, loops with their stages (ids included), candidates; versions left out."""
    out: dict[str, Any] = {"roles": [], "loops": [], "candidates": []}
    for summary in roles.list_roles(db):
        view = roles.get_role(db, summary.id).model_dump()
        view["role"].pop("version")
        out["roles"].append(view)
    for info in loops.list_loops(db):
        view = loops.get_loop(db, info.id).model_dump()
        view["loop"].pop("version")
        out["loops"].append(view)
    out["candidates"] = [c.model_dump() for c in candidates.list_candidates(db)]
    return out


def round_trip(db: Database, op: Op) -> None:
    """``op`` changes something; its inverse restores everything as it was; redo and undo again."""
    before = everything(db)
    done = apply(db, op)
    after = everything(db)
    assert after != before
    undone = apply(db, Op.model_validate_json(done.inverse.model_dump_json()))
    assert everything(db) == before
    redone = apply(db, undone.inverse)
    assert everything(db) == after
    apply(db, redone.inverse)
    assert everything(db) == before


@pytest.fixture
def role(db: Database, seed_text: str) -> roles.RoleView:
    view = roles.import_role(db, text_=seed_text, source_name="seed.txt")
    loops.add_interviewer(db, name="Pat Coder", focuses=["coding", "system-design"])
    loops.plan(db, role=view.role.id)
    return roles.get_role(db, view.role.id)


def test_role_skill_edits_undo_to_the_same_ids_and_stages(db: Database, role: roles.RoleView) -> None:
    assessed = {sid for s in loops.get_loop(db, loops.list_loops(db)[0].id).stages for sid in s.skill_ids}
    skill = next(s for s in role.skills if s.id in assessed)
    round_trip(db, Op.of(role_ops.remove_role_skill, role_skill_id=skill.id))  # back in its stages too
    round_trip(db, Op.of(role_ops.update_role_skill, role_skill_id=skill.id, edit={"name": "Go", "priority": "nice"}))
    round_trip(db, Op.of(role_ops.update_role_skill, role_skill_id=skill.id, edit={"catalogue_skill": ""}))
    round_trip(db, Op.of(role_ops.add_role_skill, role_id=role.role.id, name="Rust", kind="hard"))


def test_roles_loops_and_candidates_are_created_and_deleted_undoably(db: Database, role: roles.RoleView) -> None:
    loop_id = loops.list_loops(db)[0].id
    round_trip(db, Op.of(records.create_loop, role=role.role.id, name="Short loop", auto_plan=True))
    round_trip(db, Op.of(records.delete_loop, loop=loop_id))
    round_trip(db, Op.of(role_ops.delete_role, role=role.role.id))  # its skills, loop and stages with it
    round_trip(db, Op.of(records.rename, kind="role", ref=role.role.id, name="Staff engineer"))
    round_trip(db, Op.of(records.rename, kind="loop", ref=loop_id, name="Main loop"))
    round_trip(db, Op.of(records.add_candidate, name="Bo Candidate", loop=loop_id))
    apply(db, Op.of(records.add_candidate, name="Bo Candidate", loop=loop_id))
    with pytest.raises(ConflictError, match="erase them first"):
        apply(db, Op.of(role_ops.delete_role, role=role.role.id))  # a candidate is in its loop now


def test_an_imported_role_is_deleted_by_undo(db: Database, seed_text: str) -> None:
    done = apply(db, Op.of(role_ops.import_role, text_="Title: Data engineer\n\nRequirements:\n- SQL\n- Python\n"))
    undone = apply(db, done.inverse)
    with pytest.raises(NotFoundError):
        roles.get_role(db, done.result.role.id)
    again = apply(db, undone.inverse)
    assert again.result.role.id == done.result.role.id and again.result.skills == done.result.skills


def test_undoing_the_adding_of_a_candidate_is_refused_once_a_scorecard_exists(
    db: Database, role: roles.RoleView
) -> None:
    loop_id = loops.list_loops(db)[0].id
    added = apply(db, Op.of(records.add_candidate, name="Cy Candidate", loop=loop_id))
    interview = added.result.interviews[0]
    scorecards.save_draft(db, interview_id=interview.id, patch=ScorecardPatch(overall="yes"))
    with pytest.raises(ConflictError, match="already has scorecards"):
        apply(db, added.inverse)
    assert candidates.get_candidate(db, added.result.id).interviews[0].scorecard_status == "draft"


def test_a_restored_stage_leaves_out_what_was_deleted_meanwhile(db: Database, role: roles.RoleView) -> None:
    view = loops.get_loop(db, loops.list_loops(db)[0].id)
    stage = next(s for s in view.stages if s.skill_ids)
    removed = apply(db, Op.of(stage_ops.remove_stage, stage=stage.id))
    gone = stage.skill_ids[0]
    roles.remove_role_skill(db, role_skill_id=gone)
    back = apply(db, removed.inverse).result
    restored = next(s for s in back.stages if s.id == stage.id)
    assert restored.skill_ids == [s for s in stage.skill_ids if s != gone]
