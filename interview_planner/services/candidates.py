"""Candidates and their interviews (one per stage and interviewer of the loop)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session, col, select

from interview_planner.db.database import Database
from interview_planner.db.models import Candidate, Interview, Stage, StageInterviewer
from interview_planner.errors import InputError, NotFoundError
from interview_planner.services.common import loop_heading, stored_time
from interview_planner.services.loops import resolve_interviewer, resolve_loop, resolve_stage
from interview_planner.services.refs import resolve


class InterviewView(BaseModel):
    id: str
    stage_id: str
    stage: str
    stage_position: int
    interviewer_id: str
    interviewer: str
    scheduled_at: datetime | None
    scorecard_status: str  # none / draft / submitted


class CandidateView(BaseModel):
    id: str
    name: str
    email: str | None
    loop: str
    loop_id: str
    role: str
    interviews: list[InterviewView]


def resolve_candidate(session: Session, ref: str) -> str:
    return resolve(session, "candidate", "name", ref, what="candidate")


def add_candidate(db: Database, *, name: str, loop: str, email: str | None = None) -> CandidateView:
    """Add a candidate to a loop and create their interviews from its stages."""
    with db.write() as session:
        return candidate_view(session, add_candidate_in(session, name=name, loop=loop, email=email))


def add_candidate_in(session: Session, *, name: str, loop: str, email: str | None = None) -> str:
    """:func:`add_candidate` inside the caller's transaction; returns the new candidate's id."""
    name = " ".join(name.split())
    if not name:
        raise InputError("a candidate needs a name", field="name")
    loop_id = resolve_loop(session, loop)
    candidate = Candidate(loop_id=loop_id, name=name, email=(email or None))
    session.add(candidate)
    session.flush()
    create_interviews(session, candidate.id, loop_id)
    return candidate.id


def create_interviews(session: Session, candidate_id: str, loop_id: str) -> int:
    """Create the missing interviews (stage x interviewer) for a candidate; returns how many."""
    existing = {
        (r.stage_id, r.interviewer_id)
        for r in session.execute(
            text("SELECT stage_id, interviewer_id FROM interview WHERE candidate_id = :c"), {"c": candidate_id}
        )
    }
    added = 0
    pairs = session.exec(
        select(StageInterviewer)
        .join(Stage, col(Stage.id) == col(StageInterviewer.stage_id))
        .where(Stage.loop_id == loop_id)
    ).all()
    for pair in pairs:
        if (pair.stage_id, pair.interviewer_id) not in existing:
            session.add(
                Interview(candidate_id=candidate_id, stage_id=pair.stage_id, interviewer_id=pair.interviewer_id)
            )
            added += 1
    session.flush()
    return added


def schedule_interview(db: Database, *, interview_id: str, at: datetime | None) -> CandidateView:
    with db.write() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            raise NotFoundError(f"no interview {interview_id!r}")
        interview.scheduled_at = at
        session.add(interview)
        session.flush()
        return candidate_view(session, interview.candidate_id)


def get_candidate(db: Database, ref: str) -> CandidateView:
    with db.read() as session:
        return candidate_view(session, resolve_candidate(session, ref))


def list_candidates(db: Database, *, loop: str | None = None) -> list[CandidateView]:
    with db.read() as session:
        params = {"l": resolve_loop(session, loop) if loop else None}
        ids = [
            r.id
            for r in session.execute(
                text(
                    "SELECT id FROM candidate WHERE CAST(:l AS VARCHAR) IS NULL OR loop_id = :l "
                    "ORDER BY created_at, name"
                ),
                params,
            )
        ]
        return [candidate_view(session, i) for i in ids]


def candidate_view(session: Session, candidate_id: str) -> CandidateView:
    c = session.get(Candidate, candidate_id)
    if c is None:
        raise NotFoundError(f"no candidate {candidate_id!r}")
    head = loop_heading(session, c.loop_id)
    rows = session.execute(
        text(
            "SELECT i.id, i.stage_id, s.name AS stage, s.position, i.interviewer_id, p.name AS interviewer, "
            "i.scheduled_at, sc.status FROM interview i JOIN stage s ON s.id = i.stage_id "
            "JOIN interviewer p ON p.id = i.interviewer_id LEFT JOIN scorecard sc ON sc.interview_id = i.id "
            "WHERE i.candidate_id = :c ORDER BY s.position, p.name"
        ),
        {"c": candidate_id},
    ).all()
    interviews = [
        InterviewView(
            id=r.id,
            stage_id=r.stage_id,
            stage=r.stage,
            stage_position=r.position,
            interviewer_id=r.interviewer_id,
            interviewer=r.interviewer,
            scheduled_at=stored_time(r.scheduled_at),
            scorecard_status=r.status or "none",
        )
        for r in rows
    ]
    return CandidateView(
        id=c.id, name=c.name, email=c.email, loop=head.loop, loop_id=c.loop_id, role=head.role, interviews=interviews
    )


def find_interview(db: Database, *, candidate: str, stage: str, interviewer: str) -> str:
    """The id of ``candidate``'s interview in ``stage`` with ``interviewer`` (each by name or id)."""
    with db.read() as session:
        cid = resolve_candidate(session, candidate)
        loop_id = session.execute(text("SELECT loop_id FROM candidate WHERE id = :c"), {"c": cid}).scalar_one()
        row = session.execute(
            text("SELECT id FROM interview WHERE candidate_id = :c AND stage_id = :s AND interviewer_id = :i"),
            {"c": cid, "s": resolve_stage(session, loop_id, stage), "i": resolve_interviewer(session, interviewer)},
        ).first()
    if row is None:
        raise InputError(f"{interviewer} does not interview {candidate} in stage {stage!r}")
    return str(row.id)
