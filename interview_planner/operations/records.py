"""Loops and candidates as operations: rename, create, delete; and renaming roles.

A candidate's *erasure* (privacy.erase_candidate) is not an operation: it also rewrites backups
and the log so the person is gone for good, and an undo would have to keep them in memory.
Undoing the *adding* of a candidate is one (while nothing was recorded for them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from interview_planner.db.database import Database
from interview_planner.db.models import Candidate, Interview, SelfIdentification
from interview_planner.errors import ConflictError
from interview_planner.operations.core import Changes, Op, OpResult, operation
from interview_planner.operations.roles import loop_rows
from interview_planner.operations.rows import Rows, capture, restore
from interview_planner.services import candidates, housekeeping, loops
from interview_planner.services.candidates import CandidateView
from interview_planner.services.housekeeping import Kind, Renamed
from interview_planner.services.loops import LoopView


@operation
def rename(db: Database, *, kind: Kind, ref: str, name: str, expected_version: int | None = None) -> OpResult[Renamed]:
    """Give a role (its title), a loop or a candidate a new name; the inverse gives back the old one."""
    with db.write() as session:
        done = housekeeping.rename_in(session, kind=kind, ref=ref, name=name, expected_version=expected_version)
        guard = done.id if kind != "candidate" else None
        changes = Changes(changed={kind: [done.id]})
        if kind in ("role", "loop"):
            table = "role" if kind == "role" else "loop"
            version = session.execute(text(f"SELECT version FROM {table} WHERE id = :i"), {"i": done.id}).scalar_one()
            changes.versions[done.id] = int(version)
        inverse = Op.of(rename, kind=kind, ref=done.id, name=done.previous, guard=guard)
        return OpResult(result=done, inverse=inverse, changes=changes)


@operation
def create_loop(
    db: Database,
    *,
    role: str,
    template: str | None = None,
    name: str | None = None,
    auto_plan: bool = False,
    expected_version: int | None = None,
) -> OpResult[LoopView]:
    """Create a loop from a template (and, with ``auto_plan``, fill it with the planner)."""
    with db.write() as session:
        loop_id = loops.create_loop_in(session, role=role, template=template, name=name, auto_plan=auto_plan)
        view = loops.loop_view(session, loop_id)
        changes = Changes(changed={"loop": [loop_id]}, versions={loop_id: view.loop.version})
        return OpResult(result=view, inverse=Op.of(delete_loop, loop=loop_id, guard=loop_id), changes=changes)


@operation
def delete_loop(db: Database, *, loop: str, expected_version: int | None = None) -> OpResult[None]:
    """Delete a loop with its stages (refused while candidates are in it)."""
    with db.write() as session:
        loop_id = loops.resolve_loop(session, loop)
        rows = loop_rows(session, [loop_id])
        loops.delete_loop_in(session, loop=loop_id, expected_version=expected_version)
        changes = Changes(removed={"loop": [loop_id], "stage": rows.ids("stage")})
        return OpResult(result=None, inverse=Op.of(restore_loop, rows=rows.model_dump(mode="json")), changes=changes)


@operation
def restore_loop(db: Database, *, rows: dict[str, Any], expected_version: int | None = None) -> OpResult[LoopView]:
    """Undo :func:`delete_loop`: the loop and its stages, under the same ids."""
    kept = Rows.model_validate(rows)
    with db.write() as session:
        restore(session, kept, required="loop")
        loop_id = kept.ids("loop")[0]
        view = loops.loop_view(session, loop_id)
        changes = Changes(
            changed={"loop": [loop_id], "stage": kept.ids("stage")}, versions={loop_id: view.loop.version}
        )
        return OpResult(result=view, inverse=Op.of(delete_loop, loop=loop_id, guard=loop_id), changes=changes)


@operation
def add_candidate(
    db: Database, *, name: str, loop: str, email: str | None = None, expected_version: int | None = None
) -> OpResult[CandidateView]:
    """Add a candidate to a loop, with an interview per stage and interviewer."""
    with db.write() as session:
        candidate_id = candidates.add_candidate_in(session, name=name, loop=loop, email=email)
        view = candidates.candidate_view(session, candidate_id)
        inverse = Op.of(remove_new_candidate, candidate=candidate_id)
        return OpResult(result=view, inverse=inverse, changes=Changes(changed={"candidate": [candidate_id]}))


@operation
def remove_new_candidate(db: Database, *, candidate: str, expected_version: int | None = None) -> OpResult[None]:
    """Take back the adding of a candidate: refused once something was recorded for them (a scorecard)."""
    with db.write() as session:
        candidate_id = candidates.resolve_candidate(session, candidate)
        view = candidates.candidate_view(session, candidate_id)
        if any(i.scorecard_status != "none" for i in view.interviews):
            raise ConflictError(
                f"{view.name} already has scorecards, so adding them is not undone; use Erase Candidate… to remove them"
            )
        rows = capture(session, Rows(), Candidate, "id", [candidate_id])
        capture(session, rows, Interview, "candidate_id", [candidate_id])
        capture(session, rows, SelfIdentification, "candidate_id", [candidate_id])
        session.delete(session.get(Candidate, candidate_id))
        inverse = Op.of(restore_candidate, rows=rows.model_dump(mode="json"))
        return OpResult(result=None, inverse=inverse, changes=Changes(removed={"candidate": [candidate_id]}))


@operation
def restore_candidate(
    db: Database, *, rows: dict[str, Any], expected_version: int | None = None
) -> OpResult[CandidateView]:
    """Undo :func:`remove_new_candidate`: the same candidate (same id) with the same interviews."""
    kept = Rows.model_validate(rows)
    with db.write() as session:
        restore(session, kept, required="candidate")
        candidate_id = kept.ids("candidate")[0]
        loop_id = str(kept.tables["candidate"][0]["loop_id"])
        candidates.create_interviews(session, candidate_id, loop_id)  # stages added meanwhile
        view = candidates.candidate_view(session, candidate_id)
        inverse = Op.of(remove_new_candidate, candidate=candidate_id)
        return OpResult(result=view, inverse=inverse, changes=Changes(changed={"candidate": [candidate_id]}))
