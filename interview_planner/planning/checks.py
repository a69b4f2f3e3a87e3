"""Coverage checks: what is wrong or thin about a loop, in plain words.

Errors make ``loop check`` fail; warnings are shown but do not. The rules
(documented in docs/planning.md):

errors
  ``must-uncovered``        a must-have skill is assessed by no stage
  ``stage-no-interviewer``  a stage has no interviewer
  ``stage-over-time``       a stage's questions need more than its minutes minus 5
warnings
  ``must-single-stage``     a must-have skill is assessed in only one stage
  ``nice-uncovered``        a nice-to-have skill is assessed by no stage
  ``stage-too-many-skills`` more skills than one per 7 usable minutes
  ``skill-without-question`` a stage assesses a skill none of its questions probes
  ``question-repeated``     the same question is asked in two stages
  ``interviewer-double-booked`` one interviewer on two stages of the loop
  ``interviewer-unqualified`` an interviewer is not qualified for the stage's focus
  ``interviewer-over-limit``  an interviewer is over their weekly limit
  ``skill-not-linked``      a skill has no catalogue link (no questions or rubric)
"""

from __future__ import annotations

from collections import Counter, defaultdict

from interview_planner.planning.model import (
    Finding,
    LoopState,
    PlanStage,
    skill_capacity,
    usable_minutes,
)


def check_loop(loop: LoopState) -> list[Finding]:
    """All findings for ``loop``, errors first, in a stable order."""
    findings = [
        *_coverage(loop),
        *_stage_time(loop),
        *_stage_load(loop),
        *_questions(loop),
        *_interviewers(loop),
        *_links(loop),
    ]
    return sorted(findings, key=lambda f: (f.severity != "error", f.code, f.message))


def stage_minutes_used(stage: PlanStage, loop: LoopState) -> int:
    return sum(loop.questions[q].minutes for q in stage.questions if q in loop.questions)


def coverage(loop: LoopState) -> dict[str, int]:
    """Role skill id -> number of stages assessing it."""
    counts = Counter(s for stage in loop.stages for s in set(stage.skills))
    return {skill.id: counts.get(skill.id, 0) for skill in loop.skills}


def questions_probing(stage: PlanStage, loop: LoopState, catalogue_id: str | None) -> int:
    if catalogue_id is None:
        return 0
    return sum(1 for q in stage.questions if q in loop.questions and catalogue_id in loop.questions[q].catalogue_skills)


def _coverage(loop: LoopState) -> list[Finding]:
    out = []
    stages_of = coverage(loop)
    for skill in loop.skills:
        n = stages_of[skill.id]
        if skill.priority == "must" and n == 0:
            out.append(
                Finding(
                    severity="error",
                    code="must-uncovered",
                    skill=skill.id,
                    message=f"Must-have skill '{skill.name}' is not assessed in any stage.",
                )
            )
        elif skill.priority == "must" and n == 1:
            out.append(
                Finding(
                    severity="warning",
                    code="must-single-stage",
                    skill=skill.id,
                    message=f"Must-have skill '{skill.name}' is assessed in only one stage; "
                    "two independent observations are better.",
                )
            )
        elif skill.priority == "nice" and n == 0:
            out.append(
                Finding(
                    severity="warning",
                    code="nice-uncovered",
                    skill=skill.id,
                    message=f"Nice-to-have skill '{skill.name}' is not assessed in any stage.",
                )
            )
    return out


def _stage_time(loop: LoopState) -> list[Finding]:
    out = []
    for stage in loop.stages:
        used, available = stage_minutes_used(stage, loop), usable_minutes(stage.minutes)
        if used > available:
            out.append(
                Finding(
                    severity="error",
                    code="stage-over-time",
                    stage=stage.id,
                    message=f"Stage '{stage.name}' needs {used} minutes of questions but has "
                    f"{available} ({stage.minutes} minus 5 for introductions and questions).",
                )
            )
    return out


def _stage_load(loop: LoopState) -> list[Finding]:
    out = []
    names = {s.id: s for s in loop.skills}
    for stage in loop.stages:
        cap = skill_capacity(stage.minutes)
        if len(stage.skills) > cap:
            out.append(
                Finding(
                    severity="warning",
                    code="stage-too-many-skills",
                    stage=stage.id,
                    message=f"Stage '{stage.name}' assesses {len(stage.skills)} skills; "
                    f"{stage.minutes} minutes allow {cap} (one per 7 minutes after the first 5).",
                )
            )
        for sid in stage.skills:
            skill = names.get(sid)
            if skill and skill.catalogue_id and questions_probing(stage, loop, skill.catalogue_id) == 0:
                out.append(
                    Finding(
                        severity="warning",
                        code="skill-without-question",
                        stage=stage.id,
                        skill=sid,
                        message=f"Stage '{stage.name}' assesses '{skill.name}' but none of its questions probes it.",
                    )
                )
    return out


def _questions(loop: LoopState) -> list[Finding]:
    stages_by_question: dict[str, list[str]] = defaultdict(list)
    for stage in loop.stages:
        for q in dict.fromkeys(stage.questions):
            stages_by_question[q].append(stage.name)
    return [
        Finding(
            severity="warning",
            code="question-repeated",
            message=f"The same question is asked in {len(where)} stages: {', '.join(where)}.",
        )
        for q, where in sorted(stages_by_question.items())
        if len(where) > 1
    ]


def _interviewers(loop: LoopState) -> list[Finding]:
    out = []
    stages_of: dict[str, list[PlanStage]] = defaultdict(list)
    for stage in loop.stages:
        if not stage.interviewers:
            out.append(
                Finding(
                    severity="error",
                    code="stage-no-interviewer",
                    stage=stage.id,
                    message=f"Stage '{stage.name}' has no interviewer.",
                )
            )
        for iid in stage.interviewers:
            stages_of[iid].append(stage)
    for iid, stages in stages_of.items():
        person = loop.interviewers.get(iid)
        name = person.name if person else iid
        if len(stages) > 1:
            out.append(
                Finding(
                    severity="warning",
                    code="interviewer-double-booked",
                    message=f"{name} interviews in {len(stages)} stages: {', '.join(s.name for s in stages)}.",
                )
            )
        if person is None:
            continue
        out += [
            Finding(
                severity="warning",
                code="interviewer-unqualified",
                stage=s.id,
                message=f"{name} is not listed as qualified for '{s.focus}' interviews ({s.name}).",
            )
            for s in stages
            if person.focuses and s.focus and s.focus not in person.focuses
        ]
        if person.load + len(stages) > person.weekly_limit:
            out.append(
                Finding(
                    severity="warning",
                    code="interviewer-over-limit",
                    message=f"{name} would have {person.load + len(stages)} interviews this week; "
                    f"their limit is {person.weekly_limit}.",
                )
            )
    return out


def _links(loop: LoopState) -> list[Finding]:
    return [
        Finding(
            severity="warning",
            code="skill-not-linked",
            skill=s.id,
            message=f"Skill '{s.name}' is not linked to the catalogue, so it has no questions or rubric yet.",
        )
        for s in loop.skills
        if s.catalogue_id is None
    ]
