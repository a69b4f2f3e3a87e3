"""Renames and the interviewer pool, as the app's undo commands use them."""

from __future__ import annotations

import pytest

from interview_planner.errors import ConflictError, InputError
from interview_planner.services import candidates, housekeeping, loops, roles


def test_rename_role_loop_and_candidate_and_back(demo_db) -> None:  # type: ignore[no-untyped-def]
    loop = loops.list_loops(demo_db)[0]
    person = candidates.list_candidates(demo_db)[0]
    role_id = roles.list_roles(demo_db)[0].id
    for kind, ref in (("role", role_id), ("loop", loop.id), ("candidate", person.id)):
        change = housekeeping.rename(demo_db, kind=kind, ref=ref, name="  New   name ")
        assert change.name == "New name" and change.previous
        housekeeping.rename(demo_db, kind=kind, ref=ref, name=change.previous)
    assert loops.get_loop(demo_db, loop.id).loop.name == loop.name
    assert candidates.get_candidate(demo_db, person.id).name == person.name
    renamed = housekeeping.rename(demo_db, kind="candidate", ref=person.id, name="Robin Vale")
    assert candidates.get_candidate(demo_db, person.id).name == "Robin Vale"
    assert renamed.previous == person.name


def test_a_blank_name_is_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    role_id = roles.list_roles(demo_db)[0].id
    with pytest.raises(InputError, match="needs a name"):
        housekeeping.rename(demo_db, kind="role", ref=role_id, name="   ")


def test_edit_an_interviewer_and_undo_it(db) -> None:  # type: ignore[no-untyped-def]
    person = loops.add_interviewer(db, name="Ada", email="ada@example.com", focuses=["coding"], weekly_limit=3)
    edit = housekeeping.InterviewerEdit(focuses=["coding", "system-design"], weekly_limit=7, skills=["python"])
    change = housekeeping.update_interviewer(db, interviewer=person.id, edit=edit)
    assert change.after.weekly_limit == 7 and change.after.focuses == ["coding", "system-design"]
    (stored,) = loops.list_interviewers(db)
    assert stored.skills == ["python"] and stored.name == "Ada"
    housekeeping.update_interviewer(db, interviewer=person.id, edit=change.before)
    (stored,) = loops.list_interviewers(db)
    assert (stored.weekly_limit, stored.focuses, stored.skills) == (3, ["coding"], [])


def test_bad_interviewer_edits_are_refused(db) -> None:  # type: ignore[no-untyped-def]
    ada = loops.add_interviewer(db, name="Ada", email="ada@example.com")
    loops.add_interviewer(db, name="Bo", email="bo@example.com")
    with pytest.raises(InputError, match="unknown focus"):
        housekeeping.update_interviewer(db, interviewer=ada.id, edit=housekeeping.InterviewerEdit(focuses=["x"]))
    with pytest.raises(InputError, match="negative"):
        housekeeping.update_interviewer(db, interviewer=ada.id, edit=housekeeping.InterviewerEdit(weekly_limit=-1))
    with pytest.raises(ConflictError, match="already exists"):
        housekeeping.update_interviewer(
            db, interviewer=ada.id, edit=housekeeping.InterviewerEdit(email="BO@example.com")
        )


def test_remove_an_unused_interviewer_and_restore_them_in_their_stages(demo_db) -> None:  # type: ignore[no-untyped-def]
    loop = loops.list_loops(demo_db)[0]
    view = loops.get_loop(demo_db, loop.id)
    stage = view.stages[0]
    spare = loops.add_interviewer(demo_db, name="Spare Person", focuses=[stage.focus] if stage.focus else [])
    loops.set_stage_interviewer(demo_db, stage=stage.id, interviewer=spare.id, assigned=True)
    removed = housekeeping.remove_interviewer(demo_db, interviewer=spare.id)
    assert removed.stage_ids == [stage.id]
    assert spare.id not in {p.id for p in loops.list_interviewers(demo_db)}
    back = housekeeping.restore_interviewer(demo_db, removed=removed)
    assert back.id == spare.id
    stages = loops.get_loop(demo_db, loop.id).stages
    assert spare.id in next(s for s in stages if s.id == stage.id).interviewer_ids


def test_an_interviewer_with_interviews_stays(demo_db) -> None:  # type: ignore[no-untyped-def]
    interview = candidates.list_candidates(demo_db)[0].interviews[0]
    with pytest.raises(ConflictError, match="cannot be removed"):
        housekeeping.remove_interviewer(demo_db, interviewer=interview.interviewer_id)
    assert interview.interviewer_id in {p.id for p in loops.list_interviewers(demo_db)}
