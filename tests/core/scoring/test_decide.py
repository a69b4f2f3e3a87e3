"""Every rule and flag of the default decision policy, on hand-computed cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from interview_planner.scoring.decide import decide
from interview_planner.scoring.model import DecisionInput, DecisionPolicy, ScorecardInput, SkillInput, StageInput

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
SKILLS = [
    SkillInput(id="k8s", name="Kubernetes", priority="must"),
    SkillInput(id="lead", name="Leadership", priority="must"),
    SkillInput(id="ml", name="ML infra", priority="nice"),
]
STAGES = [StageInput(id="s1", name="Design"), StageInput(id="s2", name="Behavioural")]


def card(
    stage: str,
    who: str,
    ratings: dict[str, int | None],
    overall: str = "yes",
    *,
    submitted: bool = True,
    late_hours: float = 1,
) -> ScorecardInput:
    name = {"s1": "Design", "s2": "Behavioural"}[stage]
    return ScorecardInput(
        interview_id=f"{stage}-{who}",
        stage_id=stage,
        stage=name,
        interviewer=who,
        submitted=submitted,
        overall=overall,
        ratings=ratings,
        scheduled_at=T0,  # type: ignore[arg-type]
        submitted_at=T0 + timedelta(hours=late_hours),
    )


def run(*cards: ScorecardInput, policy: DecisionPolicy | None = None):  # type: ignore[no-untyped-def]
    return decide(DecisionInput(skills=SKILLS, stages=STAGES, scorecards=list(cards)), policy)


def rules(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.rule for r in result.reasons]


def flag_codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(f.code for f in result.flags)


def test_hire_when_every_rule_passes() -> None:
    result = run(card("s1", "Ann", {"k8s": 3, "ml": 3}), card("s2", "Bob", {"k8s": 3, "lead": 4}, "strong_yes"))
    assert result.decision == "hire"
    assert result.overall_mean == 3.5
    assert "'Kubernetes' at 3.00" in result.reasons[0].message


def test_incomplete_when_a_stage_has_no_submitted_scorecard() -> None:
    result = run(card("s1", "Ann", {"k8s": 4, "lead": 4}), card("s2", "Bob", {"lead": 4}, submitted=False))
    assert result.decision == "incomplete"
    assert rules(result) == ["incomplete-stage"]
    assert "Behavioural" in result.reasons[0].message
    assert result.submitted == 1 and result.expected == 2


def test_incomplete_when_a_must_have_skill_has_no_rating() -> None:
    result = run(card("s1", "Ann", {"k8s": 4, "lead": None}), card("s2", "Bob", {"k8s": 4}))
    assert result.decision == "incomplete"
    assert rules(result) == ["incomplete-skill"]
    assert "Leadership" in result.reasons[0].message


def test_no_hire_when_a_must_mean_is_below_2_5() -> None:
    # Kubernetes: (2 + 2) / 2 = 2.0 < 2.5; leadership fine; overall mean 3.0
    result = run(card("s1", "Ann", {"k8s": 2}), card("s2", "Bob", {"k8s": 2, "lead": 4}))
    assert result.decision == "no_hire"
    assert rules(result) == ["must-below"]
    assert "2.00" in result.reasons[0].message and "Kubernetes" in result.reasons[0].message


def test_a_mean_of_exactly_2_5_is_not_below() -> None:
    result = run(card("s1", "Ann", {"k8s": 2}), card("s2", "Bob", {"k8s": 3, "lead": 3}))
    assert result.decision == "hire"


def test_strong_no_is_a_veto_and_can_be_switched_off() -> None:
    cards = (
        card("s1", "Ann", {"k8s": 4}, "strong_no"),
        card("s2", "Bob", {"k8s": 4, "lead": 4}, "strong_yes"),
        card("s2", "Cy", {"lead": 4}, "strong_yes"),
    )
    vetoed = run(*cards)
    assert vetoed.decision == "no_hire" and rules(vetoed) == ["strong-no-veto"]
    # without the veto: overall mean (1 + 4 + 4) / 3 = 3.0, not below 3.0 -> hire
    assert run(*cards, policy=DecisionPolicy(strong_no_veto=False)).decision == "hire"


def test_no_hire_when_the_mean_overall_recommendation_is_below_3() -> None:
    result = run(card("s1", "Ann", {"k8s": 3}, "no"), card("s2", "Bob", {"k8s": 3, "lead": 3}, "yes"))
    assert result.overall_mean == 2.5
    assert result.decision == "no_hire" and rules(result) == ["overall-below"]


def test_every_no_hire_rule_that_fires_is_listed() -> None:
    result = run(card("s1", "Ann", {"k8s": 1}, "strong_no"), card("s2", "Bob", {"k8s": 1, "lead": 3}, "no"))
    assert sorted(rules(result)) == ["must-below", "overall-below", "strong-no-veto"]


def test_draft_scorecards_do_not_count() -> None:
    result = run(
        card("s1", "Ann", {"k8s": 4, "lead": 4}),
        card("s2", "Bob", {"k8s": 1, "lead": 1}, "strong_no"),
        card("s2", "Cy", {"k8s": 1}, "strong_no", submitted=False),
    )
    assert [o.recommendation for o in result.overall] == ["yes", "strong_no", None]


@pytest.mark.parametrize(
    ("ratings", "expected"), [((1, 3), ["disagreement"]), ((2, 3), []), ((4, 2), ["disagreement"])]
)
def test_disagreement_flag_at_two_points(ratings: tuple[int, int], expected: list[str]) -> None:
    result = run(card("s1", "Ann", {"k8s": ratings[0], "lead": 3}), card("s2", "Bob", {"k8s": ratings[1], "lead": 3}))
    assert [f for f in flag_codes(result) if f == "disagreement"] == expected


def test_single_observer_flag_for_core_skills_only() -> None:
    cards = [card("s1", "Ann", {"k8s": 3, "ml": 3}), card("s2", "Bob", {"k8s": 3, "lead": 3})]
    # Leadership is a must-have seen once: the budget plans that for a must-have that is not core
    assert flag_codes(run(*cards)) == []
    core = [s.model_copy(update={"core": s.id == "lead"}) for s in SKILLS]
    result = decide(DecisionInput(skills=core, stages=STAGES, scorecards=cards))
    assert flag_codes(result) == ["single-observer"]
    assert "Core skill 'Leadership'" in result.flags[0].message and "Bob" in result.flags[0].message


def test_nice_to_have_below_2_5_is_flagged_but_does_not_decide() -> None:
    result = run(card("s1", "Ann", {"k8s": 3, "lead": 3, "ml": 1}), card("s2", "Bob", {"k8s": 3, "lead": 3, "ml": 2}))
    assert result.decision == "hire"
    assert flag_codes(result) == ["nice-below"]


def test_late_submission_after_24_hours() -> None:
    result = run(
        card("s1", "Ann", {"k8s": 3, "lead": 3}, late_hours=30), card("s2", "Bob", {"k8s": 3, "lead": 3}, late_hours=24)
    )
    assert flag_codes(result) == ["late-submission"]
    assert "Ann" in result.flags[0].message and "30 hours" in result.flags[0].message
