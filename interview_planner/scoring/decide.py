"""The decision rule: submitted scorecards in, hire / no_hire / incomplete with reasons out.

Only **submitted** scorecards count. Every rule that fires is listed with its
numbers, so a reader can check the decision by hand (docs/decision.md).
"""

from __future__ import annotations

from statistics import fmean

from interview_planner.scoring.model import (
    RECOMMENDATION_VALUE,
    DecisionInput,
    DecisionPolicy,
    DecisionResult,
    Flag,
    OverallResult,
    Reason,
    ScorecardInput,
    SkillRating,
    SkillResult,
)


def decide(data: DecisionInput, policy: DecisionPolicy | None = None) -> DecisionResult:
    policy = policy or DecisionPolicy()
    submitted = [s for s in data.scorecards if s.submitted]
    skills = _skill_results(data, submitted)
    overall = [
        OverallResult(
            interviewer=s.interviewer,
            stage=s.stage,
            recommendation=s.overall if s.submitted else None,
            key_takeaways=s.key_takeaways if s.submitted else "",
        )
        for s in data.scorecards
    ]
    values = [RECOMMENDATION_VALUE[s.overall] for s in submitted if s.overall]
    overall_mean = round(fmean(values), 2) if values else None
    reasons = _incomplete_reasons(data, submitted, skills)
    if reasons:
        decision = "incomplete"
    else:
        reasons = _no_hire_reasons(policy, submitted, skills, overall_mean)
        decision = "no_hire" if reasons else "hire"
        reasons = reasons or _hire_reasons(policy, skills, overall_mean)
    return DecisionResult(
        decision=decision,
        reasons=reasons,
        flags=flags(policy, submitted, skills),
        skills=skills,
        overall=overall,
        overall_mean=overall_mean,
        submitted=len(submitted),
        expected=len(data.scorecards),
    )


def _skill_results(data: DecisionInput, submitted: list[ScorecardInput]) -> list[SkillResult]:
    # built from the validated input, so not validated again (model_construct): this loop made 90% of the
    # models of a decision and took a third of its time (benchmarks/README.md, "Decide 300 candidates")
    out = []
    for skill in data.skills:
        ratings = [
            SkillRating.model_construct(
                interviewer=s.interviewer,
                stage=s.stage,
                rating=s.ratings[skill.id],
                evidence=s.evidence.get(skill.id, ""),
                not_assessed_reason=s.not_assessed.get(skill.id, ""),
            )
            for s in submitted
            if skill.id in s.ratings
        ]
        given = [r.rating for r in ratings if r.rating is not None]
        out.append(
            SkillResult.model_construct(
                id=skill.id,
                name=skill.name,
                priority=skill.priority,
                core=skill.core,
                ratings=ratings,
                mean=round(fmean(given), 2) if given else None,
            )
        )
    return out


def _incomplete_reasons(
    data: DecisionInput, submitted: list[ScorecardInput], skills: list[SkillResult]
) -> list[Reason]:
    done = {s.stage_id for s in submitted}
    reasons = [
        Reason(rule="incomplete-stage", message=f"Stage '{st.name}' has no submitted scorecard yet.")
        for st in data.stages
        if st.id not in done
    ]
    reasons += [
        Reason(rule="incomplete-skill", message=f"Must-have skill '{sk.name}' has no rating yet.")
        for sk in skills
        if sk.priority == "must" and sk.mean is None
    ]
    return reasons


def _no_hire_reasons(
    policy: DecisionPolicy, submitted: list[ScorecardInput], skills: list[SkillResult], overall_mean: float | None
) -> list[Reason]:
    reasons = [
        Reason(
            rule="must-below",
            message=f"Must-have skill '{sk.name}' has a mean rating of {sk.mean:.2f}, "
            f"below {policy.must_mean_min:g} ({_list_ratings(sk)}).",
        )
        for sk in skills
        if sk.priority == "must" and sk.mean is not None and sk.mean < policy.must_mean_min
    ]
    if policy.strong_no_veto:
        reasons += [
            Reason(rule="strong-no-veto", message=f"{s.interviewer} ({s.stage}) recommends Strong no, a veto.")
            for s in submitted
            if s.overall == "strong_no"
        ]
    if overall_mean is not None and overall_mean < policy.overall_mean_min:
        reasons.append(
            Reason(
                rule="overall-below",
                message=f"The mean overall recommendation is {overall_mean:.2f}, below {policy.overall_mean_min:g}.",
            )
        )
    return reasons


def _hire_reasons(policy: DecisionPolicy, skills: list[SkillResult], overall_mean: float | None) -> list[Reason]:
    musts = [sk for sk in skills if sk.priority == "must" and sk.mean is not None]
    lowest = min(musts, key=lambda sk: (sk.mean, sk.name)) if musts else None
    parts = []
    if lowest is not None:
        parts.append(
            f"every must-have skill's mean is at least {policy.must_mean_min:g} "
            f"(lowest: '{lowest.name}' at {lowest.mean:.2f})"
        )
    if policy.strong_no_veto:
        parts.append("no interviewer recommends Strong no")
    if overall_mean is not None:
        parts.append(f"the mean overall recommendation is {overall_mean:.2f} (at least {policy.overall_mean_min:g})")
    return [Reason(rule="hire", message="Hire: " + "; ".join(parts) + ".")]


def _list_ratings(skill: SkillResult) -> str:
    return ", ".join(f"{r.interviewer}: {r.rating if r.rating is not None else 'n/a'}" for r in skill.ratings)


def flags(policy: DecisionPolicy, submitted: list[ScorecardInput], skills: list[SkillResult]) -> list[Flag]:
    """Signals the hiring manager must see; they never change the decision."""
    out: list[Flag] = []
    for sk in skills:
        given = [r.rating for r in sk.ratings if r.rating is not None]
        if len(given) >= 2 and max(given) - min(given) >= policy.disagreement_gap:
            out.append(
                Flag(
                    code="disagreement",
                    message=f"Interviewers disagree on '{sk.name}': ratings "
                    f"from {min(given)} to {max(given)} ({_list_ratings(sk)}).",
                )
            )
        observers = {r.interviewer for r in sk.ratings if r.rating is not None}
        if sk.priority == "must" and sk.core and len(observers) == 1:
            out.append(
                Flag(
                    code="single-observer",
                    message=f"Core skill '{sk.name}' was rated by only one interviewer ({next(iter(observers))}).",
                )
            )
        if sk.priority == "nice" and sk.mean is not None and sk.mean < policy.nice_mean_flag:
            out.append(
                Flag(
                    code="nice-below",
                    message=f"Nice-to-have skill '{sk.name}' has a mean of {sk.mean:.2f}, "
                    f"below {policy.nice_mean_flag:g}.",
                )
            )
    for s in submitted:
        if s.scheduled_at and s.submitted_at:
            hours = (s.submitted_at - s.scheduled_at).total_seconds() / 3600
            if hours > policy.late_hours:
                out.append(
                    Flag(
                        code="late-submission",
                        message=f"{s.interviewer} ({s.stage}) submitted {hours:.0f} hours "
                        f"after the interview (more than {policy.late_hours}).",
                    )
                )
    return out
