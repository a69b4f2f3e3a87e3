"""Coverage checks: what is wrong or thin about a loop, in plain words.

Errors make ``loop check`` fail; warnings are shown but do not. The rules
(documented in docs/planning.md):

errors
  ``must-uncovered``        a must-have skill is assessed by no stage (and not acknowledged)
  ``stage-no-interviewer``  a stage has no interviewer
  ``stage-over-time``       a stage's questions need more than its minutes
  ``stage-focus-unmet``     a stage lacks what its focus needs (anchor exercise, question kinds, depth)
warnings
  ``must-acknowledged``     a must-have skill is knowingly left unobserved (the reason is shown)
  ``must-single-stage``     a core skill is assessed in only one stage
  ``must-low-reliability``  must-haves whose forecast reliability is below the threshold (docs/fairness.md)
  ``nice-uncovered``        a nice-to-have skill is assessed by no stage
  ``stage-too-broad``       more rated skills than 4 per 60 minutes
  ``no-buffer``             less than 10 minutes left for introductions and the candidate's questions
  ``skill-without-question`` a stage rates a skill no question of the stage primarily probes
  ``question-repeated``     the same question is asked in two stages
  ``interviewer-double-booked`` one interviewer on two stages of the loop
  ``interviewer-unqualified`` an interviewer is not qualified for the stage's focus
  ``interviewer-over-limit``  an interviewer is over their weekly limit
  ``skill-not-linked``      a skill has no catalogue link (no questions or rubric)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Literal

from interview_planner.fairness.reliability import FORECAST_THRESHOLD, PRIOR_SINGLE_RATER, spearman_brown
from interview_planner.planning.model import (
    INTRO_MINUTES,
    Finding,
    LoopState,
    PlanQuestion,
    PlanStage,
    skill_capacity,
)

LOW_NAMED = 5  # must-haves named in the reliability finding; the rest are counted


def check_loop(loop: LoopState) -> list[Finding]:
    """All findings for ``loop``, errors first, in a stable order."""
    findings = [
        *_coverage(loop),
        *_reliability(loop),
        *_stage_time(loop),
        *_stage_focus(loop),
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


def primarily_probed(stage: PlanStage, loop: LoopState, catalogue_id: str | None) -> bool:
    """Whether a question of the stage has the skill as a primary skill (see PlanQuestion.primary_skills)."""
    return catalogue_id is not None and any(
        catalogue_id in loop.questions[q].primary_skills for q in stage.questions if q in loop.questions
    )


def stage_anchor(stage: PlanStage, loop: LoopState) -> PlanQuestion | None:
    """The stage's anchor exercise: its first question that meets the focus's anchor rule."""
    rule = loop.rule(stage.focus)
    return next(
        (
            loop.questions[q]
            for q in stage.questions
            if q in loop.questions and rule.is_anchor(loop.questions[q].kind, loop.questions[q].minutes)
        ),
        None,
    )


CORE_SKILL_STAGES = 2  # a core skill needs two independent observations (``must-single-stage``)
CoverageState = Literal["covered", "thin", "missing", ""]


def coverage_cell(*, priority: str, core: bool, stages: int, questions: int | None) -> CoverageState:
    """How one cell of the coverage matrix reads, by the same rules as the coverage findings.

    ``stages`` is the number of stages that assess the skill; ``questions`` the number of the stage's
    questions that probe it, None when the stage does not assess it (or for the skill's row as a whole).
    "missing": a must-have no stage assesses (``must-uncovered``); "thin": assessed without a question, or
    a core must-have assessed in fewer than two stages (``must-single-stage``); "covered"; "" not assessed.
    """
    must = priority == "must"
    if must and stages == 0:
        return "missing"
    if questions is None:
        return ""
    if questions == 0 or (must and core and stages < CORE_SKILL_STAGES):
        return "thin"
    return "covered"


def focus_label(focus: str) -> str:
    """A focus slug as people say it ("system-design" -> "System design")."""
    return focus.replace("-", " ").capitalize() if focus else ""


def _coverage(loop: LoopState) -> list[Finding]:
    out = []
    stages_of = coverage(loop)
    for skill in loop.skills:
        n = stages_of[skill.id]
        if skill.priority == "must" and n == 0 and skill.acknowledged:
            out.append(
                Finding(
                    severity="warning",
                    code="must-acknowledged",
                    skill=skill.id,
                    message=f"Must-have skill '{skill.name}' is not observed in this loop "
                    f"(acknowledged: {skill.acknowledged}).",
                )
            )
        elif skill.priority == "must" and n == 0:
            out.append(
                Finding(
                    severity="error",
                    code="must-uncovered",
                    skill=skill.id,
                    message=f"Must-have skill '{skill.name}' is not assessed in any stage.",
                )
            )
        elif skill.priority == "must" and skill.core and n < CORE_SKILL_STAGES:
            out.append(
                Finding(
                    severity="warning",
                    code="must-single-stage",
                    skill=skill.id,
                    message=f"Core skill '{skill.name}' is assessed in only one stage; "
                    "a core skill needs two independent observations.",
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


def _reliability(loop: LoopState) -> list[Finding]:
    """One finding naming the must-haves whose ratings are forecast too unreliable (Spearman-Brown).

    One for the loop, not one per skill: with the prior every must-have rated in a single stage is
    below the threshold, and a long role would fill the list with the same sentence.
    """
    single = PRIOR_SINGLE_RATER if loop.single_rater is None else loop.single_rater
    stages_of = coverage(loop)
    low = [
        (skill.name, stages_of[skill.id], spearman_brown(single, stages_of[skill.id]))
        for skill in loop.skills
        if skill.priority == "must" and stages_of[skill.id] > 0
    ]
    low = [item for item in low if item[2] < FORECAST_THRESHOLD]
    if not low:
        return []
    basis = "the prior" if loop.single_rater is None else "the team's measured"
    named = ", ".join(f"'{name}' ({value:.2f}, {_stages_text(n)})" for name, n, value in low[:LOW_NAMED])
    more = f" and {len(low) - LOW_NAMED} more" if len(low) > LOW_NAMED else ""
    fewest = min(n for _, n, _ in low)
    return [
        Finding(
            severity="warning",
            code="must-low-reliability",
            message=f"Reliability forecast: {len(low)} must-have skill{'' if len(low) == 1 else 's'} below "
            f"{FORECAST_THRESHOLD:.2f} ({basis} reliability of one rating, {single:.2f}): {named}{more}. "
            f"One more stage that rates a skill seen in {_stages_text(fewest)} raises it to "
            f"{spearman_brown(single, fewest + 1):.2f}.",
        )
    ]


def _stages_text(n: int) -> str:
    return "1 stage" if n == 1 else f"{n} stages"


def _stage_time(loop: LoopState) -> list[Finding]:
    out = []
    for stage in loop.stages:
        used = stage_minutes_used(stage, loop)
        if used > stage.minutes:
            out.append(
                Finding(
                    severity="error",
                    code="stage-over-time",
                    stage=stage.id,
                    message=f"Stage '{stage.name}' needs {used} minutes of questions but has {stage.minutes}.",
                )
            )
        elif stage.minutes - used < INTRO_MINUTES:
            out.append(
                Finding(
                    severity="warning",
                    code="no-buffer",
                    stage=stage.id,
                    message=f"Stage '{stage.name}' leaves {stage.minutes - used} minutes for introductions and "
                    f"the candidate's questions; keep at least {INTRO_MINUTES}.",
                )
            )
    return out


def _stage_focus(loop: LoopState) -> list[Finding]:
    out = []
    for stage in loop.stages:
        missing = focus_gaps(stage, loop)
        if missing:
            out.append(
                Finding(
                    severity="error",
                    code="stage-focus-unmet",
                    stage=stage.id,
                    message=f"Stage '{stage.name}' ({focus_label(stage.focus)}): {'; '.join(missing)}.",
                )
            )
    return out


def focus_gaps(stage: PlanStage, loop: LoopState) -> list[str]:
    """What the stage lacks for its focus, in plain words (empty when the focus is met)."""
    rule = loop.rule(stage.focus)
    questions = [loop.questions[q] for q in stage.questions if q in loop.questions]
    gaps = []
    anchor = stage_anchor(stage, loop)
    if rule.anchor is not None and anchor is None:
        names = {s.catalogue_id: s.name for s in loop.skills if s.catalogue_id and s.id in stage.skills}
        rated = [names[c] for c in names]
        span = f"{rule.anchor.min_minutes}–{rule.anchor.max_minutes}"
        gaps.append(f"no {rule.anchor.label} of {span} minutes" + (f" for {', '.join(rated)}" if rated else ""))
    fitting = [q for q in questions if q.kind in rule.kinds or q is anchor]
    if len(fitting) < rule.min_questions:
        kinds = "/".join(k.replace("_", " ") for k in rule.kinds)
        gaps.append(f"{len(fitting)} {kinds} question(s), needs at least {rule.min_questions}")
    if len(questions) > rule.max_questions:
        gaps.append(f"{len(questions)} questions, at most {rule.max_questions} for depth")
    if rule.anchor is not None:
        long = [q for q in questions if q is not anchor and q.minutes > rule.follow_on_max_minutes]
        if long:
            gaps.append(
                f"{len(long)} question(s) besides the {rule.anchor.label} longer than {rule.follow_on_max_minutes} min"
            )
    return gaps


def _stage_load(loop: LoopState) -> list[Finding]:
    out = []
    names = {s.id: s for s in loop.skills}
    for stage in loop.stages:
        cap = skill_capacity(stage.minutes)
        if len(stage.skills) > cap:
            out.append(
                Finding(
                    severity="warning",
                    code="stage-too-broad",
                    stage=stage.id,
                    message=f"Stage '{stage.name}' rates {len(stage.skills)} skills; "
                    f"{stage.minutes} minutes allow {cap} (4 per 60 minutes) for enough evidence on each.",
                )
            )
        for sid in stage.skills:
            skill = names.get(sid)
            if skill and skill.catalogue_id and not primarily_probed(stage, loop, skill.catalogue_id):
                out.append(
                    Finding(
                        severity="warning",
                        code="skill-without-question",
                        stage=stage.id,
                        skill=sid,
                        message=f"Stage '{stage.name}' rates '{skill.name}' but no question of the stage "
                        "primarily probes it.",
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
