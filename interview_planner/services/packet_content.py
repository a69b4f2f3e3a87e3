"""Gather what a printed document shows from the database; ``packets/build.py`` shapes it.

Session-level reads (the caller owns the transaction): the interviewer packet, the loop overview and
the consolidated scorecard are read here, in one transaction each, and handed to the packet builder
as plain data.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from interview_planner import __version__
from interview_planner.db.models import Candidate, Interview
from interview_planner.db.portable import from_json
from interview_planner.errors import NotFoundError
from interview_planner.packets import build
from interview_planner.packets.model import (
    ConsolidatedScorecard,
    FindingData,
    InterviewerPacket,
    LoopOverview,
    MatrixSkill,
    MatrixStage,
    PacketQuestion,
    PacketSkill,
    RubricLevelData,
    StageRef,
)
from interview_planner.planning.checks import focus_label
from interview_planner.services.decisions import Consolidated
from interview_planner.services.identity import database_id
from interview_planner.services.loops import loop_view
from interview_planner.services.rubrics import rubrics_for_skills
from interview_planner.services.search import load_questions


def candidate_interviews(session: Session, candidate_id: str) -> list[str]:
    """The candidate's interview ids in loop order (stage position, then interviewer name)."""
    if session.get(Candidate, candidate_id) is None:
        raise NotFoundError(f"no candidate {candidate_id!r}")
    return [
        r[0]
        for r in session.execute(
            text(
                "SELECT i.id FROM interview i JOIN stage s ON s.id = i.stage_id JOIN interviewer p ON p.id = "
                "i.interviewer_id "
                "WHERE i.candidate_id = :c ORDER BY s.position, p.name"
            ),
            {"c": candidate_id},
        )
    ]


def candidate_loop_id(session: Session, candidate_id: str) -> str:
    loop_id = session.execute(text("SELECT loop_id FROM candidate WHERE id = :c"), {"c": candidate_id}).scalar()
    if loop_id is None:
        raise NotFoundError(f"no candidate {candidate_id!r}")
    return str(loop_id)


def interviewer_packet(session: Session, interview_id: str, *, generated_on: str | None = None) -> InterviewerPacket:
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise NotFoundError(f"no interview {interview_id!r}")
    head = session.execute(
        text(
            "SELECT c.name AS candidate, r.title AS role, l.name AS loop, l.id AS loop_id, s.name AS stage, s.format, "
            "s.minutes, s.focus, p.name AS interviewer FROM interview i JOIN candidate c ON c.id = i.candidate_id "
            "JOIN loop l ON l.id = c.loop_id JOIN role r ON r.id = l.role_id JOIN stage s ON s.id = i.stage_id "
            "JOIN interviewer p ON p.id = i.interviewer_id WHERE i.id = :i"
        ),
        {"i": interview_id},
    ).one()
    stages = [
        StageRef(
            position=r.position + 1,
            name=r.name,
            format=r.format,
            minutes=r.minutes,
            focus=r.focus,
            is_this_stage=r.id == interview.stage_id,
        )
        for r in session.execute(text("SELECT * FROM stage WHERE loop_id = :l ORDER BY position"), {"l": head.loop_id})
    ]
    skills, names_by_catalogue = _packet_skills(session, interview.stage_id)
    return InterviewerPacket(
        interview_id=interview_id,
        database_id=database_id(session),
        candidate_name=head.candidate,
        role_title=head.role,
        loop_name=head.loop,
        stage_name=head.stage,
        stage_format=head.format,
        stage_minutes=head.minutes,
        stage_focus=head.focus,
        scheduled_at=build.format_when(interview.scheduled_at),
        start=build.iso_minutes(interview.scheduled_at),
        time_zone="UTC",
        stage_focus_label=focus_label(head.focus),
        interviewer_name=head.interviewer,
        stages=stages,
        skills=skills,
        questions=_packet_questions(session, interview.stage_id, names_by_catalogue, head.focus),
        generated_on=generated_on or build.today(),
        app_version=__version__,
    )


def _packet_skills(session: Session, stage_id: str) -> tuple[list[PacketSkill], dict[str, str]]:
    rows = session.execute(
        text(
            "SELECT rs.id, rs.name, rs.kind, rs.priority, rs.catalogue_skill_id, cs.definition FROM stage_skill ss "
            "JOIN role_skill rs ON rs.id = ss.role_skill_id LEFT JOIN catalogue_skill cs ON cs.id = "
            "rs.catalogue_skill_id "
            "WHERE ss.stage_id = :s ORDER BY rs.position"
        ),
        {"s": stage_id},
    ).all()
    rubrics = rubrics_for_skills(session, [r.catalogue_skill_id for r in rows if r.catalogue_skill_id])
    skills = []
    for r in rows:
        rubric = rubrics.get(r.catalogue_skill_id or "")
        levels = [RubricLevelData(**lv.model_dump()) for lv in rubric.levels] if rubric else []
        skills.append(
            PacketSkill(
                id=r.id, name=r.name, kind=r.kind, priority=r.priority, definition=r.definition or "", rubric=levels
            )
        )
    return skills, {r.catalogue_skill_id: r.name for r in rows if r.catalogue_skill_id}


def _packet_questions(session: Session, stage_id: str, names: dict[str, str], focus: str) -> list[PacketQuestion]:
    ids = [
        r[0]
        for r in session.execute(
            text("SELECT question_id FROM stage_question WHERE stage_id = :s ORDER BY position"), {"s": stage_id}
        )
    ]
    names_by_slug = {
        r.slug: names[r.id] for r in session.execute(text("SELECT id, slug FROM catalogue_skill")) if r.id in names
    }
    artefacts = {
        r.id: from_json(r.artefact) if isinstance(r.artefact, str) else r.artefact
        for r in session.execute(
            text(
                "SELECT id, artefact FROM question WHERE artefact IS NOT NULL AND id IN (SELECT question_id "
                "FROM stage_question WHERE stage_id = :s)"
            ),
            {"s": stage_id},
        )
    }
    return build.packet_questions(
        load_questions(session, ids), skill_names=names_by_slug, focus=focus, artefacts=artefacts
    )


def loop_overview(
    session: Session, loop_id: str, *, candidate_name: str | None = None, generated_on: str | None = None
) -> LoopOverview:
    view = loop_view(session, loop_id)
    stages = [
        MatrixStage(
            id=s.id,
            name=s.name,
            format=s.format,
            minutes=s.minutes,
            minutes_used=s.minutes_used,
            focus=s.focus,
            interviewers=s.interviewers,
            focus_label=s.focus_label,
            anchor=next((build.anchor_line(q.minutes, q.text) for q in s.questions if q.anchor), None),
            rated=len(s.skills),
            cap=s.skill_cap,
        )
        for s in view.stages
    ]
    skills = [
        MatrixSkill(id=s.id, name=s.name, kind=s.kind, priority=s.priority, cells=s.questions_per_stage)
        for s in view.skills
    ]
    findings = [FindingData(severity=f.severity, code=f.code, message=f.message) for f in view.findings]
    return LoopOverview(
        role_title=view.loop.role,
        loop_name=view.loop.name,
        candidate_name=candidate_name,
        stages=stages,
        skills=skills,
        findings=findings,
        generated_on=generated_on or build.today(),
        app_version=__version__,
        budget=view.budget.text if view.budget else "",
    )


def consolidated_scorecard(data: Consolidated, *, generated_on: str | None = None) -> ConsolidatedScorecard:
    """The debrief's grid and the consolidated PDF's content, from a candidate's consolidated decision."""
    return build.consolidated_scorecard(
        data.result,
        candidate_name=data.candidate.name,
        role_title=data.candidate.role,
        loop_name=data.candidate.loop,
        policy_summary=data.policy.summary(),
        override=data.override,
        generated_on=generated_on,
    )
