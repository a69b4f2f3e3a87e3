"""The loop designer's edits as operations: each undoes in one transaction, to the same ids."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from interview_planner.db.database import Database
from interview_planner.errors import ConflictError
from interview_planner.operations import Op, OpResult, apply, rows, stages
from interview_planner.services import candidates, loops, roles, scorecards
from interview_planner.services.loops import LoopView
from interview_planner.services.scorecards import ScorecardPatch


@pytest.fixture
def planned(db: Database, seed_text: str) -> LoopView:
    """The seed role's loop, planned, with a person on every stage and a candidate (pending interviews)."""
    role = roles.import_role(db, text_=seed_text, source_name="seed.txt")
    focuses = [["coding"], ["coding", "system-design"], ["architecture-deep-dive", "operations"], ["hiring-manager"]]
    for i, f in enumerate(focuses):
        loops.add_interviewer(db, name=f"Person {i}", focuses=f)
    view = loops.plan(db, role=role.role.id)
    candidates.add_candidate(db, name="Ada Candidate", loop=view.loop.id)
    return loops.get_loop(db, view.loop.id)


def state(db: Database, loop_id: str) -> dict[str, Any]:
    """Everything a person sees of the loop and its candidates' interviews, ids included."""
    view = loops.get_loop(db, loop_id).model_dump()
    view["loop"].pop("version")
    people = [c.model_dump() for c in candidates.list_candidates(db, loop=loop_id)]
    return {"loop": view, "candidates": people}


def full_stage(view: LoopView) -> loops.StageView:
    """A stage (not the first) with skills, questions and an interviewer."""
    return next(s for s in view.stages[1:] if s.skill_ids and s.questions and s.interviewer_ids)


def commits(db: Database) -> list[str]:
    seen: list[str] = []
    event.listen(db.engine, "commit", lambda _conn: seen.append("commit"))
    return seen


def replay(db: Database, op: Op) -> OpResult[Any]:
    """Apply an inverse as it would come back from storage: through its JSON form."""
    return apply(db, Op.model_validate_json(op.model_dump_json()))


def test_undo_of_remove_stage_restores_the_same_ids_in_one_transaction(db: Database, planned: LoopView) -> None:
    before = state(db, planned.loop.id)
    stage = full_stage(planned)
    interviews = [i.id for c in candidates.list_candidates(db) for i in c.interviews if i.stage_id == stage.id]
    assert interviews  # the candidate has pending interviews in it

    removed = apply(db, Op.of(stages.remove_stage, stage=stage.id))
    assert stage.id not in [s.id for s in removed.result.stages]
    assert removed.changes.removed["stage"] == [stage.id] and removed.changes.touches("loop", planned.loop.id)
    left = [i.id for c in candidates.list_candidates(db) for i in c.interviews]
    assert not set(interviews) & set(left)

    seen = commits(db)
    undone = replay(db, removed.inverse)
    assert seen == ["commit"]  # one transaction
    assert state(db, planned.loop.id) == before  # same stage id and place, skills, questions, people, interviews
    assert undone.changes.versions[planned.loop.id] == undone.result.loop.version

    redone = replay(db, undone.inverse)
    assert stage.id not in [s.id for s in redone.result.stages]
    replay(db, redone.inverse)
    assert state(db, planned.loop.id) == before


def test_a_failure_half_way_through_the_undo_leaves_nothing_half_done(
    db: Database, planned: LoopView, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage = full_stage(planned)
    removed = apply(db, Op.of(stages.remove_stage, stage=stage.id))
    after_removal = state(db, planned.loop.id)
    version = loops.get_loop(db, planned.loop.id).loop.version
    real_insert, inserted = rows.insert, []

    def failing_insert(session: Any, table: str, data: dict[str, Any]) -> None:
        if len(inserted) == 4:  # the stage and three of its links are in; then the disk fails
            raise OSError("disk I/O error")
        inserted.append(table)
        real_insert(session, table, data)

    monkeypatch.setattr(rows, "insert", failing_insert)
    with pytest.raises(OSError):
        apply(db, removed.inverse)
    assert inserted[0] == "stage" and len(inserted) == 4
    assert state(db, planned.loop.id) == after_removal  # no stage, no skill, question or interviewer row
    assert loops.get_loop(db, planned.loop.id).loop.version == version

    monkeypatch.setattr(rows, "insert", real_insert)
    undone = apply(db, removed.inverse)  # the kept inverse still works afterwards
    assert stage.id in [s.id for s in undone.result.stages]


def test_a_stage_with_a_draft_scorecard_is_kept_and_the_message_names_the_draft(
    db: Database, planned: LoopView
) -> None:
    stage = full_stage(planned)
    interview = next(i for c in candidates.list_candidates(db) for i in c.interviews if i.stage_id == stage.id)
    scorecards.save_draft(db, interview_id=interview.id, patch=ScorecardPatch(overall="yes"))
    with pytest.raises(ConflictError, match=rf"draft by {interview.interviewer} for Ada Candidate"):
        apply(db, Op.of(stages.remove_stage, stage=stage.id))
    assert stage.id in [s.id for s in loops.get_loop(db, planned.loop.id).stages]


def test_every_stage_edit_is_undone_by_its_inverse(db: Database, planned: LoopView) -> None:
    loop_id, stage = planned.loop.id, full_stage(planned)
    other = next(s for s in planned.skills if s.id not in stage.skill_ids)
    person = next(p for p in loops.list_interviewers(db) if p.id not in stage.interviewer_ids)
    edits = [
        Op.of(stages.add_stage, loop=loop_id, name="Pairing", minutes=45, position=1),
        Op.of(stages.update_stage, stage=stage.id, edit={"name": "Deep dive", "minutes": 75}),
        Op.of(stages.move_stage, stage=stage.id, position=0),
        Op.of(stages.set_stage_skill, stage=stage.id, skill=other.id),
        Op.of(stages.set_stage_skill, stage=stage.id, skill=stage.skill_ids[0], assessed=False),
        Op.of(stages.set_stage_question, stage=stage.id, question=stage.questions[0].id, asked=False),
        Op.of(stages.set_stage_question, stage=stage.id, question=stage.questions[-1].id, position=0),
        Op.of(stages.set_stage_interviewer, stage=stage.id, interviewer=person.id),
        Op.of(stages.set_stage_interviewer, stage=stage.id, interviewer=stage.interviewer_ids[0], assigned=False),
    ]
    for edit in edits:
        before = state(db, loop_id)
        done = apply(db, edit)
        after = state(db, loop_id)
        assert after != before, edit.name
        undone = replay(db, done.inverse)
        assert state(db, loop_id) == before, edit.name  # the same ids: a pending interview comes back as itself
        redone = replay(db, undone.inverse)
        assert state(db, loop_id) == after, edit.name  # redo is the inverse of the undo, with the same ids
        replay(db, redone.inverse)
        assert state(db, loop_id) == before, edit.name


def test_a_stale_edit_or_undo_is_refused(db: Database, planned: LoopView) -> None:
    stage = full_stage(planned)
    version = planned.loop.version
    done = apply(db, Op.of(stages.update_stage, stage=stage.id, edit={"minutes": 90}), expected_version=version)
    assert done.changes.versions[planned.loop.id] == version + 1
    loops.update_stage(db, stage=stage.id, edit=loops.StageEdit(name="Renamed elsewhere"))  # someone else
    with pytest.raises(ConflictError, match="changed elsewhere"):
        apply(db, done.inverse, expected_version=version + 1)
    assert loops.get_loop(db, planned.loop.id).stages[stage.position].minutes == 90
