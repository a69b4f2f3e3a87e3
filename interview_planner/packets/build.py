"""Shape printable documents' content from plain data (no database; tested as data).

The services gather what a document needs (``services/packet_content.py``); the rules of what a
packet shows live here: which skills a question rates, which question is the stage's anchor,
what state each cell of the consolidated ratings grid is in, and the words of the "incomplete" banner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, Protocol

from interview_planner import __version__
from interview_planner.packets.model import (
    OVERALL_LABELS,
    ArtefactData,
    CellState,
    ConsolidatedScorecard,
    EvidenceLine,
    OverallRow,
    PacketQuestion,
    RatingColumn,
    SkillRatingsRow,
)
from interview_planner.planning.model import ANCHOR_MINUTES
from interview_planner.planning.templates import focus_rules
from interview_planner.scoring.model import DecisionResult


class SourceQuestion(Protocol):
    """A question as the store hands it over (``services.search.QuestionView`` is one)."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def minutes(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def difficulty(self) -> str: ...
    @property
    def skills(self) -> list[str]: ...
    @property
    def follow_ups(self) -> list[str]: ...
    @property
    def strong_signals(self) -> list[str]: ...
    @property
    def weak_signals(self) -> list[str]: ...


class Override(Protocol):
    """A manager's recorded override (``services.decisions.OverrideView`` is one)."""

    @property
    def decision(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def by(self) -> str: ...


def today() -> str:
    return date.today().isoformat()


def format_when(value: object) -> str | None:
    if value is None:
        return None
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return when.strftime("%a %d %b %Y, %H:%M") + " UTC"


def iso_minutes(value: object) -> str | None:
    if value is None:
        return None
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return when.replace(tzinfo=None).isoformat(timespec="minutes")


def anchor_line(minutes: int, text: str, *, limit: int = 70) -> str:
    """The loop overview's line for a stage's anchor question: its minutes and its text cut to ``limit``."""
    text = " ".join(text.split())
    return f"{minutes} min: " + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…")


def packet_questions(
    questions: Sequence[SourceQuestion],
    *,
    skill_names: Mapping[str, str],
    focus: str,
    artefacts: Mapping[str, dict[str, Any]],
) -> list[PacketQuestion]:
    """The stage's questions as printed, in the order given.

    ``skill_names`` maps a catalogue skill slug to the name of the stage's skill it stands for (skills the
    stage does not assess are left out); ``artefacts`` maps a question id to its artefact. A question
    rates its first skill, or its first two when it is an anchor-length question; only the first question
    the stage focus's rule calls an anchor is marked as the anchor.
    """
    rule = focus_rules().get(focus)
    out = [
        PacketQuestion(
            number=n,
            text=q.text,
            minutes=q.minutes,
            kind=q.kind,
            difficulty=q.difficulty,
            skills=[skill_names[s] for s in q.skills if s in skill_names],
            follow_ups=q.follow_ups,
            strong_signals=q.strong_signals,
            weak_signals=q.weak_signals,
            rates=[skill_names[s] for s in q.skills[: 2 if q.minutes >= ANCHOR_MINUTES else 1] if s in skill_names],
            artefact=ArtefactData(**artefacts[q.id]) if artefacts.get(q.id) else None,
            anchor=bool(rule and rule.is_anchor(q.kind, q.minutes)),
        )
        for n, q in enumerate(questions, start=1)
    ]
    for extra in [q for q in out if q.anchor][1:]:
        extra.anchor = False
    return out


def consolidated_scorecard(
    result: DecisionResult,
    *,
    candidate_name: str,
    role_title: str,
    loop_name: str,
    policy_summary: list[str],
    override: Override | None = None,
    generated_on: str | None = None,
) -> ConsolidatedScorecard:
    columns = [RatingColumn(interviewer=o.interviewer, stage=o.stage) for o in result.overall]
    skills = []
    submitted = {(o.interviewer, o.stage) for o in result.overall if o.recommendation is not None}
    for sk in result.skills:
        by_column = {(x.interviewer, x.stage): x for x in sk.ratings}
        flags = [f.code for f in result.flags if f"'{sk.name}'" in f.message]
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
    return ConsolidatedScorecard(
        candidate_name=candidate_name,
        role_title=role_title,
        loop_name=loop_name,
        decision=result.decision,
        override=override.decision if override else None,
        override_reason=override.reason if override else None,
        override_by=override.by if override else None,
        reasons=[x.message for x in result.reasons],
        flags=[f.message for f in result.flags],
        columns=columns,
        skills=skills,
        overall=[
            OverallRow(
                interviewer=o.interviewer, stage=o.stage, recommendation=o.recommendation, key_takeaways=o.key_takeaways
            )
            for o in result.overall
        ],
        policy_summary=policy_summary,
        incomplete_causes=incomplete_causes(result),
        generated_on=generated_on or today(),
        app_version=__version__,
    )


def incomplete_causes(result: DecisionResult) -> list[str]:
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


__all__ = [
    "OVERALL_LABELS",
    "anchor_line",
    "consolidated_scorecard",
    "format_when",
    "incomplete_causes",
    "iso_minutes",
    "packet_questions",
    "today",
]
