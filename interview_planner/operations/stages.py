"""The loop designer's edits as operations: stages, and the skills, questions and interviewers on them.

Each checks and bumps the loop's row version (``expected_version``), runs in one transaction and
returns the loop as it now is, with its inverse. Removing a stage keeps its rows (the stage, its
skills, questions, interviewers, shadows and pending interviews) in the inverse, which puts them
back under the same ids.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from interview_planner.db.database import Database
from interview_planner.db.models import (
    Interview,
    Loop,
    Stage,
    StageInterviewer,
    StageSkill,
)
from interview_planner.operations.core import Changes, Op, OpResult, operation
from interview_planner.operations.rows import Rows, capture, restore, stage_rows
from interview_planner.services import loops
from interview_planner.services.loops import LoopView, StageEdit
from interview_planner.services.refs import resolve


def _stage(session: Session, ref: str) -> Stage:
    row = session.get(Stage, resolve(session, "stage", "name", ref, what="stage"))
    assert row is not None  # resolve found it in this transaction
    return row


def _done(session: Session, loop_id: str, inverse: Op, stages: list[str], removed: bool = False) -> OpResult[LoopView]:
    view = loops.loop_view(session, loop_id)
    changes = Changes(
        changed={"loop": [loop_id], **({} if removed else {"stage": stages})},
        removed={"stage": stages} if removed else {},
        versions={loop_id: view.loop.version},
    )
    return OpResult(result=view, inverse=inverse, changes=changes)


@operation
def add_stage(
    db: Database,
    *,
    loop: str,
    name: str,
    minutes: int = 60,
    focus: str = "coding",
    format: str = "onsite",
    position: int | None = None,
    expected_version: int | None = None,
) -> OpResult[LoopView]:
    with db.write() as session:
        stage = loops.add_stage_in(
            session,
            loop=loop,
            name=name,
            minutes=minutes,
            focus=focus,
            format=format,
            position=position,
            expected_version=expected_version,
        )
        inverse = Op.of(remove_stage, stage=stage.id, guard=stage.loop_id)
        return _done(session, stage.loop_id, inverse, [stage.id])


@operation
def remove_stage(db: Database, *, stage: str, expected_version: int | None = None) -> OpResult[LoopView]:
    """Remove a stage; refused while it has scorecards (drafts too), naming them."""
    with db.write() as session:
        row = _stage(session, stage)
        stage_id, position = row.id, row.position
        rows = stage_rows(session, [stage_id])
        loop_id = loops.remove_stage_in(session, stage=stage_id, expected_version=expected_version)
        inverse = Op.of(restore_stage, rows=rows.model_dump(mode="json"), position=position, guard=loop_id)
        return _done(session, loop_id, inverse, [stage_id], removed=True)


@operation
def restore_stage(
    db: Database, *, rows: dict[str, Any], position: int, expected_version: int | None = None
) -> OpResult[LoopView]:
    """Undo :func:`remove_stage`: the same stage (same id) at its place, with its skills, questions, people."""
    kept = Rows.model_validate(rows)
    with db.write() as session:
        restore(session, kept, required="stage")
        stage_id = kept.ids("stage")[0]
        row = loops.move_stage_in(session, stage=stage_id, position=position, expected_version=expected_version)
        loops.sync_candidates(session, row.loop_id)  # candidates added meanwhile get their interviews
        return _done(session, row.loop_id, Op.of(remove_stage, stage=stage_id, guard=row.loop_id), [stage_id])


@operation
def update_stage(
    db: Database, *, stage: str, edit: StageEdit | dict[str, Any], expected_version: int | None = None
) -> OpResult[LoopView]:
    """Rename a stage or change its minutes, focus or format."""
    change = StageEdit.model_validate(edit)
    with db.write() as session:
        row = _stage(session, stage)
        before = {k: getattr(row, k) for k in change.model_dump(exclude_none=True)}
        loops.update_stage_in(session, stage=row.id, edit=change, expected_version=expected_version)
        inverse = Op.of(update_stage, stage=row.id, edit=before, guard=row.loop_id)
        return _done(session, row.loop_id, inverse, [row.id])


@operation
def move_stage(db: Database, *, stage: str, position: int, expected_version: int | None = None) -> OpResult[LoopView]:
    with db.write() as session:
        row = _stage(session, stage)
        old = row.position
        loops.move_stage_in(session, stage=row.id, position=position, expected_version=expected_version)
        inverse = Op.of(move_stage, stage=row.id, position=old, guard=row.loop_id)
        return _done(session, row.loop_id, inverse, [row.id])


@operation
def set_stage_skill(
    db: Database, *, stage: str, skill: str, assessed: bool = True, expected_version: int | None = None
) -> OpResult[LoopView]:
    """Assess (or stop assessing) a role skill in a stage."""
    with db.write() as session:
        row = _stage(session, stage)
        role_id = session.get(Loop, row.loop_id).role_id  # type: ignore[union-attr]  # the stage's loop
        skill_id = resolve(
            session, "role_skill", "name", skill, what="skill of this role", where="role_id = :r", params={"r": role_id}
        )
        was = session.get(StageSkill, (row.id, skill_id)) is not None
        loops.set_stage_skill_in(
            session, stage=row.id, skill=skill_id, assessed=assessed, expected_version=expected_version
        )
        inverse = Op.of(set_stage_skill, stage=row.id, skill=skill_id, assessed=was, guard=row.loop_id)
        return _done(session, row.loop_id, inverse, [row.id])


@operation
def set_stage_question(
    db: Database,
    *,
    stage: str,
    question: str,
    asked: bool = True,
    position: int | None = None,
    expected_version: int | None = None,
) -> OpResult[LoopView]:
    """Add, move or remove a bank question of a stage."""
    with db.write() as session:
        row = _stage(session, stage)
        qid = loops.resolve_question(session, question)
        current = loops.stage_question_ids(session, row.id)
        old = current.index(qid) if qid in current else None
        loops.set_stage_question_in(
            session, stage=row.id, question=qid, asked=asked, position=position, expected_version=expected_version
        )
        inverse = Op.of(
            set_stage_question, stage=row.id, question=qid, asked=old is not None, position=old, guard=row.loop_id
        )
        return _done(session, row.loop_id, inverse, [row.id])


@operation
def set_stage_interviewer(
    db: Database,
    *,
    stage: str,
    interviewer: str,
    assigned: bool = True,
    interviews: dict[str, Any] | None = None,
    expected_version: int | None = None,
) -> OpResult[LoopView]:
    """Put an interviewer on a stage (or take them off, with their pending interviews).

    ``interviews`` (from the inverse of a removal) brings those pending interviews back under their ids.
    """
    with db.write() as session:
        row = _stage(session, stage)
        iid = loops.resolve_interviewer(session, interviewer)
        was = session.get(StageInterviewer, (row.id, iid)) is not None
        pending = capture(session, Rows(), Interview, "stage_id", [row.id])
        pending.tables["interview"] = [r for r in pending.tables.get("interview", []) if r["interviewer_id"] == iid]
        if assigned and not was and interviews:
            restore(session, Rows.model_validate(interviews), required="")
        loops.set_stage_interviewer_in(
            session, stage=row.id, interviewer=iid, assigned=assigned, expected_version=expected_version
        )
        kept = pending.model_dump(mode="json") if was and not assigned else None
        inverse = Op.of(
            set_stage_interviewer, stage=row.id, interviewer=iid, assigned=was, interviews=kept, guard=row.loop_id
        )
        return _done(session, row.loop_id, inverse, [row.id])
