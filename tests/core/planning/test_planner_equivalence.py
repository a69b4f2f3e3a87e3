"""The planner's fast paths choose what its definition chooses: for random roles, banks and templates, the
hot loop over a stage's candidates picks the same questions as checking each with ``_fits`` and ``_score``,
and planning with only the candidates :func:`usable_candidates` keeps gives the same loop as with all of them
(services/loops.py builds only those from a large bank)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_planner.planning.model import FOCUSES, PlanQuestion, PlanSkill, PlanStage
from interview_planner.planning.planner import Candidate, _Planner, plan_loop, usable_candidates
from interview_planner.planning.templates import focus_rules

CATALOGUE = [f"c{i}" for i in range(5)]  # few skills, many questions: pools overflow their 24
KINDS = ["technical", "system_design", "coding", "behavioural", "situational"]


@st.composite
def big_banks(draw):  # type: ignore[no-untyped-def]
    skills = [
        PlanSkill(
            id=f"s{i}",
            name=f"Skill {i}",
            kind=draw(st.sampled_from(["hard", "soft"])),
            priority=draw(st.sampled_from(["must", "must", "nice"])),
            catalogue_id=draw(st.sampled_from([*CATALOGUE, None])),
            focuses=draw(st.lists(st.sampled_from(FOCUSES), max_size=3, unique=True)),
            core=draw(st.booleans()),
            weight=draw(st.integers(1, 5)),
        )
        for i in range(draw(st.integers(1, 8)))
    ]
    stages = [
        PlanStage(
            id=f"t{i}",
            name=f"Stage {i}",
            minutes=draw(st.sampled_from([30, 45, 60, 75, 90])),
            focus=draw(st.sampled_from(FOCUSES)),
            position=i,
        )
        for i in range(draw(st.integers(1, 7)))
    ]
    questions = [
        PlanQuestion(
            id=f"q{i}",
            key=f"bank/{i:04d}",
            minutes=draw(st.sampled_from([5, 10, 15, 20, 25, 30, 45, 60])),
            kind=draw(st.sampled_from(KINDS)),
            catalogue_skills=draw(
                st.lists(st.sampled_from([*CATALOGUE, "other"]), min_size=1, max_size=3, unique=True)
            ),
            # a few distinct values, so that ties between relevance scores are common
            relevance=draw(st.sampled_from([0.0, 0.0, 1.0, 2.5, 5.0])),
        )
        for i in range(draw(st.integers(0, 160)))
    ]
    return skills, stages, questions


def _shape(skills: list[PlanSkill], stages: list[PlanStage], questions: list[PlanQuestion]) -> list[Any]:
    result = plan_loop(skills, stages, questions)
    return [(s.id, s.questions, s.skills) for s in result.stages] + [f.model_dump() for f in result.findings]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(big_banks())
def test_only_the_usable_candidates_give_the_same_plan(scenario) -> None:  # type: ignore[no-untyped-def]
    skills, stages, questions = scenario
    kept = usable_candidates(
        [Candidate(q.id, q.key, q.kind, q.minutes, q.relevance, q.catalogue_skills) for q in questions], skills, stages
    )
    pruned = [q for q in questions if q.id in kept]
    # every pool the planner can look at is the same (so is the shortest question of a stage's kinds)...
    rules = focus_rules()
    every, few = _Planner(skills, stages, questions, rules), _Planner(skills, stages, pruned, rules)
    for stage in every.stages:
        assert every._shortest(stage) == few._shortest(stage)
        for skill in skills:
            for anchor in (False, True):
                whole = every.pool(stage, skill.catalogue_id or "", anchor)
                assert [q.id for q in few.pool(stage, skill.catalogue_id or "", anchor)] == [q.id for q in whole]
    # ... hence the plan
    assert _shape(skills, stages, pruned) == _shape(skills, stages, questions)


def test_a_large_bank_keeps_few_candidates() -> None:
    """What the pruning is for: of 600 questions of one skill, a one-stage loop can use its pools only."""
    skills = [PlanSkill(id="s", name="Go", kind="hard", priority="must", catalogue_id="c0")]
    stages = [PlanStage(id="t", name="Coding", minutes=60, focus="coding")]
    questions = [
        Candidate(f"q{i}", f"b/{i:04d}", KINDS[i % 5], (5, 10, 15, 30, 45)[i % 7 % 5], (i * 37 % 11) / 2, ["c0"])
        for i in range(600)
    ]
    kept = usable_candidates(questions, skills, stages)
    assert 24 <= len(kept) <= 2 * 24 + len(KINDS)  # its pool and its anchors' pool, and the shortest of each kind
    best = max(
        (q for q in questions if q.kind in ("coding", "technical") and q.minutes <= 15), key=lambda q: q.relevance
    )
    assert best.ref in kept


def _reference_best_option(
    self: _Planner, stage: PlanStage, catalogue_ids: Any, *, anchor: bool, extra: bool
) -> tuple[Any, ...] | None:
    """The planner's choice by its definition: every pooled question checked with _fits and scored with _score."""
    best = None
    seen: set[str] = set()
    for catalogue_id in dict.fromkeys(catalogue_ids):
        for q in self.pool(stage, catalogue_id, anchor):
            if q.id in seen:
                continue
            seen.add(q.id)
            if not self._fits(stage, q, anchor=anchor):
                continue
            score = self._score(stage, q, self._new_skills(stage, q), extra)
            if score > 0:
                option = (-score, stage.position, q.key, stage, q)
                if best is None or option[:3] < best[:3]:
                    best = option
    return best


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(big_banks())
def test_the_hot_loop_chooses_what_the_definition_chooses(scenario) -> None:  # type: ignore[no-untyped-def]
    skills, stages, questions = scenario
    fast = _shape(skills, stages, questions)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_Planner, "_best_option", _reference_best_option)
        assert _shape(skills, stages, questions) == fast
