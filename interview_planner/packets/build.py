"""Compute printable documents' content from the database (plain data, tested as data)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import text
from sqlmodel import Session

from interview_planner import __version__
from interview_planner.db.models import Candidate, Interview
from interview_planner.db.portable import from_json
from interview_planner.errors import NotFoundError
from interview_planner.packets.model import (
    OVERALL_LABELS,
    ArtefactData,
    CellState,
    ConsolidatedScorecard,
    EvidenceLine,
    FindingData,
    InterviewerPacket,
    LoopOverview,
    MatrixSkill,
    MatrixStage,
    OverallRow,
    PacketQuestion,
    PacketSkill,
    RatingColumn,
    RubricLevelData,
    SkillRatingsRow,
    StageRef,
)
from interview_planner.pdf.text import shorten
from interview_planner.planning.checks import focus_label
from interview_planner.planning.model import ANCHOR_MINUTES
from interview_planner.planning.templates import focus_rules
from interview_planner.scoring.model import DecisionResult
from interview_planner.services.decisions import Consolidated
from interview_planner.services.loops import loop_view
from interview_planner.services.rubrics import rubrics_for_skills
from interview_planner.services.search import load_questions


def database_id(session: Session) -> str:
    row = session.execute(text("SELECT value FROM app_meta WHERE key = 'database_id'")).first()
    if row is None:
        raise NotFoundError("this database has no id; run 'interview-planner init' once")
    return str(row.value)


def today() -> str:
    return date.today().isoformat()


def format_when(value: object) -> str | None:
    if value is None:
        return None
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return when.strftime("%a %d %b %Y, %H:%M") + " UTC"


def _iso(value: object) -> str | None:
    if value is None:
        return None
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return when.replace(tzinfo=None).isoformat(timespec="minutes")


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
        scheduled_at=format_when(interview.scheduled_at),
        start=_iso(interview.scheduled_at),
        time_zone="UTC",
        stage_focus_label=focus_label(head.focus),
        interviewer_name=head.interviewer,
        stages=stages,
        skills=skills,
        questions=_packet_questions(session, interview.stage_id, names_by_catalogue, head.focus),
        generated_on=generated_on or today(),
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
    slugs = {r.slug: r.id for r in session.execute(text("SELECT id, slug FROM catalogue_skill"))}
    minutes_of_rule = focus_rules().get(focus)
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
    out = [
        PacketQuestion(
            number=n,
            text=q.text,
            minutes=q.minutes,
            kind=q.kind,
            difficulty=q.difficulty,
            skills=[names[slugs[s]] for s in q.skills if slugs.get(s) in names],
            follow_ups=q.follow_ups,
            strong_signals=q.strong_signals,
            weak_signals=q.weak_signals,
            rates=[
                names[slugs[x]] for x in q.skills[: 2 if q.minutes >= ANCHOR_MINUTES else 1] if slugs.get(x) in names
            ],
            artefact=ArtefactData(**artefacts[q.id]) if artefacts.get(q.id) else None,
            anchor=bool(minutes_of_rule and minutes_of_rule.is_anchor(q.kind, q.minutes)),
        )
        for n, q in enumerate(load_questions(session, ids), start=1)
    ]
    anchors = [q for q in out if q.anchor]
    for extra in anchors[1:]:
        extra.anchor = False
    return out


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
            anchor=next((f"{q.minutes} min: {shorten(q.text, 70)}" for q in s.questions if q.anchor), None),
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
        generated_on=generated_on or today(),
        app_version=__version__,
        budget=view.budget.text if view.budget else "",
    )


def consolidated_scorecard(data: Consolidated, *, generated_on: str | None = None) -> ConsolidatedScorecard:
    r = data.result
    columns = [RatingColumn(interviewer=o.interviewer, stage=o.stage) for o in r.overall]
    skills = []
    submitted = {(o.interviewer, o.stage) for o in r.overall if o.recommendation is not None}
    for sk in r.skills:
        by_column = {(x.interviewer, x.stage): x for x in sk.ratings}
        flags = [f.code for f in r.flags if f"'{sk.name}'" in f.message]
        states: list[CellState] = []
        for c in columns:
            given = by_column.get((c.interviewer, c.stage))
            if (c.interviewer, c.stage) not in submitted:
                states.append("not_submitted")
            elif given is None:
                states.append("not_in_stage")
            elif given.rating is not None:
                states.append("rated")
            else:
                states.append("not_assessed" if given.not_assessed_reason else "not_rated")
        skills.append(
            SkillRatingsRow(
                name=sk.name,
                priority=sk.priority,
                mean=sk.mean,
                flags=flags,
                ratings=[x.rating if (x := by_column.get((c.interviewer, c.stage))) else None for c in columns],
                states=states,
                evidence=[
                    EvidenceLine(
                        interviewer=x.interviewer,
                        stage=x.stage,
                        rating=x.rating,
                        not_assessed_reason=x.not_assessed_reason,
                        evidence=x.evidence,
                    )
                    for x in sk.ratings
                ],
            )
        )
    override = data.override
    return ConsolidatedScorecard(
        candidate_name=data.candidate.name,
        role_title=data.candidate.role,
        loop_name=data.candidate.loop,
        decision=r.decision,
        override=override.decision if override else None,
        override_reason=override.reason if override else None,
        override_by=override.by if override else None,
        reasons=[x.message for x in r.reasons],
        flags=[f.message for f in r.flags],
        columns=columns,
        skills=skills,
        overall=[
            OverallRow(
                interviewer=o.interviewer, stage=o.stage, recommendation=o.recommendation, key_takeaways=o.key_takeaways
            )
            for o in r.overall
        ],
        policy_summary=data.policy.summary(),
        incomplete_causes=_incomplete_causes(r),
        generated_on=generated_on or today(),
        app_version=__version__,
    )


def _incomplete_causes(result: DecisionResult) -> list[str]:
    """The banner's words: which scorecards are missing, which must-have skills are unrated."""
    if result.decision != "incomplete":
        return []
    causes = []
    stages = [x.message for x in result.reasons if x.rule == "incomplete-stage"]
    if stages:
        causes.append(f"Not every scorecard is in ({result.submitted} of {result.expected} submitted).")
    skills = [x.message for x in result.reasons if x.rule == "incomplete-skill"]
    if skills:
        causes.append(f"Unrated must-have skills: {len(skills)} have no rating from any submitted scorecard.")
    return causes


def candidate_interviews(session: Session, candidate_id: str) -> list[str]:
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


__all__ = [
    "OVERALL_LABELS",
    "candidate_interviews",
    "consolidated_scorecard",
    "database_id",
    "interviewer_packet",
    "loop_overview",
]
