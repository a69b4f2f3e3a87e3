"""Housekeeping the app offers without a trip to the CLI: renames and the interviewer pool.

Each function is one transaction, takes keyword arguments only and returns
what changed together with what an undo needs (the previous name, the
removed interviewer and their stage assignments), so the Qt layer's undo
commands stay two calls: the change and its inverse.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session, select

from interview_planner.db.database import Database
from interview_planner.db.models import Candidate, Interviewer, Loop, Role, StageInterviewer
from interview_planner.errors import ConflictError, InputError, NotFoundError
from interview_planner.planning.model import FOCUSES
from interview_planner.services.candidates import resolve_candidate
from interview_planner.services.common import bump_version
from interview_planner.services.loops import InterviewerView, resolve_interviewer, resolve_loop, sync_candidates
from interview_planner.services.roles import resolve_role

Kind = Literal["role", "loop", "candidate"]


class Renamed(BaseModel):
    """A rename: ``previous`` is what :func:`rename` needs to undo it."""

    kind: Kind
    id: str
    previous: str
    name: str


def rename(db: Database, *, kind: Kind, ref: str, name: str, expected_version: int | None = None) -> Renamed:
    """Give a role (its title), a loop or a candidate a new name."""
    with db.write() as session:
        return rename_in(session, kind=kind, ref=ref, name=name, expected_version=expected_version)


def rename_in(session: Session, *, kind: Kind, ref: str, name: str, expected_version: int | None = None) -> Renamed:
    """:func:`rename` inside the caller's transaction (a role's or a loop's row version is checked and bumped)."""
    name = " ".join(name.split())
    if not name:
        raise InputError(f"a {kind} needs a name", field="name")
    if kind == "role":
        role = bump_version(session, Role, resolve_role(session, ref), expected_version, what="role", label="title")
        previous, role.title = role.title, name
        return Renamed(kind=kind, id=role.id, previous=previous, name=name)
    if kind == "loop":
        loop = bump_version(session, Loop, resolve_loop(session, ref), expected_version, what="loop")
        previous, loop.name = loop.name, name
        return Renamed(kind=kind, id=loop.id, previous=previous, name=name)
    candidate = session.get(Candidate, resolve_candidate(session, ref))
    assert candidate is not None  # resolve found it in this transaction
    previous, candidate.name = candidate.name, name
    session.add(candidate)
    return Renamed(kind=kind, id=candidate.id, previous=previous, name=name)


# --- the interviewer pool -------------------------------------------------------------


class InterviewerEdit(BaseModel):
    """New values for an interviewer; a field left ``None`` keeps its value."""

    name: str | None = None
    email: str | None = None
    skills: list[str] | None = None
    focuses: list[str] | None = None
    weekly_limit: int | None = None


class InterviewerChange(BaseModel):
    """An edit: ``before`` restores it (as an :class:`InterviewerEdit`), ``after`` is the result."""

    before: InterviewerEdit
    after: InterviewerView


class RemovedInterviewer(BaseModel):
    """Everything :func:`restore_interviewer` needs to bring a removed interviewer back."""

    interviewer: InterviewerView
    stage_ids: list[str]


def update_interviewer(db: Database, *, interviewer: str, edit: InterviewerEdit) -> InterviewerChange:
    """Change an interviewer's name, email, qualifications (skills, focuses) or weekly limit."""
    _check(edit)
    with db.write() as session:
        row = _interviewer(session, interviewer)
        before = InterviewerEdit(**row.model_dump(include=set(InterviewerEdit.model_fields)))
        if edit.email and edit.email.lower() != (row.email or "").lower():
            clash = session.execute(
                text("SELECT 1 FROM interviewer WHERE lower(email) = lower(:e) AND id <> :i"),
                {"e": edit.email, "i": row.id},
            ).first()
            if clash:
                raise ConflictError(f"an interviewer with email {edit.email!r} already exists")
        for field, value in edit.model_dump(exclude_none=True).items():
            setattr(row, field, value.strip() if isinstance(value, str) else value)
        if edit.email == "":
            row.email = None
        session.add(row)
        session.flush()
        return InterviewerChange(before=before, after=_view(row))


def remove_interviewer(db: Database, *, interviewer: str) -> RemovedInterviewer:
    """Take an interviewer out of the pool (and of the stages they were planned in).

    Refused once they have a scorecard (a draft or submitted) for a candidate: it is part of a record.
    Pending interviews without one go with them; undoing brings them back through the loop's sync.
    """
    with db.write() as session:
        row = _interviewer(session, interviewer)
        interviews = session.execute(
            text(
                "SELECT count(*) FROM interview i JOIN scorecard sc ON sc.interview_id = i.id "
                "WHERE i.interviewer_id = :i"
            ),
            {"i": row.id},
        ).scalar_one()
        if interviews:
            raise ConflictError(
                f"{row.name} has {interviews} scorecard(s) for candidates; they must stay, so they cannot be removed"
            )
        stage_ids = [
            link.stage_id
            for link in session.exec(select(StageInterviewer).where(StageInterviewer.interviewer_id == row.id)).all()
        ]
        removed = RemovedInterviewer(interviewer=_view(row), stage_ids=stage_ids)
        session.delete(row)
        return removed


def restore_interviewer(db: Database, *, removed: RemovedInterviewer) -> InterviewerView:
    """Undo :func:`remove_interviewer`: the same person (same id) back in the same stages."""
    person = removed.interviewer
    with db.write() as session:
        if session.get(Interviewer, person.id) is not None:
            raise ConflictError(f"interviewer {person.name!r} is already in the pool")
        row = Interviewer(**person.model_dump())
        session.add(row)
        session.flush()
        existing = {r for (r,) in session.execute(text("SELECT id FROM stage")).all()}
        for stage_id in removed.stage_ids:
            if stage_id in existing:  # a stage removed since stays removed
                session.add(StageInterviewer(stage_id=stage_id, interviewer_id=row.id))
        session.flush()
        for (loop_id,) in session.execute(
            text(
                "SELECT DISTINCT s.loop_id FROM stage_interviewer si JOIN stage s ON s.id = si.stage_id "
                "WHERE si.interviewer_id = :i"
            ),
            {"i": row.id},
        ).all():
            sync_candidates(session, loop_id)  # their pending interviews come back
        return _view(row)


def _check(edit: InterviewerEdit) -> None:
    if edit.name is not None and not edit.name.strip():
        raise InputError("an interviewer needs a name", field="name")
    bad = [f for f in edit.focuses or [] if f not in FOCUSES]
    if bad:
        raise InputError(f"unknown focus {bad[0]!r} (one of {', '.join(FOCUSES)})", field="focuses")
    if edit.weekly_limit is not None and edit.weekly_limit < 0:
        raise InputError("the weekly limit cannot be negative", field="weekly_limit")


def _interviewer(session: Session, ref: str) -> Interviewer:
    row = session.get(Interviewer, resolve_interviewer(session, ref))
    if row is None:
        raise NotFoundError(f"no interviewer {ref!r}")
    return row


def _view(row: Interviewer) -> InterviewerView:
    return InterviewerView(**row.model_dump(include=set(InterviewerView.model_fields)))
