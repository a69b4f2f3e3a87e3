"""For random roles, banks and templates the planner never exceeds a stage's minutes, never repeats a
question, is deterministic, and every finding it reports is true."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_planner.fairness.reliability import FORECAST_THRESHOLD, PRIOR_SINGLE_RATER, spearman_brown
from interview_planner.planning.checks import check_loop, coverage
from interview_planner.planning.model import (
    FOCUSES,
    LoopState,
    PlanInterviewer,
    PlanQuestion,
    PlanSkill,
    PlanStage,
    skill_capacity,
    usable_minutes,
)
from interview_planner.planning.planner import plan_loop

CATALOGUE = [f"c{i}" for i in range(12)]
KINDS = ["technical", "system_design", "coding", "behavioural"]


@st.composite
def scenarios(draw):  # type: ignore[no-untyped-def]
    n_skills = draw(st.integers(1, 10))
    skills = [
        PlanSkill(
            id=f"s{i}",
            name=f"Skill {i}",
            kind=draw(st.sampled_from(["hard", "soft"])),
            priority=draw(st.sampled_from(["must", "must", "nice"])),
            catalogue_id=draw(st.sampled_from([*CATALOGUE, None])),
            focuses=draw(st.lists(st.sampled_from(FOCUSES), max_size=3, unique=True)),
        )
        for i in range(n_skills)
    ]
    stages = [
        PlanStage(
            id=f"t{i}",
            name=f"Stage {i}",
            minutes=draw(st.integers(10, 90)),
            focus=draw(st.sampled_from(FOCUSES)),
            position=i,
        )
        for i in range(draw(st.integers(1, 6)))
    ]
    questions = [
        PlanQuestion(
            id=f"q{i}",
            minutes=draw(st.integers(3, 40)),
            kind=draw(st.sampled_from(KINDS)),
            catalogue_skills=draw(st.lists(st.sampled_from(CATALOGUE), min_size=1, max_size=3, unique=True)),
            relevance=draw(st.floats(0, 10)),
        )
        for i in range(draw(st.integers(0, 40)))
    ]
    people = [
        PlanInterviewer(
            id=f"p{i}",
            name=f"Person {i}",
            focuses=draw(st.lists(st.sampled_from(FOCUSES), max_size=2)),
            weekly_limit=draw(st.integers(0, 3)),
            load=draw(st.integers(0, 2)),
        )
        for i in range(draw(st.integers(0, 5)))
    ]
    return skills, stages, questions, people


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_planner_invariants(scenario) -> None:  # type: ignore[no-untyped-def]
    skills, stages, questions, people = scenario
    result = plan_loop(skills, stages, questions, people)
    by_id = {q.id: q for q in questions}
    used = [q for s in result.stages for q in s.questions]
    assert len(used) == len(set(used)), "a question was used twice"
    for stage in result.stages:
        assert sum(by_id[q].minutes for q in stage.questions) <= usable_minutes(stage.minutes)
        assert len(stage.skills) <= skill_capacity(stage.minutes)
        assert len(set(stage.interviewers)) == len(stage.interviewers)
        # depth: the planner rates only what a question of the stage primarily probes
        primaries = {c for q in stage.questions for c in by_id[q].primary_skills}
        assert all({s.id: s for s in skills}[k].catalogue_id in primaries for k in stage.skills)
    _assert_matching(result.stages, people)
    # deterministic
    again = plan_loop(skills, stages, questions, people)
    assert [s.model_dump() for s in again.stages] == [s.model_dump() for s in result.stages]
    # the findings are exactly what the checks say about the result, and each one is true
    state = LoopState(
        skills=skills,
        stages=result.stages,
        questions={q: by_id[q] for q in used},
        interviewers={p.id: p for p in people},
    )
    assert result.findings == check_loop(state)
    _assert_findings_true(state, result.findings)


def _assert_findings_true(state: LoopState, findings) -> None:  # type: ignore[no-untyped-def]
    counts = coverage(state)
    stages = {s.id: s for s in state.stages}
    skills = {s.id: s for s in state.skills}
    for f in findings:
        if f.code == "must-uncovered":
            assert skills[f.skill].priority == "must" and counts[f.skill] == 0 and not skills[f.skill].acknowledged
        elif f.code == "must-single-stage":
            assert skills[f.skill].priority == "must" and skills[f.skill].core and counts[f.skill] == 1
        elif f.code == "must-low-reliability":
            single = state.single_rater or PRIOR_SINGLE_RATER
            low = [k for k in state.skills if k.priority == "must" and counts[k.id] > 0]
            low = [k for k in low if spearman_brown(single, counts[k.id]) < FORECAST_THRESHOLD]
            counted = f"{len(low)} must-have skill{'' if len(low) == 1 else 's'} below"
            assert counted in f.message and f"'{low[0].name}'" in f.message
        elif f.code == "nice-uncovered":
            assert skills[f.skill].priority == "nice" and counts[f.skill] == 0
        elif f.code == "stage-no-interviewer":
            assert not stages[f.stage].interviewers
        elif f.code == "stage-over-time":
            stage = stages[f.stage]
            assert sum(state.questions[q].minutes for q in stage.questions) > stage.minutes
        elif f.code == "no-buffer":
            stage = stages[f.stage]
            assert stage.minutes - sum(state.questions[q].minutes for q in stage.questions) < 10
        elif f.code == "stage-too-broad":
            assert len(stages[f.stage].skills) > skill_capacity(stages[f.stage].minutes)
        elif f.code == "stage-focus-unmet":
            stage = stages[f.stage]
            rule = state.rule(stage.focus)
            qs = [state.questions[q] for q in stage.questions]
            has_anchor = any(rule.is_anchor(q.kind, q.minutes) for q in qs)
            assert (
                (rule.anchor is not None and not has_anchor)
                or len(qs) > rule.max_questions
                or (
                    sum(1 for q in qs if q.kind in rule.kinds or rule.is_anchor(q.kind, q.minutes)) < rule.min_questions
                )
                or (rule.anchor is not None and sum(1 for q in qs if q.minutes > rule.follow_on_max_minutes) > 1)
            )
        elif f.code == "skill-without-question":
            cat = skills[f.skill].catalogue_id
            assert not any(cat in state.questions[q].primary_skills for q in stages[f.stage].questions)
        elif f.code == "interviewer-double-booked":
            assert max(Counter(i for s in state.stages for i in s.interviewers).values()) > 1
        elif f.code == "skill-not-linked":
            assert skills[f.skill].catalogue_id is None
    # and the must-uncovered and stage-focus-unmet errors are complete
    unmet = {f.stage for f in findings if f.code == "stage-focus-unmet"}
    for stage in state.stages:
        rule = state.rule(stage.focus)
        if rule.anchor is not None and not any(
            rule.is_anchor(state.questions[q].kind, state.questions[q].minutes) for q in stage.questions
        ):
            assert stage.id in unmet
    reported = {f.skill for f in findings if f.code == "must-uncovered"}
    assert reported == {s.id for s in state.skills if s.priority == "must" and counts[s.id] == 0}


def _assert_matching(stages: list[PlanStage], people: list[PlanInterviewer]) -> None:
    """Never an unqualified person on a stage while a qualified one is free (not used, under their limit)."""
    by_id = {p.id: p for p in people}
    busy = {i for s in stages for i in s.interviewers}
    free = [p for p in people if p.id not in busy and p.load < p.weekly_limit]
    for stage in stages:
        for pid in stage.interviewers:
            person = by_id[pid]
            if person.focuses and stage.focus not in person.focuses:
                assert not any(not p.focuses or stage.focus in p.focuses for p in free)


def test_a_manual_overload_is_reported() -> None:
    skills = [PlanSkill(id="a", name="A", kind="hard", priority="must", catalogue_id="c1", core=True)]
    stage = PlanStage(id="t", name="Short", minutes=20, focus="coding", skills=["a"], questions=["q1", "q2"])
    state = LoopState(
        skills=skills,
        stages=[stage],
        questions={
            "q1": PlanQuestion(id="q1", minutes=12, kind="coding", catalogue_skills=["c1"]),
            "q2": PlanQuestion(id="q2", minutes=10, kind="coding", catalogue_skills=["c1"]),
        },
    )
    codes = {f.code: f for f in check_loop(state)}
    assert codes["stage-over-time"].severity == "error"
    assert "22 minutes of questions but has 20" in codes["stage-over-time"].message
    assert codes["stage-no-interviewer"].severity == "error"
    assert codes["must-single-stage"].severity == "warning"
